/**
 * One role: its task statements and logged tasks with class, atom, confidence, rationale and
 * hours; its redesign card; and the orchestrator capabilities the redesigned role will need.
 */
import { sql } from "drizzle-orm";
import { capabilityNeeds, type CapabilityNeed } from "../../../app/analyzer/capabilities";
import { guard, isTimeSuppressed, type Guarded } from "../../../app/analyzer/privacy";
import { redesignCard, type RedesignCard } from "../../../app/analyzer/redesign";
import type { Weighting } from "../../../app/analyzer/rollup";
import type { Atom, ClassProbabilities, Cue, TaskClass } from "../../../app/analyzer/taxonomy";
import { currentOverrides, EFFECTIVE_COLUMNS } from "../../pipeline/effective-classification";
import type { Db } from "../../connection";
import { annualTaskHours } from "../annual-task-hours";
import { kThresholdOf } from "../workspace-k";
import { loadRoleFigures, type RoleIdentity } from "./role-figures";

export interface RoleTask {
  textId: number;
  norm: string;
  text: string;
  /** Position in the job description; null for a text seen only in the logs. */
  statementPosition: number | null;
  /** Whether anybody logged time on it. */
  logged: boolean;
  class: TaskClass | null;
  atom: Atom | null;
  confidence: number | null;
  /** The classifier's three calibrated probabilities; null for a text classified before 1.2.0. */
  probabilities: ClassProbabilities | null;
  rationale: string | null;
  cues: Cue[];
  overridden: boolean;
  /** The classifier's answer, for "old → new" beside an override. */
  classifierClass: TaskClass | null;
  /** Annualized hours for the whole role; 0 for a statement nobody logged; null when suppressed. */
  hours: number | null;
  /** Raw logged hours; null when not logged or suppressed. */
  loggedHours: number | null;
  /** Logged by fewer than k employees (or the role's logs come from fewer than k). */
  suppressed: boolean;
}

export interface RoleTasksView {
  role: RoleIdentity & { weighting: Weighting | null; timeSuppressed: boolean };
  /** Visible hours largest first, then suppressed tasks, then unlogged statements in order. */
  tasks: RoleTask[];
}

interface TaskRow {
  textId: number;
  norm: string;
  text: string;
  position: number | null;
  source: Weighting | null;
  minutes: number | null;
  employees: number | null;
  hours: number | null;
  class: TaskClass | null;
  atom: Atom | null;
  classifierClass: TaskClass | null;
  confidence: number | null;
  pa: number | null;
  pd: number | null;
  ps: number | null;
  rationale: string | null;
  cues: string | null;
  overridden: 0 | 1;
}

/** undefined when the role is not in the workspace (a 404 for the page). */
export function getRoleTasks(db: Db, workspaceId: number, roleId: number): RoleTasksView | undefined {
  const k = kThresholdOf(db, workspaceId);
  const [role] = loadRoleFigures(db, workspaceId, {}, k, roleId);
  if (!role) return undefined;
  const rows = db.all<TaskRow>(sql`
    WITH ids AS (
      SELECT text_id FROM role_task_hours WHERE role_id = ${roleId}
      UNION SELECT text_id FROM task_statements WHERE role_id = ${roleId}
    )
    SELECT t.id AS textId, t.norm AS norm, t.text AS text, s.position AS position,
           a.source AS source, a.minutes AS minutes, a.employees AS employees, a.hours AS hours,
           t.class AS classifierClass, t.confidence AS confidence,
           t.p_automatable AS pa, t.p_democratized AS pd, t.p_specialized AS ps, t.rationale AS rationale, t.cues AS cues,
           ${EFFECTIVE_COLUMNS}
    FROM ids
    JOIN task_texts t ON t.id = ids.text_id
    LEFT JOIN ${annualTaskHours(workspaceId, { roleId })} a ON a.text_id = t.id
    LEFT JOIN (SELECT text_id, MIN(position) AS position FROM task_statements WHERE role_id = ${roleId} GROUP BY text_id) s
      ON s.text_id = t.id
    LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm`);
  const tasks = rows.map((row): RoleTask => {
    const logged = row.source === "logs";
    const suppressed = logged && (role.timeSuppressed || isTimeSuppressed(row.employees ?? 0, k));
    return {
      textId: row.textId,
      norm: row.norm,
      text: row.text,
      statementPosition: row.position,
      logged,
      class: row.class,
      atom: row.atom,
      confidence: row.confidence,
      probabilities: row.pa !== null && row.pd !== null && row.ps !== null ? { automatable: row.pa, democratized: row.pd, specialized: row.ps } : null,
      rationale: row.rationale,
      cues: row.cues ? (JSON.parse(row.cues) as Cue[]) : [],
      overridden: Boolean(row.overridden),
      classifierClass: row.classifierClass,
      hours: suppressed ? null : (row.hours ?? 0),
      loggedHours: logged && !suppressed ? row.minutes! / 60 : null,
      suppressed,
    };
  });
  const group = (t: RoleTask) => (t.suppressed ? 1 : t.hours! > 0 ? 0 : 2);
  tasks.sort(
    (a, b) =>
      group(a) - group(b) ||
      (b.hours ?? 0) - (a.hours ?? 0) ||
      (a.statementPosition ?? Infinity) - (b.statementPosition ?? Infinity) ||
      a.text.localeCompare(b.text),
  );
  return {
    role: {
      roleId: role.roleId,
      title: role.title,
      department: role.department,
      level: role.level,
      levelLabel: role.levelLabel,
      location: role.location,
      headcount: role.headcount,
      weighting: role.weighting,
      timeSuppressed: role.timeSuppressed,
    },
    tasks,
  };
}

export interface RoleRedesignView {
  role: RoleTasksView["role"];
  /** Suppressed when the role's logs come from fewer than k employees. */
  redesign: Guarded<{
    card: RedesignCard;
    capabilities: CapabilityNeed[];
  }>;
}

/**
 * The redesign card and capabilities, from the same task list as the role page. A task whose
 * own hours are suppressed is listed with hours null; the card's section totals are role-level
 * figures and include it.
 */
export function getRoleRedesign(db: Db, workspaceId: number, roleId: number): RoleRedesignView | undefined {
  const view = getRoleTasks(db, workspaceId, roleId);
  if (!view) return undefined;
  // Hours again without suppression, for the section totals (role-level figures).
  const hoursByText = new Map(
    db
      .all<{ textId: number; hours: number }>(sql`SELECT text_id AS textId, hours FROM ${annualTaskHours(workspaceId, { roleId })} a`)
      .map((r) => [r.textId, r.hours]),
  );
  return {
    role: view.role,
    redesign: guard(view.role.timeSuppressed, () => {
      const classified = view.tasks.filter((t) => t.class !== null && t.atom !== null && (hoursByText.get(t.textId) ?? 0) > 0);
      const cardTasks = classified.map((t) => ({
        textId: t.textId,
        text: t.text,
        class: t.class!,
        atom: t.atom!,
        hours: hoursByText.get(t.textId)!,
        cues: t.cues,
        suppressed: t.suppressed,
      }));
      return { card: redesignCard(cardTasks), capabilities: capabilityNeeds(cardTasks) };
    }),
  };
}
