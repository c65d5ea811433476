/**
 * AI use as the task logs record it (the `tool` column), for the selected roles: the raw tool
 * names are normalized once per distinct name (app/analyzer/ai-tools.ts), and the log is read
 * once, folded into role × employee × AI-or-not × effective class × atom cells, weeks and tools,
 * so a million rows become a few thousand cells. Figures and suppression: app/analyzer/adoption.ts.
 */
import { sql } from "drizzle-orm";
import { buildAdoption, buildToolShares, buildWeekly, type AdoptionView, type ToolShare, type WeeklyAdoption } from "../../app/analyzer/adoption";
import { normalizeTool } from "../../app/analyzer/ai-tools";
import type { Atom, TaskClass } from "../../app/analyzer/taxonomy";
import { LEVEL_LABELS } from "../../importers/levels";
import { currentOverrides } from "../pipeline/effective-classification";
import { rawHandle, type Db } from "../connection";
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

/** Weeks per key in the weekly fold: 100,000 weeks (1,900 years) of log. */
const WEEK_SLOTS = 100_000;

/**
 * One pass over the selection's log rows (decision 169). SQL grouping was two passes (by role ×
 * employee × tool × class × atom, and by day × employee × tool) that each sorted most of the log
 * in a temporary B-tree; here SQLite only filters, and each row is folded into three small maps
 * keyed by integers: role × employee × AI-or-not × (class, atom) for every figure but the weekly
 * one, week × employee × AI-or-not for the weekly one, and AI tool × employee for the tool
 * shares. The effective class and atom of each text (overrides applied) come from task_texts
 * beforehand, so the log itself is read once.
 */
export function getToolEvidence(db: Db, workspaceId: number, filter: DashboardFilter, k: number): ToolEvidence {
  const toolOf = toolNormalizer();
  const roles = db.all<{ id: number; title: string; department: string; level: number }>(sql`
    SELECT r.id, r.title, r.department, r.level FROM roles r WHERE ${roleConditions(workspaceId, filter)}`);
  const roleIndex = new Map(roles.map((r, i) => [r.id, i]));

  // Each distinct effective (class, atom) gets a small number; each text points at one.
  const kinds: { taskClass: TaskClass | null; atom: Atom | null }[] = [];
  const kindNumbers = new Map<string, number>();
  const kindOfText = new Map<number, number>();
  for (const t of db.all<{ id: number; taskClass: TaskClass | null; atom: Atom | null }>(sql`
    SELECT t.id AS id, COALESCE(co.override_class, t.class) AS taskClass, COALESCE(co.override_atom, t.atom) AS atom
    FROM task_texts t LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm
    WHERE t.workspace_id = ${workspaceId}`)) {
    const name = `${t.taskClass}|${t.atom}`;
    let kind = kindNumbers.get(name);
    if (kind === undefined) {
      kindNumbers.set(name, (kind = kinds.length));
      kinds.push({ taskClass: t.taskClass, atom: t.atom });
    }
    kindOfText.set(t.id, kind);
  }

  // Integer keys: ((employee × roles + role) × 2 + ai) × kinds + kind stays below 2^53 for any
  // employee id under 2^53 / (roles × 2 × kinds), about 10^10 with 4,000 roles and 100 kinds.
  const roleCount = Math.max(1, roles.length);
  const kindCount = Math.max(1, kinds.length);
  const cells = new Map<number, number>();
  const weekly = new Map<number, number>();
  const weekOfDate = new Map<string, number>();
  const weekNumbers = new Map<string, number>();
  const weekNames: string[] = [];
  const toolMinutes = new Map<string, { kind: ToolShare["kind"]; byEmployee: Map<number, number> }>();
  const rows = rawHandle(db)
    .prepare(
      `SELECT l.role_id, l.employee_id, l.text_id, l.tool, l.date, l.minutes FROM task_logs l
       WHERE l.workspace_id = ? AND l.role_id IN (SELECT value FROM json_each(?))`,
    )
    .raw()
    .iterate(workspaceId, JSON.stringify(roles.map((r) => r.id))) as IterableIterator<[number, number, number, string | null, string, number]>;
  for (const [roleId, employeeId, textId, raw, date, minutes] of rows) {
    const tool = toolOf(raw);
    const ai = tool === null ? 0 : 1;
    let week = weekOfDate.get(date);
    if (week === undefined) {
      const monday = mondayOf(date);
      week = weekNumbers.get(monday);
      if (week === undefined) {
        weekNumbers.set(monday, (week = weekNames.length));
        weekNames.push(monday);
      }
      weekOfDate.set(date, week);
    }
    const weekKey = (employeeId * 2 + ai) * WEEK_SLOTS + week;
    weekly.set(weekKey, (weekly.get(weekKey) ?? 0) + minutes);
    if (tool !== null) {
      let used = toolMinutes.get(tool.name);
      if (!used) toolMinutes.set(tool.name, (used = { kind: tool.kind, byEmployee: new Map() }));
      used.byEmployee.set(employeeId, (used.byEmployee.get(employeeId) ?? 0) + minutes);
    }
    const kind = kindOfText.get(textId);
    if (kind === undefined) continue;
    const cellKey = ((employeeId * roleCount + roleIndex.get(roleId)!) * 2 + ai) * kindCount + kind;
    cells.set(cellKey, (cells.get(cellKey) ?? 0) + minutes);
  }

  const adoptionCells = [...cells].map(([key, minutes]) => {
    const kind = kinds[key % kindCount];
    const rest = Math.floor(key / kindCount);
    return {
      roleId: roles[Math.floor(rest / 2) % roleCount].id,
      employeeId: Math.floor(rest / 2 / roleCount),
      ai: rest % 2 === 1,
      taskClass: kind.taskClass,
      atom: kind.atom,
      minutes,
    };
  });
  const weeklyRows = [...weekly].map(([key, minutes]) => {
    const rest = Math.floor(key / WEEK_SLOTS);
    return { week: weekNames[key % WEEK_SLOTS], employeeId: Math.floor(rest / 2), ai: rest % 2 === 1, minutes };
  });
  const used = [...toolMinutes].flatMap(([name, t]) => [...t.byEmployee].map(([employeeId, minutes]) => ({ name, kind: t.kind, employeeId, minutes })));
  const view = buildAdoption(
    adoptionCells,
    roles.map((r) => ({ ...r, levelName: LEVEL_LABELS[r.level] ?? String(r.level) })),
    k,
  );
  return { ...view, weekly: buildWeekly(weeklyRows, k), tools: buildToolShares(used, k) };
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
