import type Database from "better-sqlite3";
import { HOURS_PER_FTE_YEAR } from "../../app/analyzer/class-hours";
import { chooseRoleWeights, type LoggedText, type Weighting } from "../../app/analyzer/rollup";

export interface TaskHoursSummary {
  logRows: number;
  rolesByWeighting: Record<Weighting | "none", number>;
}

/**
 * Rebuilds role_task_hours and role_employees for a workspace. The task log is read in two
 * GROUP BY passes (per role × text, per role × employee); everything after that works on the
 * grouped rows, which are as many as distinct (role, text) pairs, not log rows.
 */
export function recomputeTaskHours(sqlite: Database.Database, workspaceId: number, hoursPerFteYear = HOURS_PER_FTE_YEAR): TaskHoursSummary {
  const ws = { ws: workspaceId };
  sqlite.prepare("DELETE FROM role_task_hours WHERE workspace_id = @ws").run(ws);
  sqlite.prepare("DELETE FROM role_employees WHERE workspace_id = @ws").run(ws);

  const logged = new Map<number, LoggedText[]>();
  let logRows = 0;
  const grouped = sqlite
    .prepare(
      `SELECT role_id, text_id, SUM(minutes), COUNT(*), COUNT(DISTINCT employee_id)
       FROM task_logs WHERE workspace_id = @ws GROUP BY role_id, text_id`,
    )
    .raw()
    .iterate(ws) as IterableIterator<[number, number, number, number, number]>;
  for (const [roleId, textId, minutes, rows, employees] of grouped) {
    const list = logged.get(roleId) ?? [];
    list.push({ textId, minutes, logRows: rows, employees });
    logged.set(roleId, list);
    logRows += rows;
  }

  sqlite
    .prepare(
      `INSERT INTO role_employees (workspace_id, role_id, employee_id, minutes)
       SELECT workspace_id, role_id, employee_id, SUM(minutes)
       FROM task_logs WHERE workspace_id = @ws GROUP BY role_id, employee_id`,
    )
    .run(ws);

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
    const { weighting, weights } = chooseRoleWeights(logged.get(roleId) ?? [], statements.get(roleId) ?? [], hoursPerFteYear);
    rolesByWeighting[weighting ?? "none"] += 1;
    for (const w of weights) insert.run(workspaceId, roleId, w.textId, w.source, w.minutes, w.logRows, w.employees);
  }
  return { logRows, rolesByWeighting };
}
