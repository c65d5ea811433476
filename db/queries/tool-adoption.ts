/**
 * AI use as the task logs record it (the `tool` column), for the selected roles: the raw tool
 * names are normalized once per distinct name (app/analyzer/ai-tools.ts), and the log is read
 * grouped by role × employee × AI-or-not × effective class × atom, so a million rows come back
 * as a few thousand cells. Figures and suppression: app/analyzer/adoption.ts.
 */
import { sql } from "drizzle-orm";
import { buildAdoption, buildToolShares, buildWeekly, type AdoptionView, type ToolShare, type WeeklyAdoption } from "../../app/analyzer/adoption";
import { normalizeTool } from "../../app/analyzer/ai-tools";
import type { Atom, TaskClass } from "../../app/analyzer/taxonomy";
import { LEVEL_LABELS } from "../../importers/levels";
import { currentOverrides } from "../analysis/effective-classification";
import type { Db } from "../connection";
import { roleConditions, type DashboardFilter } from "./dashboard/filter";

export interface ToolEvidence extends AdoptionView {
  weekly: WeeklyAdoption[];
  tools: ToolShare[];
}

/** Distinct raw tool names of the selection that count as AI use, with their normalized form. */
function aiToolNames(db: Db, workspaceId: number, filter: DashboardFilter) {
  const raw = db.all<{ tool: string }>(sql`
    SELECT DISTINCT l.tool AS tool FROM task_logs l JOIN roles r ON r.id = l.role_id
    WHERE l.workspace_id = ${workspaceId} AND l.tool IS NOT NULL AND ${roleConditions(workspaceId, filter)}`);
  const names = new Map<string, NonNullable<ReturnType<typeof normalizeTool>>>();
  for (const { tool } of raw) {
    const normalized = normalizeTool(tool);
    if (normalized) names.set(tool, normalized);
  }
  return names;
}

export function getToolEvidence(db: Db, workspaceId: number, filter: DashboardFilter, k: number): ToolEvidence {
  const tools = aiToolNames(db, workspaceId, filter);
  const aiList = JSON.stringify([...tools.keys()]);
  const isAi = sql`(l.tool IN (SELECT value FROM json_each(${aiList})))`;
  const cells = db.all<{ roleId: number; employeeId: number; ai: number; taskClass: TaskClass | null; atom: Atom | null; minutes: number }>(sql`
    SELECT l.role_id AS roleId, l.employee_id AS employeeId, ${isAi} AS ai,
           COALESCE(co.override_class, t.class) AS taskClass, COALESCE(co.override_atom, t.atom) AS atom, SUM(l.minutes) AS minutes
    FROM task_logs l
    JOIN roles r ON r.id = l.role_id
    JOIN task_texts t ON t.id = l.text_id
    LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm
    WHERE l.workspace_id = ${workspaceId} AND ${roleConditions(workspaceId, filter)}
    GROUP BY 1, 2, 3, 4, 5`);
  const roles = db.all<{ id: number; title: string; department: string; level: number }>(sql`
    SELECT r.id, r.title, r.department, r.level FROM roles r WHERE ${roleConditions(workspaceId, filter)}`);
  // Weeks start on Monday: date(d, 'weekday 0', '-6 days') is the Monday on or before d.
  const weekly = db.all<{ week: string; employeeId: number; ai: number; minutes: number }>(sql`
    SELECT date(l.date, 'weekday 0', '-6 days') AS week, l.employee_id AS employeeId, ${isAi} AS ai, SUM(l.minutes) AS minutes
    FROM task_logs l JOIN roles r ON r.id = l.role_id
    WHERE l.workspace_id = ${workspaceId} AND ${roleConditions(workspaceId, filter)}
    GROUP BY 1, 2, 3`);
  const perTool = db.all<{ tool: string; employeeId: number; minutes: number }>(sql`
    SELECT l.tool AS tool, l.employee_id AS employeeId, SUM(l.minutes) AS minutes
    FROM task_logs l JOIN roles r ON r.id = l.role_id
    WHERE l.workspace_id = ${workspaceId} AND ${isAi} AND ${roleConditions(workspaceId, filter)}
    GROUP BY 1, 2`);
  const view = buildAdoption(
    cells.map((c) => ({ ...c, ai: c.ai === 1 })),
    roles.map((r) => ({ ...r, levelName: LEVEL_LABELS[r.level] ?? String(r.level) })),
    k,
  );
  return {
    ...view,
    weekly: buildWeekly(weekly.map((w) => ({ ...w, ai: w.ai === 1 })), k),
    tools: buildToolShares(
      perTool.map((p) => ({ ...tools.get(p.tool)!, employeeId: p.employeeId, minutes: p.minutes })),
      k,
    ),
  };
}

/**
 * Measured adoption for the Redesign scenario's starting point: AI-assisted hours on exposed
 * work ÷ exposed hours over the selection; null when there are no such logs or fewer than k
 * people logged them.
 */
export function getMeasuredAdoption(db: Db, workspaceId: number, filter: DashboardFilter, k: number): number | null {
  const overall = getToolEvidence(db, workspaceId, filter, k).overall;
  return overall.suppressed ? null : overall.adoption;
}
