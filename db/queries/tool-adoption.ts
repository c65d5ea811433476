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
import { currentOverrides } from "../pipeline/effective-classification";
import type { Db } from "../connection";
import { roleConditions, type DashboardFilter } from "./dashboard/filter";
import { distinctLogEmployees } from "./dashboard/role-figures";

export interface ToolEvidence extends AdoptionView {
  weekly: WeeklyAdoption[];
  tools: ToolShare[];
}

/** Normalized AI tool per raw name, once per distinct name; null for "no tool". */
function toolNormalizer() {
  const seen = new Map<string, ReturnType<typeof normalizeTool>>();
  return (raw: string | null) => {
    if (raw === null) return null;
    let tool = seen.get(raw);
    if (tool === undefined) {
      tool = normalizeTool(raw);
      seen.set(raw, tool);
    }
    return tool;
  };
}

const mondayOf = (date: string) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
};

/**
 * Two passes over the selection's log rows: by role × employee × raw tool × effective class ×
 * atom (every figure but the weekly one), and by day × employee × raw tool (weeks are formed
 * here: SQLite's date arithmetic per row cost more than the whole grouping).
 */
export function getToolEvidence(db: Db, workspaceId: number, filter: DashboardFilter, k: number): ToolEvidence {
  const toolOf = toolNormalizer();
  const cells = db.all<{ roleId: number; employeeId: number; tool: string | null; taskClass: TaskClass | null; atom: Atom | null; minutes: number }>(sql`
    SELECT l.role_id AS roleId, l.employee_id AS employeeId, l.tool AS tool,
           COALESCE(co.override_class, t.class) AS taskClass, COALESCE(co.override_atom, t.atom) AS atom, SUM(l.minutes) AS minutes
    FROM task_logs l
    JOIN roles r ON r.id = l.role_id
    JOIN task_texts t ON t.id = l.text_id
    LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm
    WHERE l.workspace_id = ${workspaceId} AND ${roleConditions(workspaceId, filter)}
    GROUP BY 1, 2, 3, 4, 5`);
  const days = db.all<{ date: string; employeeId: number; tool: string | null; minutes: number }>(sql`
    SELECT l.date AS date, l.employee_id AS employeeId, l.tool AS tool, SUM(l.minutes) AS minutes
    FROM task_logs l JOIN roles r ON r.id = l.role_id
    WHERE l.workspace_id = ${workspaceId} AND ${roleConditions(workspaceId, filter)}
    GROUP BY 1, 2, 3`);
  const roles = db.all<{ id: number; title: string; department: string; level: number }>(sql`
    SELECT r.id, r.title, r.department, r.level FROM roles r WHERE ${roleConditions(workspaceId, filter)}`);
  const weeks = new Map<string, string>();
  const weekOf = (date: string) => {
    let week = weeks.get(date);
    if (week === undefined) weeks.set(date, (week = mondayOf(date)));
    return week;
  };
  const view = buildAdoption(
    cells.map((c) => ({ ...c, ai: toolOf(c.tool) !== null })),
    roles.map((r) => ({ ...r, levelName: LEVEL_LABELS[r.level] ?? String(r.level) })),
    k,
  );
  const used = cells.flatMap((c) => {
    const tool = toolOf(c.tool);
    return tool ? [{ ...tool, employeeId: c.employeeId, minutes: c.minutes }] : [];
  });
  return {
    ...view,
    weekly: buildWeekly(days.map((d) => ({ week: weekOf(d.date), employeeId: d.employeeId, ai: toolOf(d.tool) !== null, minutes: d.minutes })), k),
    tools: buildToolShares(used, k),
  };
}

/**
 * Measured adoption for the Redesign scenario's starting point: AI-assisted hours on exposed
 * work (automatable or democratized) ÷ exposed hours over the selection, in one grouped pass;
 * null when there are no exposed hours or fewer than k people logged the selection.
 */
export function getMeasuredAdoption(db: Db, workspaceId: number, filter: DashboardFilter, k: number): number | null {
  const people = [...distinctLogEmployees(db, workspaceId, filter, null).values()][0] ?? 0;
  if (people < k) return null;
  const toolOf = toolNormalizer();
  const rows = db.all<{ tool: string | null; minutes: number }>(sql`
    SELECT l.tool AS tool, SUM(l.minutes) AS minutes
    FROM task_logs l
    JOIN roles r ON r.id = l.role_id
    JOIN task_texts t ON t.id = l.text_id
    LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm
    WHERE l.workspace_id = ${workspaceId} AND ${roleConditions(workspaceId, filter)}
      AND COALESCE(co.override_class, t.class) IN ('automatable', 'democratized')
    GROUP BY 1`);
  const exposed = rows.reduce((sum, r) => sum + r.minutes, 0);
  const assisted = rows.reduce((sum, r) => sum + (toolOf(r.tool) ? r.minutes : 0), 0);
  return exposed > 0 ? assisted / exposed : null;
}
