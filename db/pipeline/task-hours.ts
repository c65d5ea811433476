import type Database from "better-sqlite3";
import { HOURS_PER_FTE_YEAR } from "../../app/analyzer/class-hours";
import { chooseRoleWeights, type LoggedText, type Weighting } from "../../app/analyzer/rollup";

export interface TaskHoursSummary {
  logRows: number;
  rolesByWeighting: Record<Weighting | "none", number>;
}

/**
 * Rebuilds role_task_hours and role_employees for a workspace from one GROUP BY pass over the
 * task log, by (role, text, employee). Its rows arrive sorted, so folding them into per
 * (role, text) sums and distinct counts, and per (role, employee) minutes, needs no sorting or
 * big maps in JavaScript: only the current role's employees are held at a time.
 */
export function recomputeTaskHours(sqlite: Database.Database, workspaceId: number): TaskHoursSummary {
  const ws = { ws: workspaceId };
  sqlite.prepare("DELETE FROM role_task_hours WHERE workspace_id = @ws").run(ws);
  sqlite.prepare("DELETE FROM role_employees WHERE workspace_id = @ws").run(ws);

  const logged = new Map<number, LoggedText[]>();
  const roleEmployees: [number, number, number][] = [];
  let logRows = 0;
  let roleId = -1;
  let current: LoggedText | null = null;
  let employeeMinutes = new Map<number, number>();
  const flushRole = () => {
    for (const [employeeId, minutes] of employeeMinutes) roleEmployees.push([roleId, employeeId, minutes]);
    employeeMinutes = new Map();
  };
  // NOT INDEXED: a sequential scan and one sort beat walking an index with a random table
  // lookup per row by 3–5× on a million rows (bench/analyze-million.ts). SQLite-only hint.
  const triples = sqlite
    .prepare(
      `SELECT role_id, text_id, employee_id, SUM(minutes), COUNT(*)
       FROM task_logs NOT INDEXED WHERE workspace_id = @ws
       GROUP BY role_id, text_id, employee_id ORDER BY role_id, text_id, employee_id`,
    )
    .raw()
    .iterate(ws) as IterableIterator<[number, number, number, number, number]>;
  for (const [role, textId, employeeId, minutes, rows] of triples) {
    if (role !== roleId) {
      if (roleId !== -1) flushRole();
      roleId = role;
      current = null;
      logged.set(role, []);
    }
    if (!current || current.textId !== textId) {
      current = { textId, minutes: 0, logRows: 0, employees: 0 };
      logged.get(role)!.push(current);
    }
    current.minutes += minutes;
    current.logRows += rows;
    current.employees += 1;
    employeeMinutes.set(employeeId, (employeeMinutes.get(employeeId) ?? 0) + minutes);
    logRows += rows;
  }
  if (roleId !== -1) flushRole();

  const insertEmployee = sqlite.prepare(`INSERT INTO role_employees (workspace_id, role_id, employee_id, minutes) VALUES (?, ?, ?, ?)`);
  for (const [role, employeeId, minutes] of roleEmployees) insertEmployee.run(workspaceId, role, employeeId, minutes);

  const statements = new Map<number, number[]>();
  const statementRows = sqlite
    .prepare(`SELECT role_id, text_id FROM task_statements WHERE workspace_id = @ws ORDER BY role_id, position, id`)
    .raw()
    .all(ws) as [number, number][];
  for (const [roleId, textId] of statementRows) {
    const list = statements.get(roleId) ?? [];
    list.push(textId);
    statements.set(roleId, list);
  }

  const insert = sqlite.prepare(
    `INSERT INTO role_task_hours (workspace_id, role_id, text_id, source, minutes, log_rows, employees)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const rolesByWeighting: TaskHoursSummary["rolesByWeighting"] = { logs: 0, statements: 0, none: 0 };
  const roleIds = sqlite.prepare("SELECT id FROM roles WHERE workspace_id = @ws ORDER BY id").pluck().all(ws) as number[];
  for (const roleId of roleIds) {
    const { weighting, weights } = chooseRoleWeights(logged.get(roleId) ?? [], statements.get(roleId) ?? [], HOURS_PER_FTE_YEAR);
    rolesByWeighting[weighting ?? "none"] += 1;
    for (const w of weights) insert.run(workspaceId, roleId, w.textId, w.source, w.minutes, w.logRows, w.employees);
  }
  return { logRows, rolesByWeighting };
}
