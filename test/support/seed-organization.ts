/**
 * Inserts a small organization straight into a real SQLite file, the way the importers will
 * leave it (roles, task texts keyed by norm, statements, pseudonymized employees, task logs).
 * Tests build exactly the data their hand-computed figures need.
 */
import type { Connection } from "../../db/connection";
import { createWorkspace } from "../../db/queries/workspaces";
import { normalizeTaskText } from "../../app/analyzer/normalize";

export interface SeedLog {
  employee: string;
  text: string;
  minutes: number;
  date?: string;
}

export interface SeedRole {
  key: string;
  title?: string;
  department: string;
  level: number;
  headcount: number;
  annualCost?: number | null;
  location?: string | null;
  statements?: string[];
  logs?: SeedLog[];
}

export interface SeededOrganization {
  workspaceId: number;
  roleIds: Record<string, number>;
  /** Task text id by the text as written. */
  textId(text: string): number;
}

export function seedOrganization(conn: Connection, spec: { slug?: string; kThreshold?: number; roles: SeedRole[] }): SeededOrganization {
  const workspace = createWorkspace(conn.db, { slug: spec.slug ?? "acme", name: "Acme", kThreshold: spec.kThreshold ?? 3 });
  const roleIds: Record<string, number> = {};
  conn.sqlite.transaction(() => {
    const insertRole = conn.sqlite.prepare(
      `INSERT INTO roles (workspace_id, role_key, title, department, level, level_label, headcount, annual_cost, location)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const role of spec.roles) {
      roleIds[role.key] = Number(
        insertRole.run(workspace.id, role.key, role.title ?? role.key, role.department, role.level, `L${role.level}`, role.headcount, role.annualCost ?? null, role.location ?? null)
          .lastInsertRowid,
      );
    }
    seedTasks(conn, workspace.id, spec.roles, roleIds);
  })();
  return { workspaceId: workspace.id, roleIds, textId: (text) => textIdOf(conn, workspace.id, text) };
}

/** Statements, texts, employees and logs for roles that already exist (also used to simulate a re-import). */
export function seedTasks(conn: Connection, workspaceId: number, roles: SeedRole[], roleIds: Record<string, number>): void {
  const s = conn.sqlite;
  const insertText = s.prepare(`INSERT OR IGNORE INTO task_texts (workspace_id, norm, text) VALUES (?, ?, ?)`);
  const insertStatement = s.prepare(`INSERT INTO task_statements (workspace_id, role_id, position, text, text_id) VALUES (?, ?, ?, ?, ?)`);
  const insertEmployee = s.prepare(`INSERT OR IGNORE INTO employees (workspace_id, hash) VALUES (?, ?)`);
  const employeeId = s.prepare(`SELECT id FROM employees WHERE workspace_id = ? AND hash = ?`).pluck();
  const insertLog = s.prepare(
    `INSERT INTO task_logs (workspace_id, import_id, role_id, employee_id, date, text_id, minutes) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const textId = (text: string) => {
    insertText.run(workspaceId, normalizeTaskText(text), text);
    return textIdOf(conn, workspaceId, text);
  };
  let importId: number | null = null;
  for (const role of roles) {
    const roleId = roleIds[role.key];
    (role.statements ?? []).forEach((text, position) => insertStatement.run(workspaceId, roleId, position, text, textId(text)));
    for (const log of role.logs ?? []) {
      importId ??= Number(
        s
          .prepare(
            `INSERT INTO imports (workspace_id, kind, file_name, checksum, encoding, delimiter, status, rows_read, rows_imported, actor, started_at, finished_at)
             VALUES (?, 'logs', 'logs.csv', 'test', 'utf-8', ',', 'imported', 0, 0, 'test', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`,
          )
          .run(workspaceId).lastInsertRowid,
      );
      insertEmployee.run(workspaceId, log.employee);
      insertLog.run(workspaceId, importId, roleId, employeeId.get(workspaceId, log.employee), log.date ?? "2026-01-05", textId(log.text), log.minutes);
    }
  }
}

function textIdOf(conn: Connection, workspaceId: number, text: string): number {
  const id = conn.sqlite.prepare(`SELECT id FROM task_texts WHERE workspace_id = ? AND norm = ?`).pluck().get(workspaceId, normalizeTaskText(text));
  if (typeof id !== "number") throw new Error(`no task text "${text}"`);
  return id;
}
