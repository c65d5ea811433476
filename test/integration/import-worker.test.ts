/**
 * A task log read on a worker thread (decision 121) lands exactly as one read on the import's
 * own thread: the same rows, texts, pseudonyms and statement links; for a bad file the same
 * line-exact problems and nothing stored.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import type { ImportFileOptions } from "../../app/imports/import-file.server";
import type { ImportOutcome } from "../../app/imports/types";
import { dumpDatabase } from "../support/db-dump";
import { expectImported, importInto, quirk } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";

let thread: ReturnType<typeof tempDatabase>;
let worker: ReturnType<typeof tempDatabase>;
beforeEach(async () => {
  thread = tempDatabase();
  worker = tempDatabase();
  for (const conn of [thread, worker]) expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
});
afterEach(() => {
  thread.cleanup();
  worker.cleanup();
});

const LOGS_HEADER = "employee_id,role,date,task,hours,tool,outcome\n";

/** Everything an import stored, without the per-run values (ids of the import, times, the workspace key). */
function stored(conn: ReturnType<typeof tempDatabase>) {
  return {
    logs: conn.sqlite
      .prepare(
        `SELECT r.role_key, e.hash, l.date, t.text, t.norm, l.minutes, l.tool, l.outcome, s.text AS statement
         FROM task_logs l JOIN roles r ON r.id = l.role_id JOIN employees e ON e.id = l.employee_id
         JOIN task_texts t ON t.id = l.text_id LEFT JOIN task_statements s ON s.id = l.statement_id ORDER BY l.id`,
      )
      .raw()
      .all(),
    texts: conn.sqlite.prepare(`SELECT norm, text FROM task_texts ORDER BY id`).raw().all(),
    employees: conn.sqlite.prepare(`SELECT count(*) FROM employees`).pluck().get(),
  };
}

function comparable(outcome: ImportOutcome) {
  if (outcome.status !== "imported") return outcome;
  const { durationMs: _ignored, import: record, ...rest } = outcome;
  const { startedAt: _s, finishedAt: _f, ...fields } = record;
  return { ...rest, import: fields };
}

async function both(name: string, text: string, batchSize?: number, extra: Partial<ImportFileOptions> = {}) {
  const results = [];
  for (const [conn, parseInWorker] of [[thread, false], [worker, true]] as const) {
    const path = join(conn.dir, name);
    writeFileSync(path, text);
    results.push(await importInto(conn, "logs", path, { parseInWorker, batchSize, ...extra }));
  }
  return results;
}

/** Both imports' outcomes (summary, notes, issues) and stored rows are the same; the rows stored. */
function expectSame([inThread, inWorker]: ImportOutcome[]) {
  expect(comparable(inWorker)).toEqual(comparable(inThread));
  const a = stored(thread);
  const b = stored(worker);
  expect(b.employees).toBe(a.employees);
  expect(b.texts).toEqual(a.texts);
  expect(withoutHash(b.logs as unknown[][])).toEqual(withoutHash(a.logs as unknown[][]));
  return b;
}

const withoutHash = (rows: unknown[][]) => rows.map((row) => [...row.slice(0, 1), ...row.slice(2)]);

/** Rows that repeat people, texts, dates and tools across batches, with some statement links. */
function manyRows(count: number): string {
  const roles = ["ENG-2", "Warehouse Associate", "ENG-2"];
  const tasks = ["Fix production bugs.", "Pair with QA on flaky test", "Load trucks at dock 3", "Écrire le rapport « mensuel »", "Review pull requests"];
  let text = LOGS_HEADER;
  for (let i = 0; i < count; i++) {
    const tool = i % 3 === 0 ? "Copilot" : "";
    const outcome = i % 7 === 0 ? `outcome ${i % 11}` : "";
    text += `E${1000 + (i % 97)},${roles[i % 3]},2026-07-${String(1 + (i % 28)).padStart(2, "0")},"${tasks[i % 5]} #${i % 131}",${1 + (i % 4) / 2},${tool},${outcome}\n`;
  }
  return text;
}

describe("the worker thread and the import's thread store the same", () => {
  test("12,000 rows in batches of 500: identical rows, texts, pseudonyms, links and summary", async () => {
    const [inThread, inWorker] = await both("logs.csv", manyRows(12_000), 500);
    expect(expectImported(inWorker).import.rowsImported).toBe(12_000);
    expect(comparable(inWorker)).toEqual(comparable(inThread));
    // Each database has its own pseudonym key: compare people by count, everything else directly.
    const a = stored(thread);
    const b = stored(worker);
    expect(b.employees).toBe(97);
    expect(b.employees).toBe(a.employees);
    expect(b.texts).toEqual(a.texts);
    expect(withoutHash(b.logs as unknown[][])).toEqual(withoutHash(a.logs as unknown[][]));
    expect(b.logs.length).toBe(12_000);
  });

  test.each(["bad-date.csv", "unknown-role.csv", "negative-hours.csv", "missing-column.csv", "windows-1252.csv", "utf16le-bom.csv", "semicolon-delimited.csv"])(
    "%s: the same outcome and the same stored rows",
    async (file) => {
      const outcomes: ImportOutcome[] = [];
      for (const [conn, parseInWorker] of [[thread, false], [worker, true]] as const) {
        const before = dumpDatabase(conn.sqlite);
        const outcome = await importInto(conn, "logs", quirk(file), { parseInWorker });
        if (outcome.status === "rejected") expect(dumpDatabase(conn.sqlite)).toEqual(before);
        outcomes.push(outcome);
      }
      expect(comparable(outcomes[1])).toEqual(comparable(outcomes[0]));
      expect(stored(worker).logs.length).toBe(stored(thread).logs.length);
    },
  );

  test("problems after thousands of good rows: every problem reported with its line, nothing stored", async () => {
    const good = manyRows(3_000).split("\n");
    good.splice(1_200, 0, "E1,ENG-2,2026-02-30,Fix production bugs,1,,");
    good.splice(2_500, 0, "E2,Nobody,2026-07-01,Fix production bugs,1,,");
    const [inThread, inWorker] = await both("late-problems.csv", good.join("\n"), 400);
    expect(inWorker.status).toBe("rejected");
    expect(inWorker).toEqual(inThread);
    if (inWorker.status !== "rejected") return;
    expect(inWorker.issues.map((i) => i.line)).toEqual([1_201, 2_501]);
    expect(stored(worker).logs).toEqual([]);
  });
});

const TRACKERS = resolve(import.meta.dirname, "../../fixtures/trackers");
const DEMO_JOBS = resolve(import.meta.dirname, "../../fixtures/demo/jobs.csv");

describe("every log format and reading choice reads the same on both threads", () => {
  async function withRoster(jobs: string, roster: string) {
    for (const conn of [thread, worker]) {
      expectImported(await importInto(conn, "jobs", jobs, { replace: true }));
      expectImported(await importInto(conn, "roster", roster));
    }
  }

  test("a Toggl export of the demo, 20 times over, people found through the roster", async () => {
    await withRoster(DEMO_JOBS, join(TRACKERS, "roster.csv"));
    const [header, ...rows] = readFileSync(join(TRACKERS, "toggl.csv"), "utf8").trimEnd().split("\n");
    const text = [header, ...Array.from({ length: 20 }, () => rows).flat()].join("\n") + "\n";
    const outcomes = await both("toggl.csv", text, 700);
    const inWorker = expectImported(outcomes[1]);
    expect(inWorker.import.rowsImported).toBe(rows.length * 20);
    expect(inWorker.import.notes).toContain("Format: Toggl Track detailed report (recognized from the header)");
    expect(inWorker.import.notes).toContain("Billing columns (billable flags, rates, amounts) are ignored, never stored");
    const b = expectSame(outcomes);
    expect(b.logs.length).toBe(rows.length * 20);
    // Tracker people are stored under their roster pseudonym: as many as the in-thread import.
    expect(b.employees).toBeGreaterThan(10);
  });

  test("Toggl with people not in the roster: the same refusal, and with --skip-unknown-people the same rows and skip note", async () => {
    await withRoster(quirk("base-jobs.csv"), quirk("roster-base.csv"));
    const text = readFileSync(quirk("toggl-unknown-people.csv"), "utf8");
    const refused = await both("unknown.csv", text);
    expect(refused[1].status).toBe("rejected");
    expect(refused[1]).toEqual(refused[0]);
    const skipped = await both("unknown.csv", text, undefined, { choices: { skipUnknownPeople: true } });
    expect(expectImported(skipped[1]).import.notes).toContain("Skipped 2 row(s), 4.5 h, of 1 person(s) not in the roster (--skip-unknown-people)");
    expect(expectSame(skipped).logs.length).toBe(2);
  });

  test("a file read through a column mapping (--map)", async () => {
    const text = manyRows(2_000).replace(LOGS_HEADER, "Staff No,Position,Day,Activity,Time (h),Assistant,Result\n");
    const mapping = { employee_id: "Staff No", role: "Position", date: "Day", task: "Activity", hours: "Time (h)", tool: "Assistant", outcome: "Result" };
    const outcomes = await both("mapped.csv", text, 300, { choices: { mapping } });
    const inWorker = expectImported(outcomes[1]);
    expect(inWorker.import.rowsImported).toBe(2_000);
    expect(inWorker.import.notes.join("\n")).toContain('Mapping: employee_id ← "Staff No"');
    expect(expectSame(outcomes).logs.length).toBe(2_000);
  });

  test("Clockify with its day/month order inferred on the import's thread", async () => {
    await withRoster(quirk("base-jobs.csv"), quirk("roster-base.csv"));
    const outcomes = await both("clockify.csv", readFileSync(quirk("clockify-day-first.csv"), "utf8"));
    expect(expectImported(outcomes[1]).import.notes).toContain('Dates: day/month/year (line 3 has "15/04/2026")');
    const b = expectSame(outcomes);
    expect(b.logs.map((row) => (row as unknown[])[2])).toEqual(["2026-04-03", "2026-04-15"]);
    // Ambiguous in the whole file: refused the same way (before any thread reads), read with --date-format.
    const ambiguous = readFileSync(quirk("clockify-ambiguous-dates.csv"), "utf8");
    const refused = await both("ambiguous.csv", ambiguous);
    expect(refused[1].status).toBe("rejected");
    expect(refused[1]).toEqual(refused[0]);
    expectSame(await both("ambiguous.csv", ambiguous, undefined, { choices: { dateOrder: "MDY" } }));
  });

  test("the demo's Clockify, Harvest and Tempo exports", async () => {
    await withRoster(DEMO_JOBS, join(TRACKERS, "roster.csv"));
    for (const file of ["clockify.csv", "harvest.csv", "tempo.csv"]) {
      const outcomes = await both(file, readFileSync(join(TRACKERS, file), "utf8"), 100);
      expect(expectImported(outcomes[1]).import.rowsImported).toBe(255);
      expectSame(outcomes);
    }
  });
});
