/**
 * Uncertainty ranges of the class shares (issue 11 §2): per group (the whole selection, a
 * department, a level, a location) or one role, the expected share of each class from the
 * calibrated probabilities and a 90% interval (app/analyzer/share-range.ts). A person's
 * override is certain (probability 1). Texts classified before probabilities were stored count
 * with their confidence on their class and the rest shared. The whole workspace's and each
 * department's come from the sums the pipeline stores (decision 178); other selections and roles
 * read the per-role task hours, never the task log. The caller applies the same k-threshold
 * guard as the shares it sits beside.
 */
import { sql, type SQL } from "drizzle-orm";
import {
  classRangeSums,
  classShareRanges,
  rangesFromSums,
  type ClassRangeSums,
  type ClassShareRanges,
  type WeightedProbabilities,
} from "../../../app/analyzer/share-range";
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

interface Task extends WeightedProbabilities {
  textId: number;
}

function probabilitiesOfRow(r: Row): ClassProbabilities | null {
  if (r.overrideClass) return probabilitiesOf(r.overrideClass, 1);
  if (r.pa !== null && r.pd !== null && r.ps !== null) return { automatable: r.pa, democratized: r.pd, specialized: r.ps };
  return r.class ? probabilitiesOf(r.class, r.confidence ?? 1) : null;
}

/**
 * Each group's tasks: per distinct text, its hours in the group and its probabilities. The hours
 * are added up per group and text before the join, so each task_texts row is read once per
 * group, in id order, instead of once per (role, text) in the order of the hours (decision 178).
 */
function tasksBy(db: Db, workspaceId: number, scope: { filter?: DashboardFilter; roleId?: number }, key: SQL): Map<GroupKey, Task[]> {
  const rows = db.all<Row & { textId: number }>(sql`
    SELECT g.key AS key, g.text_id AS textId, g.hours AS hours, co.override_class AS overrideClass, t.class AS class,
           t.confidence AS confidence, t.p_automatable AS pa, t.p_democratized AS pd, t.p_specialized AS ps
    FROM (
      SELECT ${key} AS key, a.text_id AS text_id, SUM(a.hours) AS hours
      FROM ${annualTaskHours(workspaceId, scope)} a
      JOIN roles r ON r.id = a.role_id
      GROUP BY 1, 2
    ) g
    JOIN task_texts t ON t.id = g.text_id
    LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm`);
  const byKey = new Map<GroupKey, Task[]>();
  for (const r of rows) {
    const probabilities = probabilitiesOfRow(r);
    if (probabilities === null) continue;
    const list = byKey.get(r.key) ?? [];
    list.push({ textId: r.textId, hours: r.hours, probabilities });
    byKey.set(r.key, list);
  }
  return byKey;
}

function rangesBy(db: Db, workspaceId: number, scope: { filter?: DashboardFilter; roleId?: number }, key: SQL): Map<GroupKey, ClassShareRanges> {
  const out = new Map<GroupKey, ClassShareRanges>();
  for (const [k, tasks] of tasksBy(db, workspaceId, scope, key)) {
    const ranges = classShareRanges(tasks);
    if (ranges) out.set(k, ranges);
  }
  return out;
}

/**
 * The sums the pipeline stores (db/pipeline/class-range-sums.ts), computed from the task hours
 * and probabilities: the whole workspace's, and each department's, in one read. A text's hours
 * in the workspace are its hours in every department.
 */
export function computeClassRangeSums(db: Db, workspaceId: number): { workspace: ClassRangeSums; departments: Map<string, ClassRangeSums> } {
  const byText = new Map<number, WeightedProbabilities>();
  const departments = new Map<string, ClassRangeSums>();
  for (const [department, tasks] of tasksBy(db, workspaceId, { filter: {} }, groupKeySql("department"))) {
    departments.set(department as string, classRangeSums(tasks));
    for (const t of tasks) {
      const seen = byText.get(t.textId);
      if (seen) seen.hours += t.hours;
      else byText.set(t.textId, { hours: t.hours, probabilities: t.probabilities });
    }
  }
  return { workspace: classRangeSums([...byText.values()]), departments };
}

/**
 * The stored sums of the whole workspace (under null) and of the departments asked for ("all",
 * or a list), in department order; undefined when the workspace has none stored yet (a database
 * from before they were, until a process opens it with migrations: db/pipeline/class-range-sums.ts).
 */
function storedSums(db: Db, workspaceId: number, departments: readonly string[] | "all"): Map<string | null, ClassRangeSums> | undefined {
  const which =
    departments === "all"
      ? sql``
      : departments.length
        ? sql` AND (department IS NULL OR department IN (${sql.join(
            departments.map((d) => sql`${d}`),
            sql`, `,
          )}))`
        : sql` AND department IS NULL`;
  const rows = db.all<StoredRow>(sql`
    SELECT department, hours, expected_automatable AS ea, expected_democratized AS ed, expected_specialized AS es,
           variance_automatable AS va, variance_democratized AS vd, variance_specialized AS vs
    FROM class_range_sums
    WHERE workspace_id = ${workspaceId}${which}
    ORDER BY department`);
  if (!rows.some((r) => r.department === null)) return undefined;
  return new Map(
    rows.map((r) => [
      r.department,
      {
        hours: r.hours,
        expectedHours: { automatable: r.ea, democratized: r.ed, specialized: r.es },
        variance: { automatable: r.va, democratized: r.vd, specialized: r.vs },
      },
    ]),
  );
}

interface StoredRow {
  department: string | null;
  hours: number;
  ea: number;
  ed: number;
  es: number;
  va: number;
  vd: number;
  vs: number;
}

/**
 * Only departments are chosen (none, or some): the stored sums can answer per department. Any
 * other filter, including one added later, selects roles the sums know nothing about.
 */
function departmentsOnly(filter: DashboardFilter): { departments: readonly string[] | null } | null {
  const others = Object.entries(filter).filter(([key]) => key !== "department");
  if (others.some(([, values]) => (values as readonly unknown[] | undefined)?.length)) return null;
  return { departments: filter.department?.length ? filter.department : null };
}

/**
 * The whole selection's ranges, or null when nothing is analysed. Read from the stored sums for
 * the whole workspace or one department (the Overview's first render after an import: a few
 * rows instead of every task's probabilities); any other filter reads the task hours, since a
 * text's variance does not add up across groups that share it.
 */
export function getOrganizationClassRanges(db: Db, workspaceId: number, filter: DashboardFilter): ClassShareRanges | null {
  const only = departmentsOnly(filter);
  if (only && (only.departments === null || only.departments.length === 1)) {
    const stored = storedSums(db, workspaceId, only.departments ?? []);
    if (stored) {
      const sums = stored.get(only.departments === null ? null : only.departments[0]);
      return sums ? rangesFromSums(sums) : null;
    }
  }
  return rangesBy(db, workspaceId, { filter }, groupKeySql(null)).get(null) ?? null;
}

/** Ranges per department (or level, or location) of the selection; per department from the stored sums when only departments are filtered. */
export function listGroupClassRanges(db: Db, workspaceId: number, filter: DashboardFilter, by: GroupBy): Map<GroupKey, ClassShareRanges> {
  const only = departmentsOnly(filter);
  if (by === "department" && only) {
    const stored = storedSums(db, workspaceId, only.departments ?? "all");
    if (stored) {
      // Departments in SQLite's order, as the GROUP BY of the task-hours read gives them.
      const out = new Map<GroupKey, ClassShareRanges>();
      for (const [department, sums] of stored) {
        if (department === null) continue;
        const ranges = rangesFromSums(sums);
        if (ranges) out.set(department, ranges);
      }
      return out;
    }
  }
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
