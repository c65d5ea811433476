/**
 * deleteWorkspace against a real file: the same outcome a cascade would have (nothing of
 * the workspace left, other workspaces whole, the audit log kept, no dangling reference), and
 * the audit record in the same transaction.
 */
import { afterEach, beforeEach, expect, test } from "vitest";
import { analyzedTinyOrganization } from "../../test/support/tiny-organization";
import { seedOrganization } from "../../test/support/seed-organization";
import { tempDatabase } from "../../test/support/temp-db";
import { listAudit, recordAudit } from "./audit";
import { deleteWorkspace, workspaceTables } from "./workspace-admin";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => (conn = tempDatabase()));
afterEach(() => conn.cleanup());

const count = (table: string, ws: number) => conn.sqlite.prepare(`SELECT COUNT(*) FROM "${table}" WHERE workspace_id = ?`).pluck().get(ws) as number;

test("every table with a workspace_id column is found, except the audit log", () => {
  expect(workspaceTables(conn.sqlite)).toEqual([
    "class_range_sums",
    "employees",
    "import_mappings",
    "imports",
    "memberships",
    "overrides",
    "report_covers",
    "role_analysis",
    "role_employees",
    "role_rollups",
    "role_task_hours",
    "roles",
    "roster_people",
    "survey_responses",
    "task_logs",
    "task_statements",
    "task_texts",
  ]);
});

test("removes every row of the workspace, keeps the other workspace and the audit log, leaves no dangling reference", () => {
  const doomed = analyzedTinyOrganization(conn).workspaceId;
  const kept = seedOrganization(conn, { slug: "kept", roles: [{ key: "a", department: "D", level: 1, headcount: 3, statements: ["Do x"], logs: [{ employee: "e9", text: "Do x", minutes: 5 }] }] }).workspaceId;
  conn.sqlite.prepare(`INSERT INTO overrides (workspace_id, norm, class, reason, actor) VALUES (?, 'do x', 'automatable', 'r', 'cli')`).run(doomed);
  recordAudit(conn.db, { workspaceId: doomed, actor: "cli", action: "import.logs" });
  const before = Object.fromEntries(workspaceTables(conn.sqlite).map((t) => [t, count(t, kept)]));
  expect(count("task_logs", doomed)).toBeGreaterThan(0);

  expect(deleteWorkspace(conn.path, doomed, (db) => recordAudit(db, { workspaceId: doomed, actor: "cli", action: "workspace.delete" }))).toBe(true);

  for (const table of workspaceTables(conn.sqlite)) expect(count(table, doomed), table).toBe(0);
  expect(conn.sqlite.prepare(`SELECT COUNT(*) FROM workspaces WHERE id = ?`).pluck().get(doomed)).toBe(0);
  expect(Object.fromEntries(workspaceTables(conn.sqlite).map((t) => [t, count(t, kept)]))).toEqual(before);
  expect(conn.sqlite.pragma("foreign_key_check")).toEqual([]);
  expect(listAudit(conn.db, { workspaceId: doomed }).map((e) => e.action)).toEqual(["workspace.delete", "import.logs"]);
  // The caller's connection still enforces foreign keys.
  expect(conn.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
});

test("an unknown workspace: false, nothing changes; a failing audit record rolls the deletion back", () => {
  const ws = analyzedTinyOrganization(conn).workspaceId;
  expect(deleteWorkspace(conn.path, ws + 100)).toBe(false);
  expect(() =>
    deleteWorkspace(conn.path, ws, () => {
      throw new Error("audit failed");
    }),
  ).toThrow("audit failed");
  expect(count("task_logs", ws)).toBeGreaterThan(0);
  expect(count("roles", ws)).toBe(5);
});
