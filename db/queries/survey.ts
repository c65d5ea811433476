/**
 * People's readiness: the survey responses and the roles' capability inputs for the selected
 * roles, handed to the pure analysis (app/analyzer/readiness.ts). Also the report's entry
 * point (`getReadiness`), so a report section can reuse the same figures.
 */
import { sql } from "drizzle-orm";
import { LEVEL_LABELS } from "../../importers/levels";
import { buildReadiness, type ReadinessResponse, type ReadinessRole, type ReadinessView } from "../../app/analyzer/readiness";
import type { Atom, TaskClass } from "../../app/analyzer/taxonomy";
import type { Db } from "../connection";
import { roleConditions, type DashboardFilter } from "./dashboard/filter";
import { distinctLogEmployees } from "./dashboard/role-figures";

export interface LatestResponse extends ReadinessResponse {
  employeeId: number;
}

/**
 * Each respondent's latest response among the selected roles: the newest import wins, then
 * the newest row (within one file the import already kept only the latest answer).
 */
export function listLatestResponses(db: Db, workspaceId: number, filter: DashboardFilter): LatestResponse[] {
  const rows = db.all<{ roleId: number; employeeId: number; aiUse: number; answers: string }>(sql`
    SELECT s.role_id AS roleId, s.employee_id AS employeeId, s.ai_use AS aiUse,
           json_array(s.q1, s.q2, s.q3, s.q4, s.q5, s.q6, s.q7, s.q8, s.q9, s.q10) AS answers
    FROM (
      SELECT sr.*, ROW_NUMBER() OVER (PARTITION BY sr.employee_id ORDER BY sr.import_id DESC, sr.id DESC) AS rn
      FROM survey_responses sr WHERE sr.workspace_id = ${workspaceId}
    ) s
    JOIN roles r ON r.id = s.role_id
    WHERE s.rn = 1 AND ${roleConditions(workspaceId, filter)}`);
  return rows.map((r) => ({ roleId: r.roleId, employeeId: r.employeeId, aiUse: r.aiUse, answers: JSON.parse(r.answers) as number[] }));
}

export function countSurveyResponses(db: Db, workspaceId: number): number {
  return db.get<{ n: number }>(sql`SELECT COUNT(DISTINCT employee_id) AS n FROM survey_responses WHERE workspace_id = ${workspaceId}`).n;
}

/** The selected roles with their class × atom hours after overrides (role_rollups). */
export function listReadinessRoles(db: Db, workspaceId: number, filter: DashboardFilter): ReadinessRole[] {
  const roles = db.all<{ id: number; key: string; title: string; department: string; level: number; headcount: number }>(sql`
    SELECT r.id, r.role_key AS key, r.title, r.department, r.level, r.headcount
    FROM roles r WHERE ${roleConditions(workspaceId, filter)} ORDER BY r.id`);
  const cells = db.all<{ roleId: number; class: TaskClass; atom: Atom; hours: number }>(sql`
    SELECT rr.role_id AS roleId, rr.class AS class, rr.atom AS atom, rr.hours AS hours
    FROM role_rollups rr JOIN roles r ON r.id = rr.role_id
    WHERE ${roleConditions(workspaceId, filter)}`);
  const tasks = new Map<number, ReadinessRole["tasks"]>();
  for (const c of cells) {
    const list = tasks.get(c.roleId) ?? [];
    list.push({ class: c.class, atom: c.atom, hours: c.hours });
    tasks.set(c.roleId, list);
  }
  return roles.map((r) => ({ ...r, levelName: LEVEL_LABELS[r.level] ?? String(r.level), tasks: tasks.get(r.id) ?? [] }));
}

export function getReadiness(db: Db, workspaceId: number, filter: DashboardFilter, k: number): ReadinessView {
  return buildReadiness({
    roles: listReadinessRoles(db, workspaceId, filter),
    responses: listLatestResponses(db, workspaceId, filter),
    logEmployees: {
      department: distinctLogEmployees(db, workspaceId, filter, "department") as Map<string, number>,
      level: distinctLogEmployees(db, workspaceId, filter, "level") as Map<number, number>,
    },
    k,
  });
}

