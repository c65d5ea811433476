/** The overview's headline numbers: roles, headcount, logged hours and people, last analysis. */
import { sql } from "drizzle-orm";
import { guard, isTimeSuppressed, type Guarded } from "../../../app/analyzer/privacy";
import type { Db } from "../../connection";
import { kThresholdOf } from "../workspace-k";
import { roleConditions, type DashboardFilter } from "./filter";
import { distinctLogEmployees } from "./role-figures";

export interface WorkspaceSummary {
  roles: number;
  headcount: number;
  rolesByWeighting: { logs: number; statements: number; none: number };
  /** Raw logged hours and the distinct employees who logged them, across the selection. */
  logs: Guarded<{ hoursLogged: number; logRows: number; employees: number }>;
  /** When the selection was last analysed; null when it never was. */
  analyzedAt: string | null;
  kThreshold: number;
}

export function getWorkspaceSummary(db: Db, workspaceId: number, filter: DashboardFilter): WorkspaceSummary {
  const k = kThresholdOf(db, workspaceId);
  const row = db.get<{
    roles: number;
    headcount: number | null;
    logs: number | null;
    statements: number | null;
    minutes: number | null;
    logRows: number | null;
    analyzedAt: string | null;
  }>(sql`
    SELECT COUNT(*) AS roles, SUM(r.headcount) AS headcount,
           SUM(ra.weighting = 'logs') AS logs, SUM(ra.weighting = 'statements') AS statements,
           SUM(CASE WHEN ra.weighting = 'logs' THEN ra.minutes_logged END) AS minutes,
           SUM(CASE WHEN ra.weighting = 'logs' THEN ra.log_rows END) AS logRows,
           MAX(ra.analyzed_at) AS analyzedAt
    FROM roles r LEFT JOIN role_analysis ra ON ra.role_id = r.id
    WHERE ${roleConditions(workspaceId, filter)}`);
  const employees = distinctLogEmployees(db, workspaceId, filter, null).get(null) ?? 0;
  const logs = row.logs ?? 0;
  const statements = row.statements ?? 0;
  return {
    roles: row.roles,
    headcount: row.headcount ?? 0,
    rolesByWeighting: { logs, statements, none: row.roles - logs - statements },
    logs: guard(isTimeSuppressed(employees, k), () => ({ hoursLogged: (row.minutes ?? 0) / 60, logRows: row.logRows ?? 0, employees })),
    analyzedAt: row.analyzedAt,
    kThreshold: k,
  };
}
