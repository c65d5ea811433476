/**
 * Operations that must stay proportional to the data they touch, on a workspace with enough
 * task-log rows that a full scan per row would show: re-importing job descriptions only
 * relinks the roles whose tasks changed, and deleting a workspace removes everything and
 * leaves the other workspace whole.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { deleteWorkspace } from "../../db/queries/workspace-admin";
import { ensureWorkspace, getWorkspaceBySlug } from "../../db/queries/workspaces";
import { expectImported, importInto, quirk } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

const count = (sql: string, ...args: unknown[]) => conn.sqlite.prepare(sql).pluck().get(...args) as number;

function logsFile(rows: number): string {
  const lines = Array.from({ length: rows }, (_, i) =>
    i % 4 === 0 ? `E${i % 300},ENG-2,2026-07-01,Fix production bugs,1,,` : `E${i % 300},FIN-1,2026-07-02,ledger work ${i % 50},0.5,,`,
  );
  const path = join(conn.dir, "logs.csv");
  writeFileSync(path, "employee_id,role,date,task,hours,tool,outcome\n" + lines.join("\n") + "\n");
  return path;
}

test("re-importing job descriptions relinks only the role whose tasks changed", async () => {
  expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
  expectImported(await importInto(conn, "logs", logsFile(20_000)));
  const linked = () => count(`SELECT count(*) FROM task_logs WHERE statement_id IS NOT NULL`);
  expect(linked()).toBe(5_000);
  const statementIds = () => conn.sqlite.prepare(`SELECT id FROM task_statements ORDER BY id`).pluck().all();
  const before = statementIds();

  // The same roles, one task of ENG-2 reworded: only ENG-2's statements are replaced.
  const jobs = join(conn.dir, "jobs-v2.csv");
  writeFileSync(jobs, readFileSync(quirk("base-jobs.csv"), "utf8").replace("Fix production bugs", "Fix production incidents"));
  expectImported(await importInto(conn, "jobs", jobs));

  const after = statementIds();
  expect(after.length).toBe(before.length);
  expect(after.filter((id) => before.includes(id)).length).toBe(before.length - 3); // ENG-2 has 3 statements
  // "Fix production bugs" is no longer one of ENG-2's tasks: its 5,000 log rows are unlinked.
  expect(linked()).toBe(0);
  expect(count(`SELECT count(*) FROM task_logs WHERE statement_id NOT IN (SELECT id FROM task_statements)`)).toBe(0);
});

test("deleting a workspace removes all of its rows and none of another workspace's", async () => {
  expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv"), { workspace: ensureWorkspace(conn.db, "doomed") }));
  expectImported(await importInto(conn, "logs", logsFile(20_000), { workspace: ensureWorkspace(conn.db, "doomed") }));
  expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv"), { workspace: ensureWorkspace(conn.db, "kept") }));
  expectImported(await importInto(conn, "logs", logsFile(20_000), { workspace: ensureWorkspace(conn.db, "kept") }));
  const doomed = getWorkspaceBySlug(conn.db, "doomed")!.id;
  const kept = getWorkspaceBySlug(conn.db, "kept")!.id;

  expect(deleteWorkspace(conn.path, doomed)).toBe(true);

  expect(count(`SELECT count(*) FROM task_logs WHERE workspace_id = ?`, doomed)).toBe(0);
  expect(count(`SELECT count(*) FROM task_logs WHERE workspace_id = ?`, kept)).toBe(20_000);
  expect(count(`SELECT count(*) FROM role_rollups WHERE workspace_id = ?`, kept)).toBeGreaterThan(0);
  expect(conn.sqlite.pragma("foreign_key_check")).toEqual([]);
  expect(conn.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
});
