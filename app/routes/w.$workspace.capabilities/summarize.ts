/**
 * The Capabilities page's long lists, cut to what a person reads (decision 154): the largest
 * departments by headcount (one set for every department table and chart, so they line up),
 * the roles with the most respondents or logged hours, and the first rows of "where to train
 * first". `?show=departments` and `?show=roles` list up to SHOW_ALL_CAP. Pure.
 */
import type { AdoptionRow } from "../../analyzer/adoption";
import type { ReadinessView, SupplyRow } from "../../analyzer/readiness";
import { summarize, type Summary } from "../../dashboard/paging";
import type { getToolEvidence } from "../../../db/queries/tool-adoption";

type Evidence = ReturnType<typeof getToolEvidence>;

export const CAPABILITY_LISTS = ["departments", "roles"] as const;
export type CapabilityList = (typeof CAPABILITY_LISTS)[number];
/** Rows of "where to train first", and roles named in each. */
export const TRAIN_FIRST_ROWS = 15;
export const TRAIN_FIRST_ROLES = 4;

export type ListCount = Pick<Summary<unknown>, "total" | "isAll" | "hidden"> & { shown: number };
const countOf = <T>(s: Summary<T>): ListCount => ({ total: s.total, isAll: s.isAll, hidden: s.hidden, shown: s.rows.length });

/** The rows of `rows` whose key is in `keys`, in their own order. */
const keep = <T extends { key: string }>(rows: readonly T[], keys: ReadonlySet<string>) => rows.filter((r) => keys.has(r.key));

export function summarizeCapabilities(readiness: ReadinessView, evidence: Evidence, show: ReadonlySet<CapabilityList>) {
  // Departments: by headcount (the survey's denominator), whether or not anyone answered.
  const departmentKeys = new Set(
    [...readiness.byDepartment, ...evidence.byDepartment.filter((e) => !readiness.byDepartment.some((d) => d.key === e.key))]
      .map((d) => ({ key: d.key, size: "headcount" in d ? d.headcount : (d.loggedHours ?? 0) }))
      .sort((a, b) => b.size - a.size)
      .map((d) => d.key),
  );
  const departments = summarize([...departmentKeys], show.has("departments"));
  const keptDepartments = new Set(departments.rows);
  const byRespondents = (a: SupplyRow, b: SupplyRow) => (b.respondents ?? 0) - (a.respondents ?? 0) || b.headcount - a.headcount;
  const byHours = (a: AdoptionRow, b: AdoptionRow) => (b.loggedHours ?? -1) - (a.loggedHours ?? -1);
  const supplyRoles = summarize([...readiness.byRole].sort(byRespondents), show.has("roles"));
  const logRoles = summarize([...evidence.byRole].sort(byHours), show.has("roles"));
  return {
    readiness: {
      ...readiness,
      byDepartment: keep(readiness.byDepartment, keptDepartments),
      demandByDepartment: keep(readiness.demandByDepartment, keptDepartments),
      gapByDepartment: keep(readiness.gapByDepartment, keptDepartments),
      aiUse: keep(readiness.aiUse, keptDepartments),
      byRole: supplyRoles.rows,
      trainFirst: readiness.trainFirst.slice(0, TRAIN_FIRST_ROWS).map((t) => ({ ...t, roles: t.roles.slice(0, TRAIN_FIRST_ROLES), roleCount: t.roles.length })),
    },
    evidence: { ...evidence, byDepartment: keep(evidence.byDepartment, keptDepartments), byRole: logRoles.rows },
    lists: { departments: countOf(departments), supplyRoles: countOf(supplyRoles), logRoles: countOf(logRoles) },
  };
}
