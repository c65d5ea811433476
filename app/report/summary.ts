/**
 * The report's executive summary and its "next 90 days": sentences computed from the figures,
 * never boilerplate. Pure: the figures come in as plain data (report.server.ts gathers them from
 * the same query modules as the pages), so a hand-worked organization tests every branch.
 */
import type { CompressionIndex } from "../analyzer/compression";
import type { ClassHours } from "../analyzer/class-hours";
import { formatCount, formatHeadcount, formatHours, formatList as list, formatShare } from "../charts/format";
import { describeCompressionPlainly } from "./plain-seniority";
import type { TrainingLine } from "./readiness";

export interface SummaryRole {
  title: string;
  department: string;
  freedHours: number;
  movableHours: number;
  specializedHours: number;
}

export interface SummaryDepartment {
  name: string;
  /** null: fewer than k people logged time in it. */
  figures: {
    /** Analysed headcount plus roles carried over unchanged. */
    current: number;
    /** null: the formula has no finite answer. */
    projected: number | null;
    freedHours: number;
    movableHours: number;
  } | null;
}

export interface SummaryFigures {
  kThreshold: number;
  /** Annualized hours and shares of the selection; null when hidden (`sharesHidden`) or not analysed. */
  time: { hours: number; shares: ClassHours } | null;
  sharesHidden: boolean;
  scenario: { adoptionPercent: number; elasticity: number };
  /** Sums over the departments shown. */
  freed: { hours: number; fte: number; costFreed: number | null; costCoverage: number };
  /** Ranked as the redesign page ranks them (hours that change), visible roles only. */
  topRoles: readonly SummaryRole[];
  departments: readonly SummaryDepartment[];
  /** On knowledge work (hands-on work left out). */
  compression: CompressionIndex;
  data: {
    roles: number;
    rolesWithLogs: number;
    rolesWithStatements: number;
    rolesNotAnalysed: number;
    /** Classifications a person has overridden in the selection. */
    reviewed: number;
    /** Classified tasks nobody has reviewed yet, and their share of the selection's hours. */
    waiting: number;
    waitingShare: number | null;
    hiddenDepartments: number;
    hiddenRoles: number;
  };
}

const money = (value: number) => `${Math.round(value).toLocaleString("en-US")}`;

/** The department whose hours change most (freed + movable); null when none is shown or nothing changes. */
export function departmentChangingMost(departments: readonly SummaryDepartment[]): SummaryDepartment | null {
  let best: SummaryDepartment | null = null;
  for (const d of departments) {
    if (!d.figures) continue;
    const change = d.figures.freedHours + d.figures.movableHours;
    if (change <= 0) continue;
    if (!best || change > best.figures!.freedHours + best.figures!.movableHours) best = d;
  }
  return best;
}

/** Departments that would need more people under the scenario than today. */
export function growingDepartments(departments: readonly SummaryDepartment[]): SummaryDepartment[] {
  return departments.filter((d) => d.figures && d.figures.projected !== null && d.figures.projected - d.figures.current >= 0.05);
}

/** Five to seven sentences, in the order the report's sections follow. */
export function executiveSummary(f: SummaryFigures): string[] {
  const sentences: string[] = [];
  const k = f.kThreshold;

  // 1. Where the time goes.
  if (f.time) {
    const s = f.time.shares;
    sentences.push(
      `Of the ${formatHours(f.time.hours)} of working time a year in this selection, ${formatShare(s.automatable)} is automatable, ${formatShare(s.democratized)} democratized (people could do it with AI) and ${formatShare(s.specialized)} specialized (it stays with people).`,
    );
  } else if (f.sharesHidden) {
    sentences.push(`How this selection's time splits between classes is hidden: fewer than ${k} people logged time in it.`);
  } else {
    sentences.push("No role in this selection has been analysed yet, so there is no split of its working time.");
  }

  // 2. What AI could free at the chosen adoption.
  const adoption = `${f.scenario.adoptionPercent}% adoption`;
  if (f.freed.hours > 0) {
    const cost =
      f.freed.costFreed !== null && f.freed.costFreed > 0
        ? `, worth about ${money(f.freed.costFreed)} a year in loaded cost${f.freed.costCoverage < 0.995 ? ` (for the ${formatShare(f.freed.costCoverage)} of headcount whose pay is known)` : ""}`
        : "";
    sentences.push(`At ${adoption}, AI could free about ${formatHours(f.freed.hours)} a year, ${formatHeadcount(f.freed.fte)} FTE${cost}.`);
  } else {
    sentences.push(`At ${adoption}, no hours AI could free can be shown for this selection.`);
  }

  // 3. The roles and the department that change most.
  const roles = f.topRoles.filter((r) => r.freedHours + r.movableHours > 0).slice(0, 3);
  const top = departmentChangingMost(f.departments);
  if (roles.length) {
    const names = list(roles.map((r) => `${r.title} (${r.department})`));
    const dept = top ? `; of the departments, ${top.name} changes most (${formatHours(top.figures!.freedHours + top.figures!.movableHours)} freed or able to move)` : "";
    sentences.push(`The ${roles.length === 1 ? "role" : `${roles.length} roles`} whose work changes most: ${names}${dept}.`);
  } else {
    sentences.push(`No role's work can be shown to change: either nothing is automatable or democratized, or the figures come from fewer than ${k} people.`);
  }

  // 4. Seniority, in plain words.
  sentences.push(`On knowledge work: ${lowerFirst(describeCompressionPlainly(f.compression))}`);

  // 5. Would any department grow? (The radiology paradox, for this organization.)
  const growing = growingDepartments(f.departments);
  const eps = `elasticity ${f.scenario.elasticity}`;
  const projected = f.departments.filter((d) => d.figures && d.figures.projected !== null);
  if (growing.length) {
    const named = list(growing.map((d) => `${d.name} (${formatHeadcount(d.figures!.current)} → ${formatHeadcount(d.figures!.projected!)} people)`));
    sentences.push(
      `At ${eps}, ${named} would grow: cheaper output raises demand by more than AI saves, as radiology grew when reading images got faster.`,
    );
  } else if (projected.length) {
    const now = projected.reduce((sum, d) => sum + d.figures!.current, 0);
    const then = projected.reduce((sum, d) => sum + d.figures!.projected!, 0);
    sentences.push(
      `At ${eps}, no department would grow: the departments shown would need ${formatHeadcount(then)} people instead of ${formatHeadcount(now)}, because demand does not rise enough to absorb what AI saves.`,
    );
  } else {
    sentences.push(`No department's headcount can be projected at ${eps}: their figures are hidden or not analysed.`);
  }

  // 6. How sure we are.
  sentences.push(howSure(f));
  return sentences;
}

function howSure(f: SummaryFigures): string {
  const d = f.data;
  const weighting =
    d.rolesWithLogs === 0
      ? `No role has task logs: every figure weighs each job-description task equally, so treat hours as estimates`
      : `${formatCount(d.rolesWithLogs, "role")} of ${formatHeadcount(d.roles)} ${d.rolesWithLogs === 1 ? "is" : "are"} weighted by logged hours, ${formatHeadcount(d.rolesWithStatements)} by job descriptions alone`;
  const review =
    d.waiting + d.reviewed === 0
      ? "no classification is waiting for review"
      : `a person has reviewed ${formatCount(d.reviewed, "classification")} and ${d.waitingShare === null ? formatCount(d.waiting, "task") : `${formatShare(d.waitingShare)} of the hours`} still wait${d.waitingShare === null && d.waiting === 1 ? "s" : ""} in the review queue`;
  const hidden =
    d.hiddenDepartments + d.hiddenRoles > 0
      ? `; ${list([d.hiddenDepartments ? formatCount(d.hiddenDepartments, "department") : "", d.hiddenRoles ? formatCount(d.hiddenRoles, "role") : ""].filter(Boolean))} ${d.hiddenDepartments + d.hiddenRoles === 1 ? "is" : "are"} hidden because fewer than ${f.kThreshold} people stand behind ${d.hiddenDepartments + d.hiddenRoles === 1 ? "it" : "them"}`
      : "";
  return `${weighting}; ${review}${hidden}.`;
}

const lowerFirst = (text: string) => (/^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text);

export interface NextAction {
  text: string;
  /** The report section that justifies it (an id in the document). */
  section: "redesign" | "seniority" | "confidence" | "time" | "readiness";
}

/**
 * The next 90 days, each action pointing at the figures behind it. `training`: the survey's
 * "where to train first" lines (already k-suppressed); when present they replace the guess from
 * the role profiles, since they set what people report against what the work will need.
 */
export function nextActions(f: SummaryFigures, capabilities: readonly string[] = [], training: readonly TrainingLine[] = []): NextAction[] {
  const actions: NextAction[] = [];
  const roles = f.topRoles.filter((r) => r.freedHours + r.movableHours > 0).slice(0, 3);
  if (roles.length) {
    actions.push({
      section: "redesign",
      text: `Redesign ${list(roles.map((r) => r.title))} first: together they account for ${formatHours(roles.reduce((s, r) => s + r.freedHours + r.movableHours, 0))} a year that AI could free or that could move to less senior people.`,
    });
  }
  if (f.data.waiting > 0) {
    actions.push({
      section: "confidence",
      text: `Finish the review queue: ${formatCount(f.data.waiting, "classification")} ${f.data.waitingShare === null ? "" : `(${formatShare(f.data.waitingShare)} of the hours) `}have not been checked by a person; start with the top of the queue, where a reviewer's minutes move the most hours.`,
    });
  }
  if (f.data.rolesWithLogs === 0 || f.data.rolesWithStatements > 0) {
    actions.push({
      section: "confidence",
      text:
        f.data.rolesWithLogs === 0
          ? "Collect two to four weeks of task logs for the roles that change most: without them every figure assumes equal time per task."
          : `Collect task logs for the ${formatCount(f.data.rolesWithStatements, "role")} described only by job descriptions, so their hours reflect real time.`,
    });
  }
  const growers = f.topRoles.filter((r) => r.specializedHours > 0).slice(0, 2);
  if (f.compression.value !== null && f.compression.gapAfter < f.compression.gapBefore && growers.length) {
    actions.push({
      section: "seniority",
      text: `Grow juniors into judgment work where AI takes the routine: in ${list(growers.map((r) => r.title))}, pair juniors with the specialized work that remains.`,
    });
  }
  if (training.length) {
    actions.push({ section: "readiness", text: trainingAction(training) });
  } else if (capabilities.length) {
    actions.push({
      section: "redesign",
      text: `Train the orchestrator capabilities the changing roles need most: ${list([...capabilities])}.`,
    });
  }
  const growing = growingDepartments(f.departments);
  if (growing.length) {
    actions.push({
      section: "seniority",
      text: `Plan hiring, not cuts, in ${list(growing.map((d) => d.name))}: at this elasticity demand grows faster than AI saves.`,
    });
  }
  return actions;
}

const points = (gap: number) => `${Math.round(gap * 100)} point${Math.round(gap * 100) === 1 ? "" : "s"}`;

/** "Train first: Verification in Finance (people report 30 points less than the work will need; mostly Analyst), then …". */
export function trainingAction(training: readonly TrainingLine[]): string {
  const lines = training.map(
    (t) => `${t.capability} in ${t.department} (${points(t.gap)} short${t.roles.length ? `; mostly ${list(t.roles)}` : ""})`,
  );
  return `Train where the survey shows the largest shortfall in the most work: ${lines.length === 1 ? lines[0] : `first ${lines[0]}, then ${list(lines.slice(1))}`}.`;
}
