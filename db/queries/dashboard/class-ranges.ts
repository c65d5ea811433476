/**
 * Uncertainty ranges of the class shares (issue 11 §2): per group (the whole selection, a
 * department, a level, a location) or one role, the expected share of each class from the
 * calibrated probabilities and a 90% interval (app/analyzer/share-range.ts). A person's
 * override is certain (probability 1). Texts classified before probabilities were stored count
 * with their confidence on their class and the rest shared. Reads the per-role task hours,
 * never the task log. The caller applies the same k-threshold guard as the shares it sits beside.
 */
import { sql, type SQL } from "drizzle-orm";
import { classShareRanges, type ClassShareRanges } from "../../../app/analyzer/share-range";
import { probabilitiesOf, type ClassProbabilities, type TaskClass } from "../../../app/analyzer/taxonomy";
import { currentOverrides } from "../../pipeline/effective-classification";
import type { Db } from "../../connection";
import { annualTaskHours } from "../annual-task-hours";
import type { DashboardFilter } from "./filter";
import { groupKeySql, type GroupBy, type GroupKey } from "./role-figures";

interface Row {
  key: GroupKey;
  hours: number;
  overrideClass: TaskClass | null;
  class: TaskClass | null;
  confidence: number | null;
  pa: number | null;
  pd: number | null;
  ps: number | null;
}

function probabilitiesOfRow(r: Row): ClassProbabilities | null {
  if (r.overrideClass) return probabilitiesOf(r.overrideClass, 1);
  if (r.pa !== null && r.pd !== null && r.ps !== null) return { automatable: r.pa, democratized: r.pd, specialized: r.ps };
  return r.class ? probabilitiesOf(r.class, r.confidence ?? 1) : null;
}

function rangesBy(db: Db, workspaceId: number, scope: { filter?: DashboardFilter; roleId?: number }, key: SQL): Map<GroupKey, ClassShareRanges> {
  const rows = db.all<Row>(sql`
    SELECT ${key} AS key, SUM(a.hours) AS hours, co.override_class AS overrideClass, t.class AS class,
           t.confidence AS confidence, t.p_automatable AS pa, t.p_democratized AS pd, t.p_specialized AS ps
    FROM ${annualTaskHours(workspaceId, scope)} a
    JOIN roles r ON r.id = a.role_id
    JOIN task_texts t ON t.id = a.text_id
    LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm
    GROUP BY 1, a.text_id`);
  const byKey = new Map<GroupKey, { hours: number; probabilities: ClassProbabilities }[]>();
  for (const r of rows) {
    const probabilities = probabilitiesOfRow(r);
    if (probabilities === null) continue;
    const list = byKey.get(r.key) ?? [];
    list.push({ hours: r.hours, probabilities });
    byKey.set(r.key, list);
  }
  const out = new Map<GroupKey, ClassShareRanges>();
  for (const [key, tasks] of byKey) {
    const ranges = classShareRanges(tasks);
    if (ranges) out.set(key, ranges);
  }
  return out;
}

/** The whole selection's ranges, or null when nothing is analysed. */
export function getOrganizationClassRanges(db: Db, workspaceId: number, filter: DashboardFilter): ClassShareRanges | null {
  return rangesBy(db, workspaceId, { filter }, groupKeySql(null)).get(null) ?? null;
}

/** Ranges per department (or level, or location) of the selection. */
export function listGroupClassRanges(db: Db, workspaceId: number, filter: DashboardFilter, by: GroupBy): Map<GroupKey, ClassShareRanges> {
  return rangesBy(db, workspaceId, { filter }, groupKeySql(by));
}

/** One role's ranges, or null when it has no analysed time. */
export function getRoleClassRanges(db: Db, workspaceId: number, roleId: number): ClassShareRanges | null {
  return rangesBy(db, workspaceId, { roleId }, groupKeySql(null)).get(null) ?? null;
}

/** Ranges per role id of the selection, in one query (roles.csv); a role without analysed time has none. */
export function listRoleClassRanges(db: Db, workspaceId: number, filter: DashboardFilter): Map<number, ClassShareRanges> {
  return rangesBy(db, workspaceId, { filter }, sql.raw("r.id")) as Map<number, ClassShareRanges>;
}
