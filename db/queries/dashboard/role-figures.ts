/**
 * The stored analysis of the roles a filter selects, read once per request and shared by the
 * page queries so that every page computes a figure the same way. Reads roles, role_analysis,
 * role_rollups and role_employees: small tables, never the task log.
 */
import { sql } from "drizzle-orm";
import { emptyClassHours, type ClassHours } from "../../../app/analyzer/class-hours";
import { isCostSuppressed, isTimeSuppressed } from "../../../app/analyzer/privacy";
import type { MainCue, Weighting } from "../../../app/analyzer/rollup";
import type { Atom, TaskClass } from "../../../app/analyzer/taxonomy";
import type { Db } from "../../connection";
import { roleConditions, type DashboardFilter } from "./filter";

export interface RoleIdentity {
  roleId: number;
  title: string;
  department: string;
  level: number;
  levelLabel: string;
  location: string | null;
  /** From the jobs file: organization structure, shown whatever k is. */
  headcount: number;
}

/** Just the identity of a role, e.g. to put in a view without its figures. */
export function roleIdentity(r: RoleIdentity): RoleIdentity {
  const { roleId, title, department, level, levelLabel, location, headcount } = r;
  return { roleId, title, department, level, levelLabel, location, headcount };
}

export interface RoleFigures extends RoleIdentity {
  annualCost: number | null;
  /** null: the role has no analysed time (no logs, no statements, or nothing classified). */
  weighting: Weighting | null;
  minutesLogged: number;
  logRows: number;
  /** Distinct employees who logged in the role. */
  loggers: number;
  atomization: number | null;
  mainCues: MainCue[];
  /** Annualized hours by class (after overrides). */
  classHours: ClassHours;
  /** Employees behind the time figures: the loggers of a log-weighted role, else 0. */
  logEmployees: number;
  timeSuppressed: boolean;
  costSuppressed: boolean;
}

export function loadRoleFigures(db: Db, workspaceId: number, filter: DashboardFilter, k: number, onlyRoleId?: number): RoleFigures[] {
  const where = onlyRoleId === undefined ? roleConditions(workspaceId, filter) : sql`${roleConditions(workspaceId, filter)} AND r.id = ${onlyRoleId}`;
  const classHours = new Map<number, ClassHours>();
  for (const row of db.all<{ roleId: number; class: TaskClass; hours: number }>(
    sql`SELECT rr.role_id AS roleId, rr.class AS class, SUM(rr.hours) AS hours
        FROM role_rollups rr JOIN roles r ON r.id = rr.role_id
        WHERE ${where} GROUP BY rr.role_id, rr.class`,
  )) {
    const hours = classHours.get(row.roleId) ?? emptyClassHours();
    hours[row.class] = row.hours;
    classHours.set(row.roleId, hours);
  }
  const rows = db.all<
    RoleIdentity & {
      annualCost: number | null;
      weighting: Weighting | null;
      minutesLogged: number | null;
      logRows: number | null;
      loggers: number | null;
      atomization: number | null;
      mainCues: string | null;
    }
  >(sql`
    SELECT r.id AS roleId, r.title AS title, r.department AS department, r.level AS level, r.level_label AS levelLabel,
           r.location AS location, r.headcount AS headcount, r.annual_cost AS annualCost,
           ra.weighting AS weighting, ra.minutes_logged AS minutesLogged, ra.log_rows AS logRows,
           ra.employees AS loggers, ra.atomization AS atomization, ra.main_cues AS mainCues
    FROM roles r LEFT JOIN role_analysis ra ON ra.role_id = r.id
    WHERE ${where}
    ORDER BY r.department, r.level, r.title, r.id`);
  return rows.map((row) => {
    const logEmployees = row.weighting === "logs" ? (row.loggers ?? 0) : 0;
    return {
      ...row,
      minutesLogged: row.minutesLogged ?? 0,
      logRows: row.logRows ?? 0,
      loggers: row.loggers ?? 0,
      mainCues: row.mainCues ? (JSON.parse(row.mainCues) as MainCue[]) : [],
      classHours: classHours.get(row.roleId) ?? emptyClassHours(),
      logEmployees,
      timeSuppressed: isTimeSuppressed(logEmployees, k),
      costSuppressed: isCostSuppressed(row.headcount, k),
    };
  });
}

export type GroupBy = "department" | "level" | "location";
export type GroupKey = string | number | null;

// Column names are spliced into SQL, so they come from this table only, never from a caller's string.
const GROUP_COLUMNS: Record<GroupBy, string> = { department: "r.department", level: "r.level", location: "r.location" };

/** The SQL expression a roll-up groups by: a role column, or one group for the whole selection. */
export function groupKeySql(by: GroupBy | null) {
  if (by === null) return sql`NULL`;
  const column = GROUP_COLUMNS[by];
  if (!column) throw new Error(`cannot group by ${String(by)}`);
  return sql.raw(column);
}

/**
 * Distinct employees who logged in the log-weighted roles of each group (or of all selected
 * roles when `by` is null: one entry under the key null). An employee who logged in two
 * roles of a group counts once.
 */
export function distinctLogEmployees(db: Db, workspaceId: number, filter: DashboardFilter, by: GroupBy | null): Map<GroupKey, number> {
  const key = groupKeySql(by);
  const rows = db.all<{ key: GroupKey; n: number }>(sql`
    SELECT ${key} AS key, COUNT(DISTINCT re.employee_id) AS n
    FROM role_employees re
    JOIN roles r ON r.id = re.role_id
    JOIN role_analysis ra ON ra.role_id = r.id AND ra.weighting = 'logs'
    WHERE ${roleConditions(workspaceId, filter)}
    GROUP BY 1`);
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** Annualized hours per group × class × atom, for roll-ups of departments, levels, locations. */
export function groupCells(db: Db, workspaceId: number, filter: DashboardFilter, by: GroupBy | null) {
  const key = groupKeySql(by);
  return db.all<{ key: GroupKey; class: TaskClass; atom: Atom; hours: number }>(sql`
    SELECT ${key} AS key, rr.class AS class, rr.atom AS atom, SUM(rr.hours) AS hours
    FROM role_rollups rr JOIN roles r ON r.id = rr.role_id
    WHERE ${roleConditions(workspaceId, filter)}
    GROUP BY 1, rr.class, rr.atom`);
}
