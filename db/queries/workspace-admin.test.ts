import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { tempDatabase } from "../../test/support/temp-db";
import { listAudit } from "./audit";
import { deleteWorkspace, setKThreshold, workspaceTables } from "./workspace-admin";
import { createWorkspace, getWorkspaceBySlug } from "./workspaces";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => (conn = tempDatabase()));
afterEach(() => conn.cleanup());

/** One row in every table that hangs off a workspace, wired the way an import and an analysis wire them. */
function fillWorkspace(slug: string): number {
  const ws = createWorkspace(conn.db, { slug, name: slug.toUpperCase() });
  const run = (sql: string, ...params: unknown[]) => Number(conn.sqlite.prepare(sql).run(...params).lastInsertRowid);
  const user = run("INSERT INTO users (email, password_hash) VALUES (?, 'x')", `${slug}@example.com`);
  run("INSERT INTO memberships (user_id, workspace_id, role) VALUES (?, ?, 'admin')", user, ws.id);
  const imp = run(
    `INSERT INTO imports (workspace_id, kind, file_name, checksum, encoding, delimiter, status, rows_read, rows_imported, actor, started_at, finished_at)
     VALUES (?, 'logs', 'f.csv', 'c', 'utf-8', ',', 'imported', 1, 1, 'cli', 't', 't')`,
    ws.id,
  );
  const role = run(
    "INSERT INTO roles (workspace_id, import_id, role_key, title, department, level, level_label, headcount) VALUES (?, ?, 'r1', 'Analyst', 'Ops', 2, 'Mid', 3)",
    ws.id,
    imp,
  );
  const text = run("INSERT INTO task_texts (workspace_id, norm, text) VALUES (?, 'file reports', 'File reports')", ws.id);
  const statement = run("INSERT INTO task_statements (workspace_id, role_id, position, text, text_id) VALUES (?, ?, 0, 'File reports', ?)", ws.id, role, text);
  const employee = run("INSERT INTO employees (workspace_id, hash) VALUES (?, 'h')", ws.id);
  run(
    "INSERT INTO task_logs (workspace_id, import_id, role_id, employee_id, date, text_id, minutes, statement_id) VALUES (?, ?, ?, ?, '2026-01-05', ?, 30, ?)",
    ws.id, imp, role, employee, text, statement,
  );
  run("INSERT INTO overrides (workspace_id, norm, class, reason, actor) VALUES (?, 'file reports', 'automatable', 'because', 'cli')", ws.id);
  run("INSERT INTO role_task_hours (workspace_id, role_id, text_id, source, minutes, log_rows, employees) VALUES (?, ?, ?, 'logs', 30, 1, 1)", ws.id, role, text);
  run("INSERT INTO role_employees (workspace_id, role_id, employee_id, minutes) VALUES (?, ?, ?, 30)", ws.id, role, employee);
  run("INSERT INTO role_rollups (workspace_id, role_id, class, atom, hours, share, tasks) VALUES (?, ?, 'automatable', 'report', 10, 1, 1)", ws.id, role);
  run(
    "INSERT INTO role_analysis (role_id, workspace_id, weighting, minutes_logged, log_rows, employees, atomization, analyzed_at) VALUES (?, ?, 'logs', 30, 1, 1, 0.5, 't')",
    role, ws.id,
  );
  run("INSERT INTO audit_events (workspace_id, workspace_slug, actor, action) VALUES (?, ?, 'cli', 'import.logs')", ws.id, slug);
  run("INSERT INTO import_mappings (workspace_id, kind, name, header_key, mapping) VALUES (?, 'jobs', 'Workday', 'title', '{}')", ws.id);
  run("INSERT INTO roster_people (workspace_id, import_id, role_id, person_hash) VALUES (?, ?, ?, 'p')", ws.id, imp, role);
  run(
    "INSERT INTO survey_responses (workspace_id, import_id, employee_id, role_id, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, ai_use) VALUES (?, ?, ?, ?, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2)",
    ws.id, imp, employee, role,
  );
  run("INSERT INTO report_covers (workspace_id, updated_at) VALUES (?, 't')", ws.id);
  run(
    `INSERT INTO class_range_sums (workspace_id, department, hours, expected_automatable, expected_democratized, expected_specialized,
       variance_automatable, variance_democratized, variance_specialized) VALUES (?, NULL, 10, 5, 3, 2, 1, 1, 1)`,
    ws.id,
  );
  return ws.id;
}

function countRows(table: string, workspaceId: number): number {
  return conn.sqlite.prepare(`SELECT count(*) FROM ${table} WHERE workspace_id = ?`).pluck().get(workspaceId) as number;
}

describe("deleteWorkspace", () => {
  test("removes the one row of the workspace in every workspace table and leaves the other workspace whole", () => {
    const doomed = fillWorkspace("doomed");
    const kept = fillWorkspace("kept");
    const tables = workspaceTables(conn.sqlite);
    for (const table of tables) expect(countRows(table, doomed), table).toBe(1);

    expect(deleteWorkspace(conn.path, doomed)).toBe(true);

    expect(getWorkspaceBySlug(conn.db, "doomed")).toBeUndefined();
    for (const table of tables) {
      expect(countRows(table, doomed), table).toBe(0);
      expect(countRows(table, kept), table).toBe(1);
    }
    // The audit trail outlives the workspace; the accounts too (only their membership went).
    expect(listAudit(conn.db, { workspaceId: doomed })).toHaveLength(1);
    expect(conn.sqlite.prepare("SELECT count(*) AS n FROM users").get()).toEqual({ n: 2 });
  });
});

describe("setKThreshold", () => {
  test.each([[2], [5], [1000]])("stores k = %i", (k) => {
    const ws = createWorkspace(conn.db, { slug: "acme", name: "Acme" });
    setKThreshold(conn.db, ws.id, k);
    expect(getWorkspaceBySlug(conn.db, "acme")?.kThreshold).toBe(k);
  });

  test.each([[1], [0], [-5], [2.5], [Number.NaN]])("refuses k = %s", (k) => {
    const ws = createWorkspace(conn.db, { slug: "acme", name: "Acme" });
    expect(() => setKThreshold(conn.db, ws.id, k)).toThrow(/at least 2/);
    expect(getWorkspaceBySlug(conn.db, "acme")?.kThreshold).toBe(5);
  });
});
