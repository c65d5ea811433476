/**
 * The report's view model: every figure from the query modules the pages read (the overview's
 * class shares, the redesign scenario, the seniority compression on knowledge work, the review
 * queue's totals), shaped once for the web page, the PDF, the deck and the CLI. No SQL here and
 * no figure of its own: a number in the report is the number on the page that shows it in detail.
 */
import type { Db } from "../../db/connection";
import {
  getOrganizationClassShares,
  getRedesignScenario,
  getSeniorityCompression,
  OUTSIDE_KNOWLEDGE_WORK,
  getWorkspaceSummary,
  listGroupClassShares,
  type DashboardFilter,
} from "../../db/queries/dashboard";
import { getReviewQueue } from "../../db/queries/review";
import { countSurveyResponses, getReadiness } from "../../db/queries/survey";
import { getMeasuredAdoption } from "../../db/queries/tool-adoption";
import { CAPABILITY_LABELS, type Capability } from "../analyzer/capabilities";
import { classShares, totalHours } from "../analyzer/class-hours";
import type { ClassShareRow, DumbbellRow, HourBarItem, ProjectionRow, QuadrantPoint } from "../charts";
import { describeCompression } from "../dashboard/describe";
import type { UrlScenario } from "../dashboard/scenario-params";
import { LEVEL_LABELS } from "../../importers/levels";
import { atomRows } from "../routes/w.$workspace.atomization/atomization.server";
import { projectionRows, selectionTotals } from "../routes/w.$workspace.redesign/redesign.server";
import { describeCompressionPlainly, KNOWLEDGE_WORK_NOTE } from "./plain-seniority";
import { reportReadiness } from "./readiness";
import type { ReportCover } from "./cover";
import { buildRoleProfileDoc, type RoleProfileDoc } from "./role-profile.server";
import { executiveSummary, nextActions, type SummaryFigures } from "./summary";

/** Roles the redesign table lists, and role profiles the appendix carries. */
export const REPORT_TOP_ROLES = 10;
export const REPORT_PROFILES = 3;
/**
 * Dots the printed quadrant draws: past a few dozen, dots and labels cover each other on paper.
 * The roles whose work changes most come first; redesign.csv has every role (decision 154).
 */
export const REPORT_QUADRANT_ROLES = 60;
const TOP_ATOMS = 10;

export type Paper = "a4" | "letter";

export interface ReportInput {
  workspace: { id: number; slug: string; name: string };
  filter: DashboardFilter;
  scenario: UrlScenario;
  paper: Paper;
  cover: ReportCover;
  /** The date on the cover and in the running header, YYYY-MM-DD. */
  date: string;
  version: string;
}

const levelName = (level: number) => LEVEL_LABELS[level] ?? `Level ${level}`;

/** "Whole organization", or "Departments: Finance, Sales · Levels: Senior". */
export function describeScope(filter: DashboardFilter): string {
  const parts = [
    filter.department?.length ? `Departments: ${filter.department.join(", ")}` : null,
    filter.level?.length ? `Levels: ${filter.level.map(levelName).join(", ")}` : null,
    filter.location?.length ? `Locations: ${filter.location.join(", ")}` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(" · ") : "Whole organization";
}

export function buildReport(db: Db, input: ReportInput) {
  const { workspace, filter, scenario } = input;
  const ws = workspace.id;
  const summary = getWorkspaceSummary(db, ws, filter);
  const k = summary.kThreshold;
  const organization = getOrganizationClassShares(db, ws, filter);
  const departments = listGroupClassShares(db, ws, filter, "department");
  const levels = listGroupClassShares(db, ws, filter, "level");
  const redesign = getRedesignScenario(db, ws, filter, scenario.params);
  const knowledge = getSeniorityCompression(db, ws, filter, { excludeAtoms: OUTSIDE_KNOWLEDGE_WORK });
  const allWork = getSeniorityCompression(db, ws, filter);
  const review = getReviewQueue(db, ws, { filter, limit: 0 }).totals;

  const shareRow = (key: string, label: string, g: (typeof departments)[number], isSummary = false): ClassShareRow =>
    g.suppressed
      ? { key, label, hours: { automatable: 0, democratized: 0, specialized: 0 }, suppressed: true, isSummary }
      : { key, label, hours: g.figures.classHours, suppressed: false, isSummary };

  const shownDepartments = redesign.departments.flatMap((d) => (d.figures ? [d.figures] : []));
  const totals = selectionTotals(shownDepartments);
  const visibleRoles = redesign.roles.filter((r) => !r.time.suppressed);
  const topRoles = visibleRoles
    .filter((r) => r.time.figures!.changingHours > 0)
    .slice(0, REPORT_TOP_ROLES)
    .map((r, i) => ({
      rank: i + 1,
      roleId: r.roleId,
      title: r.title,
      department: r.department,
      levelName: levelName(r.level),
      headcount: r.headcount,
      freedHours: r.time.figures!.freedHours,
      freedFte: r.time.figures!.freedFte,
      movableHours: r.time.figures!.movableHours,
      specializedHours: r.time.figures!.specializedHours,
      automatableShare: r.time.figures!.classShares?.automatable ?? null,
    }));
  const hiddenRoles = redesign.roles.length - visibleRoles.length;
  const hiddenDepartments = redesign.departments.filter((d) => d.suppressed).length;

  const orgHours = organization.suppressed ? null : organization.figures.hours;
  const time =
    !organization.suppressed && organization.figures.classShares
      ? { hours: organization.figures.hours, shares: organization.figures.classShares }
      : null;

  const profiles = topRoles
    .slice(0, REPORT_PROFILES)
    .flatMap((r) => {
      const doc = buildRoleProfileDoc(db, ws, r.roleId);
      return doc ? [doc] : [];
    });
  const capabilities = trainingCapabilities(profiles);
  // The Capabilities page's figures, same filter and k: suppressed there, absent here.
  const readiness = reportReadiness({
    slug: workspace.slug,
    surveyed: countSurveyResponses(db, ws) > 0,
    readiness: getReadiness(db, ws, filter, k),
    measuredAdoption: getMeasuredAdoption(db, ws, filter, k),
  });

  const summaryFigures: SummaryFigures = {
    kThreshold: k,
    time,
    sharesHidden: organization.suppressed,
    scenario: { adoptionPercent: scenario.adoptionPercent, elasticity: scenario.elasticity },
    freed: { hours: totals.freedHours, fte: totals.freedFte, costFreed: totals.costFreed, costCoverage: totals.costCoverage },
    topRoles,
    departments: redesign.departments.map((d) => ({
      name: d.department,
      figures: d.figures && {
        current: d.figures.currentHeadcount,
        projected: d.figures.projectedHeadcount,
        freedHours: d.figures.freedHours,
        movableHours: d.figures.movableHours,
      },
    })),
    compression: knowledge.index,
    data: {
      roles: summary.roles,
      rolesWithLogs: summary.rolesByWeighting.logs,
      rolesWithStatements: summary.rolesByWeighting.statements,
      rolesNotAnalysed: summary.rolesByWeighting.none,
      reviewed: review.reviewed,
      waiting: review.waiting,
      waitingShare: orgHours && orgHours > 0 ? review.waitingHours / orgHours : null,
      hiddenDepartments,
      hiddenRoles,
    },
  };

  return {
    workspace: { slug: workspace.slug, name: workspace.name },
    kThreshold: k,
    date: input.date,
    version: input.version,
    paper: input.paper,
    cover: input.cover,
    scope: describeScope(filter),
    scenario: { adoptionPercent: scenario.adoptionPercent, elasticity: scenario.elasticity },
    summary: executiveSummary(summaryFigures),
    actions: nextActions(summaryFigures, capabilities, readiness.trainFirst),
    headline: {
      roles: summary.roles,
      headcount: summary.headcount,
      logs: summary.logs.figures,
      shares: time?.shares ?? null,
      freedHours: totals.freedHours,
      freedFte: totals.freedFte,
      costFreed: totals.costFreed,
    },
    time: {
      sharesHidden: organization.suppressed,
      departmentRows: [shareRow("all", "Whole selection", organization, true), ...departments.map((d) => shareRow(String(d.key), String(d.key), d))],
      levelRows: levels.map((l) => shareRow(String(l.key), levelName(Number(l.key)), l)),
      atoms: organization.suppressed
        ? null
        : atomRows(organization.figures.atoms)
            .slice(0, TOP_ATOMS)
            .map((a) => ({ label: a.label, hours: a.hours, total: totalHours(a.hours), shares: classShares(a.hours) })),
    },
    redesign: {
      topRoles,
      hiddenRoles,
      totals,
      /** Roles the quadrant leaves out (they are in redesign.csv). */
      pointsLeftOut: Math.max(0, redesign.roles.length - REPORT_QUADRANT_ROLES),
      points: redesign.roles.slice(0, REPORT_QUADRANT_ROLES).flatMap((r): QuadrantPoint[] =>
        r.time.figures && r.time.figures.classShares === null
          ? []
          : [
              {
                key: String(r.roleId),
                label: r.title,
                department: r.department,
                automatableShare: r.time.figures?.classShares?.automatable ?? 0,
                specializedShare: r.time.figures?.classShares?.specialized ?? 0,
                headcount: r.headcount,
                suppressed: r.time.suppressed,
              },
            ],
      ),
    },
    seniority: {
      note: KNOWLEDGE_WORK_NOTE,
      index: knowledge.index.value,
      plain: describeCompressionPlainly(knowledge.index),
      technical: describeCompression(knowledge.index),
      allWorkIndex: allWork.index.value,
      rows: knowledge.levels
        .filter((l) => l.suppressed || l.figures.hours > 0)
        .map(
          (l): DumbbellRow => ({
            key: String(l.level),
            label: levelName(l.level),
            before: l.suppressed ? 0 : (l.figures.judgmentBefore ?? 0),
            after: l.suppressed ? 0 : (l.figures.judgmentAfter ?? 0),
            suppressed: l.suppressed,
          }),
        ),
      rolesLookingUp: knowledge.rolesLookingUp.slice(0, 10).map((r) => ({
        title: r.title,
        department: r.department,
        levelName: levelName(r.level),
        judgmentAfter: r.judgmentAfter,
        comparedLevelName: levelName(r.comparedLevel),
        comparedJudgmentBefore: r.comparedJudgmentBefore,
      })),
    },
    headcount: {
      formula: redesign.formula,
      assumptions: redesign.assumptions,
      elasticityNote: redesign.elasticityNote,
      projection: projectionRows(redesign.departments) as ProjectionRow[],
      departments: redesign.departments.map((d) => ({
        department: d.department,
        figures: d.figures && {
          current: d.figures.currentHeadcount,
          projected: d.figures.projectedHeadcount,
          automatableShare: d.figures.automatableShare,
          note: d.figures.note,
        },
      })),
    },
    confidence: {
      roles: summary.roles,
      headcount: summary.headcount,
      weighting: summary.rolesByWeighting,
      logs: summary.logs.figures,
      logsHidden: summary.logs.suppressed,
      analyzedAt: summary.analyzedAt,
      review: { reviewed: review.reviewed, waiting: review.waiting, waitingSuppressed: review.waitingSuppressed, waitingShare: summaryFigures.data.waitingShare },
      hiddenRoles,
      hiddenDepartments,
      hiddenLevels: knowledge.suppressedLevels.length,
    },
    readiness,
    profiles,
  };
}

export type ReportView = ReturnType<typeof buildReport>;

/** The capabilities most of the changing roles need at a high or medium level, most needed first. */
function trainingCapabilities(profiles: readonly RoleProfileDoc[]): string[] {
  const score = new Map<string, number>();
  for (const p of profiles) {
    for (const c of p.redesign?.capabilities ?? []) {
      const weight = c.level === "high" ? 2 : c.level === "medium" ? 1 : 0;
      if (weight) score.set(c.label, (score.get(c.label) ?? 0) + weight);
    }
  }
  const order = Object.values(CAPABILITY_LABELS as Record<Capability, string>);
  return [...score].sort((a, b) => b[1] - a[1] || order.indexOf(a[0]) - order.indexOf(b[0])).slice(0, 3).map(([label]) => label);
}

export type { HourBarItem };
