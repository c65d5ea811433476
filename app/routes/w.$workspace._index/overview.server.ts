/**
 * The overview's view model: headline figures, class shares for the organization and each
 * department, the three biggest redesign opportunities at the default scenario, and the
 * seniority compression figure (on knowledge work, in plain words). Every number comes from the same query module as the page
 * that shows it in detail, so the pages agree.
 */
import { DEFAULT_SCENARIO } from "../../analyzer/scenario";
import {
  getOrganizationClassRanges,
  getOrganizationClassShares,
  getRedesignScenario,
  getSeniorityCompression,
  OUTSIDE_KNOWLEDGE_WORK,
  getWorkspaceSummary,
  listGroupClassShares,
} from "../../../db/queries/dashboard";
import { data } from "@remix-run/node";
import { cachedFigures, type DashboardContext } from "../../dashboard/dashboard.server";
import { parseShowAll, summarize } from "../../dashboard/paging";
import { describeCompressionPlainly } from "../../report/plain-seniority";

/** The overview's queries: shared by the URLs that differ only in `?show=` (decision 154). */
function overviewFigures({ db, access, filter }: DashboardContext) {
  const ws = access.workspace.id;
  const organization = getOrganizationClassShares(db, ws, filter);
  return {
    summary: getWorkspaceSummary(db, ws, filter),
    organization,
    // Under the same k-threshold guard as the shares themselves.
    organizationRanges: organization.suppressed ? null : getOrganizationClassRanges(db, ws, filter),
    allDepartments: listGroupClassShares(db, ws, filter, "department"),
    redesign: getRedesignScenario(db, ws, filter, DEFAULT_SCENARIO),
    // The headline is on knowledge work: entry-level field work is specialized because it needs a
    // person present, which would make the index measure hands-on work (decision 131).
    seniority: getSeniorityCompression(db, ws, filter, { excludeAtoms: OUTSIDE_KNOWLEDGE_WORK }),
  };
}

export function loadOverview(ctx: DashboardContext) {
  const { shell, url } = ctx;
  const show = parseShowAll(url.searchParams, ["departments"] as const);
  if (!show.ok) throw data({ message: `This link is not valid: ${show.message}.` }, { status: 400 });
  const { summary, organization, organizationRanges, allDepartments, redesign, seniority } = cachedFigures<ReturnType<typeof overviewFigures>>(ctx, "overview", () =>
    overviewFigures(ctx),
  );
  // The chart lists the largest departments by headcount unless all are asked for (decision 154),
  // in the query's order; departments.csv has every one.
  const shownDepartments = summarize([...allDepartments].sort((a, b) => b.headcount - a.headcount), show.value.has("departments"));
  const kept = new Set(shownDepartments.rows);
  const departments = allDepartments.filter((d) => kept.has(d));

  const shareRow = (key: string, label: string, g: (typeof departments)[number], isSummary = false) =>
    g.suppressed
      ? { key, label, hours: { automatable: 0, democratized: 0, specialized: 0 }, suppressed: true, isSummary }
      : { key, label, hours: g.figures.classHours, suppressed: false, isSummary };

  const freed = redesign.departments.reduce(
    (sum, d) => (d.suppressed ? sum : { hours: sum.hours + d.figures.freedHours, fte: sum.fte + d.figures.freedFte }),
    { hours: 0, fte: 0 },
  );

  return {
    shell,
    summary: {
      roles: summary.roles,
      headcount: summary.headcount,
      rolesByWeighting: summary.rolesByWeighting,
      logs: summary.logs,
      analyzedAt: summary.analyzedAt,
    },
    organization: organization.suppressed ? null : organization.figures.classShares,
    organizationSuppressed: organization.suppressed,
    organizationRanges,
    atomization: organization.suppressed ? null : organization.figures.atomization,
    shareRows: [
      shareRow("all", "Whole selection", organization, true),
      ...departments.map((d) => shareRow(String(d.key), String(d.key), d)),
    ],
    departmentsShown: { total: shownDepartments.total, isAll: shownDepartments.isAll, hidden: shownDepartments.hidden, shown: departments.length },
    scenario: DEFAULT_SCENARIO,
    freed,
    topOpportunities: redesign.roles
      .filter((r) => !r.time.suppressed && r.time.figures.changingHours > 0)
      .slice(0, 3)
      .map((r) => ({
        roleId: r.roleId,
        title: r.title,
        department: r.department,
        levelLabel: r.levelLabel,
        headcount: r.headcount,
        freedHours: r.time.suppressed ? 0 : r.time.figures.freedHours,
        freedFte: r.time.suppressed ? 0 : r.time.figures.freedFte,
        movableHours: r.time.suppressed ? 0 : r.time.figures.movableHours,
      })),
    seniority: {
      index: seniority.index,
      plain: describeCompressionPlainly(seniority.index),
      rows: seniority.levels.map((l) => ({
        key: String(l.level),
        level: l.level,
        labels: l.labels,
        suppressed: l.suppressed,
        before: l.suppressed ? 0 : (l.figures.judgmentBefore ?? 0),
        after: l.suppressed ? 0 : (l.figures.judgmentAfter ?? 0),
      })),
    },
  };
}

export type OverviewView = ReturnType<typeof loadOverview>;
