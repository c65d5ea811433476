/**
 * The redesign page's view model for the scenario in the URL (`?adoption=50&elasticity=0.5`):
 * roles ranked by the hours that change, departments with their projected headcount
 * H × (1 − s·a)^(1 − ε), selection totals, and the quadrant's points. All figures come from
 * `getRedesignScenario`, the query the overview's "biggest opportunities" also reads.
 */
import { data } from "@remix-run/node";
import { getRedesignScenario, listGroupClassRanges, type RedesignView } from "../../../db/queries/dashboard";
import type { ProjectionRow, QuadrantPoint } from "../../charts";
import { cachedFigures, type DashboardContext } from "../../dashboard/dashboard.server";
import { filterQuery } from "../../dashboard/filter";
import { pageSlice, parsePage } from "../../components/paging";
import { PAGE_SIZE, parseShowAll, summarize } from "../../dashboard/paging";
import { parseScenarioParams } from "../../dashboard/scenario-params";
import type { ScenarioParams } from "../../analyzer/scenario";
import { getMeasuredAdoption } from "../../../db/queries/tool-adoption";

export interface OpportunityRow {
  /** 1 = most hours change; null for roles whose figures are hidden. */
  rank: number | null;
  roleId: number;
  title: string;
  department: string;
  level: number;
  headcount: number;
  href: string;
  /** null: fewer than k people logged in the role. */
  time: {
    isAnalysed: boolean;
    freedHours: number;
    freedFte: number;
    movableHours: number;
    specializedHours: number;
    automatableShare: number | null;
    specializedShare: number | null;
  } | null;
  /** null: hidden (headcount below k, or its time is hidden). Inner nulls: not known. */
  cost: { costFreed: number | null; receivingLevel: number | null; costGapPerFte: number | null; costShift: number | null } | null;
}

type DepartmentFigures = NonNullable<RedesignView["departments"][number]["figures"]>;

export function loadRedesign(ctx: DashboardContext) {
  const { shell, url } = ctx;
  const parsed = parseScenarioParams(url.searchParams);
  if (!parsed.ok) throw data({ message: `This link's scenario is not valid: ${parsed.message}.` }, { status: 400 });
  const { scenario } = parsed;
  // The roles table and the quadrant show one page of the ranking; the department table its
  // largest departments unless `?show=departments` (decision 154). redesign.csv has every role.
  const page = parsePage(url.searchParams);
  if (!page.ok) throw data({ message: `This link is not valid: ${page.message}.` }, { status: 400 });
  const show = parseShowAll(url.searchParams, ["departments"] as const);
  if (!show.ok) throw data({ message: `This link is not valid: ${show.message}.` }, { status: 400 });
  // Every page of the table reads the same figures: computed once per filter and scenario.
  const { view, ranges, measuredAdoption } = cachedFigures<RedesignFigures>(ctx, "redesign", () => redesignFigures(ctx, scenario.params));
  const keep = filterQuery(url.searchParams);
  const roleHref = (roleId: number) => `/w/${shell.workspace.slug}/roles/${roleId}${keep}`;

  const allRoles = view.roles.map((r, i): OpportunityRow => {
    const t = r.time.figures;
    return {
      rank: r.time.suppressed ? null : i + 1,
      roleId: r.roleId,
      title: r.title,
      department: r.department,
      level: r.level,
      headcount: r.headcount,
      href: roleHref(r.roleId),
      time: t && {
        isAnalysed: t.classShares !== null,
        freedHours: t.freedHours,
        freedFte: t.freedFte,
        movableHours: t.movableHours,
        specializedHours: t.specializedHours,
        automatableShare: t.classShares?.automatable ?? null,
        specializedShare: t.classShares?.specialized ?? null,
      },
      cost: r.cost.figures,
    };
  });

  const shown = view.departments.flatMap((d) => (d.figures ? [d.figures] : []));
  const { rows: roles, info: rolesPage } = pageSlice(allRoles, page.page, PAGE_SIZE);
  const departments = summarizeDepartments(view.departments, show.value.has("departments"));
  return {
    shell,
    scenario: { adoptionPercent: scenario.adoptionPercent, elasticity: scenario.elasticity },
    measuredAdoption,
    formula: view.formula,
    assumptions: view.assumptions,
    elasticityNote: view.elasticityNote,
    roles,
    rolesPage,
    // The automatable share's 90% range (decision 103), only where the figures pass the k guard.
    departments: departments.rows.map((d) => ({
      department: d.department,
      figures: d.figures,
      automatableRange: d.figures ? (ranges.get(d.department)?.automatable ?? null) : null,
    })),
    departmentsShown: { total: departments.total, isAll: departments.isAll, hidden: departments.hidden },
    hiddenDepartments: view.departments.filter((d) => d.suppressed).map((d) => d.department),
    totals: selectionTotals(shown),
    // The summary row sums every department; the rows are the same departments as the table's.
    projection: projectionRows(view.departments, new Set(departments.rows.map((d) => d.department))),
    points: roles.flatMap((r): QuadrantPoint[] =>
      r.time && !r.time.isAnalysed
        ? []
        : [
            {
              key: String(r.roleId),
              label: r.title,
              department: r.department,
              automatableShare: r.time?.automatableShare ?? 0,
              specializedShare: r.time?.specializedShare ?? 0,
              headcount: r.headcount,
              href: r.href,
              suppressed: r.time === null,
            },
          ],
    ),
  };
}

export type RedesignPageView = ReturnType<typeof loadRedesign>;

interface RedesignFigures {
  view: RedesignView;
  ranges: ReturnType<typeof listGroupClassRanges>;
  measuredAdoption: ReturnType<typeof getMeasuredAdoption>;
}

function redesignFigures({ db, access, filter, shell }: DashboardContext, params: ScenarioParams): RedesignFigures {
  return {
    view: getRedesignScenario(db, access.workspace.id, filter, params),
    ranges: listGroupClassRanges(db, access.workspace.id, filter, "department"),
    // The task logs' own answer to "how much AI use is there today?", offered as a starting point.
    measuredAdoption: getMeasuredAdoption(db, access.workspace.id, filter, shell.kThreshold),
  };
}

/**
 * The departments the table and the projection list: all of them when there are few or when
 * "show all" was asked for, otherwise the largest by headcount today, in the query's order.
 */
export function summarizeDepartments<D extends RedesignView["departments"][number]>(departments: readonly D[], isAll: boolean) {
  const size = (d: D) => (d.figures ? d.figures.currentHeadcount : 0);
  const summary = summarize([...departments].sort((a, b) => size(b) - size(a)), isAll);
  const kept = new Set(summary.rows);
  return { ...summary, rows: departments.filter((d) => kept.has(d)) };
}

/** Sums over the departments whose figures are shown; hidden departments add nothing. */
export function selectionTotals(departments: readonly DepartmentFigures[]) {
  const sum = (pick: (d: DepartmentFigures) => number) => departments.reduce((total, d) => total + pick(d), 0);
  const costed = departments.filter((d) => d.costFreed !== null);
  const headcount = sum((d) => d.currentHeadcount);
  return {
    freedHours: sum((d) => d.freedHours),
    freedFte: sum((d) => d.freedFte),
    movableHours: sum((d) => d.movableHours),
    specializedHours: sum((d) => d.specializedHours),
    costFreed: costed.length ? costed.reduce((total, d) => total + d.costFreed!, 0) : null,
    /** Share of the shown headcount whose cost is known and shown. */
    costCoverage: headcount > 0 ? sum((d) => d.costCoverage * (d.currentHeadcount)) / headcount : 0,
  };
}

/**
 * One row per department for the projection chart, today's headcount (analysed roles plus
 * the roles carried over unchanged) against the projection, and a summary row over the
 * departments shown. A department without a finite projection is left to the table's note.
 */
export function projectionRows(departments: RedesignView["departments"], listed?: ReadonlySet<string>): ProjectionRow[] {
  const all: ProjectionRow[] = departments.flatMap((d): ProjectionRow[] => {
    if (d.suppressed) return [{ key: d.department, label: d.department, current: 0, projected: 0, suppressed: true }];
    const f = d.figures;
    if (f.projectedHeadcount === null) return [];
    return [{ key: d.department, label: d.department, current: f.currentHeadcount, projected: f.projectedHeadcount }];
  });
  const rows = listed ? all.filter((r) => listed.has(r.key)) : all;
  const plotted = all.filter((r) => !r.suppressed);
  if (plotted.length < 2) return rows;
  const isPartial = plotted.length < departments.length;
  const summary: ProjectionRow = {
    key: "\u0000summary",
    label: isPartial ? "Departments shown" : "All departments",
    current: plotted.reduce((sum, r) => sum + r.current, 0),
    projected: plotted.reduce((sum, r) => sum + r.projected, 0),
    isSummary: true,
  };
  return [summary, ...rows];
}
