/**
 * The log parser's worker thread runs ahead of the writer by at most `IN_FLIGHT` batches
 * (decision 121, memory bound of decision 161): a writer that stops taking batches stops the
 * parser, whatever the file's length.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { IN_FLIGHT, parseLogsInWorker } from "../../app/imports/log-parse-worker.server";
import { logReadRefs } from "../../app/imports/read-setup.server";
import { ensureWorkspace } from "../../db/queries/workspaces";
import { expectImported, importInto, quirk } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(async () => {
  conn = tempDatabase();
  expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
});
afterEach(() => conn.cleanup());

test("a paused writer holds the parser at IN_FLIGHT batches; every row still arrives", async () => {
  // About 3.6 MB, 600 batches of 100 rows.
  const rows = 60_000;
  let text = "employee_id,role,date,task,hours,tool,outcome\n";
  for (let i = 0; i < rows; i++) text += `E${1000 + (i % 97)},ENG-2,2026-07-${String(1 + (i % 28)).padStart(2, "0")},Review pull requests #${i % 131},1.5,,\n`;
  const path = join(conn.dir, "logs.csv");
  writeFileSync(path, text);
  const workspace = ensureWorkspace(conn.db, "acme", "Acme");

  // The writer below takes one batch, then stops until IN_FLIGHT batches wait and the parser
  // then says it waits for credits (or, were the bound broken, until more batches are waiting).
  // A stall reported before the first batch was taken does not count: the writer's credit for it
  // lets the parser send one more, and the stall after that one is the one that shows the bound.
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));
  let stalls = 0;
  let full = false;
  const seen: number[] = [];
  const batches = parseLogsInWorker(
    {
      path,
      refs: logReadRefs(conn.db, workspace.id, { format: null, dateOrder: null, skipUnknownPeople: false }),
      workspace: { id: workspace.id, pseudonymKey: workspace.pseudonymKey },
      plan: { format: null, dateOrder: null, skipUnknownPeople: false },
      batchSize: 100,
    },
    {
      onQueued(count) {
        seen.push(count);
        if (count >= IN_FLIGHT) full = true;
        if (count > IN_FLIGHT) stop();
      },
      onStalled() {
        stalls++;
        if (full) stop();
      },
    },
  );
  let received = 0;
  let taken = 0;
  for (;;) {
    const next = await batches.next();
    if (next.done) {
      expect(next.value.rowsRead).toBe(rows);
      expect(next.value.mostQueued).toBe(IN_FLIGHT);
      break;
    }
    received += next.value.columns?.count ?? 0;
    if (++taken === 1) await stopped;
  }
  expect(received).toBe(rows);
  expect(Math.max(...seen)).toBe(IN_FLIGHT);
  expect(stalls).toBeGreaterThan(0);
  // The pause came early, with most of the file still unread.
  expect(seen.length).toBeGreaterThan(IN_FLIGHT + 5);
});
