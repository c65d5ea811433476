/**
 * roles.csv and departments.csv: the dashboards' per-role and per-department figures for the
 * filter in the URL, from the same query functions the pages use, so a file agrees with the
 * page it was downloaded from. A figure below the k-threshold reads "fewer than k people".
 */
import { HOURS_PER_FTE_YEAR, type ClassHours } from "../analyzer/class-hours";
import { TASK_CLASSES } from "../analyzer/taxonomy";
import type { Db } from "../../db/connection";
import type { ClassShareRanges } from "../analyzer/share-range";
import {
  getOrganizationClassRanges,
  getOrganizationClassShares,
  listGroupClassRanges,
  listGroupClassShares,
  listRoleClassRanges,
  listRoleSummaries,
  type DashboardFilter,
} from "../../db/queries/dashboard";
import { roleKeysById } from "../../db/queries/role-keys";
import { LEVEL_LABELS } from "../../importers/levels";
import { guardedCells as cells, round, type CsvTable } from "./csv-table";

const perClass = (suffix: string) => TASK_CLASSES.map((c) => `${c}_${suffix}`);

const WEIGHTING = { logs: "task logs", statements: "job description" } as const;

const hoursCells = (h: ClassHours) => TASK_CLASSES.map((c) => round(h[c], 1));
const shareCells = (s: ClassHours | null) => TASK_CLASSES.map((c) => (s ? round(s[c], 4) : null));

// Each share's uncertainty (decision 103): expected share and 90% range, under the share's own guard.
const rangeHeader = TASK_CLASSES.flatMap((c) => [`${c}_expected_share`, `${c}_share_low_90`, `${c}_share_high_90`]);
const rangeCells = (r: ClassShareRanges | null | undefined) =>
  TASK_CLASSES.flatMap((c) => (r ? [round(r[c].expected, 4), round(r[c].low, 4), round(r[c].high, 4)] : [null, null, null]));

export function rolesCsv(db: Db, workspaceId: number, filter: DashboardFilter, k: number): CsvTable {
  const keys = roleKeysById(db, workspaceId);
  const ranges = listRoleClassRanges(db, workspaceId, filter);
  const timeHeader = ["annual_hours", ...perClass("hours"), ...perClass("share"), ...perClass("fte"), "atomization", "logged_hours", "people_logging", ...rangeHeader];
  const costHeader = ["annual_cost_per_fte", "annual_cost"];
  return {
    header: ["role_id", "title", "department", "level", "level_as_written", "location", "headcount", "weighting", ...timeHeader, ...costHeader],
    rows: listRoleSummaries(db, workspaceId, filter).map((r) => [
      keys.get(r.roleId) ?? null,
      r.title,
      r.department,
      LEVEL_LABELS[r.level] ?? r.level,
      r.levelLabel,
      r.location,
      r.headcount,
      r.weighting ? WEIGHTING[r.weighting] : "not analysed",
      ...cells(r.time, timeHeader.length, k, (t) => [
        round(t.hours, 1),
        ...hoursCells(t.classHours),
        ...shareCells(t.classShares),
        ...TASK_CLASSES.map((c) => round(t.classHours[c] / HOURS_PER_FTE_YEAR, 2)),
        t.atomization === null ? null : round(t.atomization, 4),
        t.loggedHours === null ? null : round(t.loggedHours, 1),
        t.employees,
        ...rangeCells(ranges.get(r.roleId)),
      ]),
      ...cells(r.cost, costHeader.length, k, (c) => [round(c.annualCostPerFte, 0), round(c.annualCost, 0)]),
    ]),
  };
}

export function departmentsCsv(db: Db, workspaceId: number, filter: DashboardFilter, k: number): CsvTable {
  const figuresHeader = ["annual_hours", ...perClass("hours"), ...perClass("share"), "atomization", ...rangeHeader];
  const departmentRanges = listGroupClassRanges(db, workspaceId, filter, "department");
  const row = (
    scope: string,
    department: string | null,
    g: ReturnType<typeof getOrganizationClassShares> | ReturnType<typeof listGroupClassShares>[number],
    ranges: () => ClassShareRanges | null | undefined,
  ) => [
    scope,
    department,
    g.roles,
    g.headcount,
    ...cells(g, figuresHeader.length, k, (f) => [
      round(f.hours, 1),
      ...hoursCells(f.classHours),
      ...shareCells(f.classShares),
      f.atomization === null ? null : round(f.atomization, 4),
      ...rangeCells(ranges()),
    ]),
  ];
  return {
    header: ["scope", "department", "roles", "headcount", ...figuresHeader],
    rows: [
      row("all selected roles", null, getOrganizationClassShares(db, workspaceId, filter), () => getOrganizationClassRanges(db, workspaceId, filter)),
      ...listGroupClassShares(db, workspaceId, filter, "department").map((d) => row("department", String(d.key), d, () => departmentRanges.get(d.key))),
    ],
  };
}
