/**
 * The report's "People's readiness" section, shaped from the Capabilities page's figures
 * (db/queries/survey.ts `getReadiness`, already k-suppressed) so the report shows the same
 * numbers. Pure: no figure of its own, and nothing the readiness view hid comes back here.
 */
import { CAPABILITIES, CAPABILITY_LABELS } from "../analyzer/capabilities";
import type { ReadinessView } from "../analyzer/readiness";

/** "Where to train first" lines the report lists (the page lists them all). */
export const REPORT_TRAIN_FIRST = 3;
/** Roles named per line, most dependent hours first. */
const ROLES_PER_LINE = 3;

export interface TrainingLine {
  department: string;
  capability: string;
  /** required − supply, 0–1 of the scale (positive: a shortfall). */
  gap: number;
  dependentHours: number;
  roles: string[];
}

export interface ReportReadiness {
  /** Where to run the survey; the section's one line when there is none. */
  surveyHref: string;
  /** Any survey response in the workspace (the page's own test). */
  surveyed: boolean;
  /** Respondents in the selection; null when 1 … k−1 answered (not even the count is shown). */
  respondents: number | null;
  headcount: number;
  responseRate: number | null;
  capabilities: { key: string; label: string }[];
  /** Department × capability gap; a suppressed cell has no numbers. */
  gaps: { key: string; label: string; respondents: number | null; cells: { capability: string; gap: number | null; suppressed: boolean }[] }[];
  trainFirst: TrainingLine[];
  /** AI-assisted hours on automatable or democratized work ÷ those hours, from the task logs; null when hidden or absent. */
  measuredAdoption: number | null;
}

export function reportReadiness(input: { slug: string; surveyed: boolean; readiness: ReadinessView; measuredAdoption: number | null }): ReportReadiness {
  const r = input.readiness;
  return {
    surveyHref: `/w/${input.slug}/survey`,
    surveyed: input.surveyed,
    respondents: r.overall.respondents,
    headcount: r.headcount,
    responseRate: r.overall.responseRate,
    capabilities: CAPABILITIES.map((c) => ({ key: c, label: CAPABILITY_LABELS[c] })),
    gaps: r.gapByDepartment.map((row) => ({
      key: row.key,
      label: row.label,
      respondents: row.respondents,
      cells: row.cells.map((c) => ({ capability: c.capability, gap: c.gap, suppressed: c.suppressed })),
    })),
    trainFirst: r.trainFirst.slice(0, REPORT_TRAIN_FIRST).map((t) => ({
      department: t.department,
      capability: CAPABILITY_LABELS[t.capability],
      gap: t.gap,
      dependentHours: t.dependentHours,
      roles: t.roles.slice(0, ROLES_PER_LINE).map((role) => role.title),
    })),
    measuredAdoption: input.measuredAdoption,
  };
}
