import { sql, type SQL } from "drizzle-orm";
import { HOURS_PER_FTE_YEAR } from "../../app/analyzer/class-hours";

/**
 * A subquery (alias it) of annualized hours per (role, task text), computed the way the stored
 * roll-ups are: headcount × hours per FTE-year × the task's share of the role's minutes.
 * Columns: role_id, text_id, source, minutes, log_rows, employees, hours. Reads role_task_hours
 * (one row per role and distinct text), never the task log. Pass a role id to read one role.
 */
export function annualTaskHours(workspaceId: number, roleId?: number): SQL {
  const scope = roleId === undefined ? sql`workspace_id = ${workspaceId}` : sql`workspace_id = ${workspaceId} AND role_id = ${roleId}`;
  return sql`(
    SELECT rth.role_id AS role_id, rth.text_id AS text_id, rth.source AS source, rth.minutes AS minutes,
           rth.log_rows AS log_rows, rth.employees AS employees,
           r.headcount * ${HOURS_PER_FTE_YEAR} * rth.minutes / totals.minutes AS hours
    FROM role_task_hours rth
    JOIN (SELECT role_id, SUM(minutes) AS minutes FROM role_task_hours WHERE ${scope} GROUP BY role_id) totals
      ON totals.role_id = rth.role_id
    JOIN roles r ON r.id = rth.role_id
    WHERE totals.minutes > 0
  )`;
}
