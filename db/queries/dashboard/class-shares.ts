/**
 * Hours and shares by class (and atom) for the organization and for its departments, levels
 * or locations: the stacked bars of the overview. Roles weigh by their annualized hours.
 */
import { sql } from "drizzle-orm";
import { guard, isTimeSuppressed, type Guarded } from "../../../app/analyzer/privacy";
import { rollupGroups, type HoursSummary } from "../../../app/analyzer/rollup";
import type { Db } from "../../connection";
import { kThresholdOf } from "../workspace-k";
import { roleConditions, type DashboardFilter } from "./filter";
import { distinctLogEmployees, groupCells, groupKeySql, type GroupBy, type GroupKey } from "./role-figures";

export type ClassShareFigures = HoursSummary;

export type GroupClassShares<K extends GroupKey = GroupKey> = {
  key: K;
  /** Roles selected in the group, analysed or not. */
  roles: number;
  headcount: number;
} & Guarded<ClassShareFigures>;

function groupRoles(db: Db, workspaceId: number, filter: DashboardFilter, by: GroupBy | null) {
  const key = groupKeySql(by);
  return db.all<{ key: GroupKey; roles: number; headcount: number }>(sql`
    SELECT ${key} AS key, COUNT(*) AS roles, SUM(r.headcount) AS headcount
    FROM roles r WHERE ${roleConditions(workspaceId, filter)} GROUP BY 1 ORDER BY 1`);
}

function classShares(db: Db, workspaceId: number, filter: DashboardFilter, by: GroupBy | null): GroupClassShares[] {
  const k = kThresholdOf(db, workspaceId);
  const summaries = rollupGroups(groupCells(db, workspaceId, filter, by));
  const logEmployees = distinctLogEmployees(db, workspaceId, filter, by);
  return groupRoles(db, workspaceId, filter, by).map((g) => ({
    key: g.key,
    roles: g.roles,
    headcount: g.headcount,
    ...guard(isTimeSuppressed(logEmployees.get(g.key) ?? 0, k), () => summaries.get(g.key) ?? emptySummary()),
  }));
}

function emptySummary(): HoursSummary {
  return {
    hours: 0,
    classHours: { automatable: 0, democratized: 0, specialized: 0 },
    classShares: null,
    atoms: [],
    atomization: null,
  };
}

/** The whole selection as one bar. Shares are null when nothing has been analysed. */
export function getOrganizationClassShares(db: Db, workspaceId: number, filter: DashboardFilter): GroupClassShares<null> {
  const [all] = classShares(db, workspaceId, filter, null);
  return (all ?? { key: null, roles: 0, headcount: 0, suppressed: false, figures: emptySummary() }) as GroupClassShares<null>;
}

/** One entry per department (or level, or location) in the selection, in order of the key. */
export function listGroupClassShares(db: Db, workspaceId: number, filter: DashboardFilter, by: GroupBy): GroupClassShares[] {
  return classShares(db, workspaceId, filter, by);
}
