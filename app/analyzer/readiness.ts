/**
 * People's readiness: the orchestrator capabilities people report (the survey: supply) set
 * against what the redesigned roles will need (the role page's derivation: demand). Pure;
 * every figure drawn from fewer than k respondents comes back suppressed, without numbers.
 * The scale and the rules: docs/decisions/150-capability-supply-and-demand.md.
 */
import { CAPABILITIES, capabilityNeeds, type Capability, type CapabilityTask } from "./capabilities";
import { isSuppressed, isTimeSuppressed } from "./privacy";

export type CapabilityFigures = Record<Capability, number>;

/** Survey statements per capability, in wording order (q1–q2 decomposition … q9–q10 scaling). */
const ITEMS: Record<Capability, [number, number]> = {
  decomposition: [0, 1],
  instruction: [2, 3],
  verification: [4, 5],
  automation: [6, 7],
  scaling: [8, 9],
};

/** One response's capability scores, 0 (strongly disagree on both items) … 1 (strongly agree on both). */
export function capabilityScores(answers: readonly number[]): CapabilityFigures {
  const scores = {} as CapabilityFigures;
  for (const capability of CAPABILITIES) {
    const [a, b] = ITEMS[capability];
    scores[capability] = ((answers[a] + answers[b]) / 2 - 1) / 4;
  }
  return scores;
}

/** A role whose hours are ≥ this share on a capability needs it fully ("high" on the role page). */
export const FULL_NEED_SHARE = 0.4;
/** Full need asks for "Agree" on both statements: 4 on the 1–5 scale, 75 % of it. */
export const FULL_NEED_PROFICIENCY = 0.75;

/** The proficiency (0–1 of the scale) a share of hours calling on a capability asks for. */
export function requiredProficiency(needShare: number): number {
  return FULL_NEED_PROFICIENCY * Math.min(1, Math.max(0, needShare) / FULL_NEED_SHARE);
}

export interface ReadinessRole {
  id: number;
  key: string;
  title: string;
  department: string;
  level: number;
  levelName: string;
  headcount: number;
  /** Class × atom × hours after overrides (role_rollups): the role page's capability input. */
  tasks: CapabilityTask[];
}

export interface ReadinessResponse {
  roleId: number;
  answers: number[];
  /** 0 Never … 4 Several times a day. */
  aiUse: number;
}

export interface ReadinessInput {
  roles: ReadinessRole[];
  responses: ReadinessResponse[];
  /** Distinct task-log employees per department and per level, for the time figures' k rule. */
  logEmployees: { department: Map<string, number>; level: Map<number, number> };
  k: number;
}

export interface SupplyRow {
  key: string;
  label: string;
  headcount: number;
  /** null when 1 … k−1 people answered: even the count is not shown then. */
  respondents: number | null;
  /** respondents ÷ headcount, capped at 1; null without headcount or when suppressed. */
  responseRate: number | null;
  suppressed: boolean;
  /** Average score per capability; null when suppressed. */
  supply: CapabilityFigures | null;
}

export interface DemandRow {
  key: string;
  label: string;
  /** Annual hours of the group's roles. */
  hours: number;
  suppressed: boolean;
  /** Hours-weighted required proficiency per capability (0–1); null when suppressed or no hours. */
  required: CapabilityFigures | null;
  /** Hours a year that call on each capability (need share × role hours, summed). */
  dependentHours: CapabilityFigures | null;
}

export interface GapCell {
  capability: Capability;
  /** required − supply (0–1 of the scale); positive: people report less than the work will need. */
  gap: number | null;
  supply: number | null;
  required: number | null;
  suppressed: boolean;
}

export interface GapRow {
  key: string;
  label: string;
  respondents: number | null;
  cells: GapCell[];
}

export interface TrainingPriority {
  department: string;
  capability: Capability;
  gap: number;
  dependentHours: number;
  /** gap × dependent hours: the hours of work the shortfall touches, weighted by its size. */
  priority: number;
  /** The roles behind the line, most dependent hours first. */
  roles: { id: number; key: string; title: string; dependentHours: number }[];
}

export interface AiUseRow {
  key: string;
  label: string;
  respondents: number | null;
  suppressed: boolean;
  /** Share of respondents per answer, Never … Several times a day; null when suppressed. */
  shares: number[] | null;
  /** Share answering Daily or Several times a day. */
  dailyShare: number | null;
  /** Share of the department's hours the analyzer calls automatable (null without hours). */
  automatableShare: number | null;
}

export interface ReadinessView {
  k: number;
  respondents: number;
  headcount: number;
  responseRate: number | null;
  overall: SupplyRow;
  byDepartment: SupplyRow[];
  byLevel: SupplyRow[];
  byRole: SupplyRow[];
  demandByDepartment: DemandRow[];
  demandByLevel: DemandRow[];
  gapByDepartment: GapRow[];
  gapByLevel: GapRow[];
  trainFirst: TrainingPriority[];
  aiUse: AiUseRow[];
}

interface RoleDemand {
  role: ReadinessRole;
  hours: number;
  share: CapabilityFigures;
}

function roleDemand(role: ReadinessRole): RoleDemand {
  const hours = role.tasks.reduce((sum, t) => sum + Math.max(0, t.hours), 0);
  const share = {} as CapabilityFigures;
  for (const need of capabilityNeeds(role.tasks)) share[need.capability] = need.score ?? 0;
  return { role, hours, share };
}

const zero = (): CapabilityFigures => ({ decomposition: 0, instruction: 0, verification: 0, automation: 0, scaling: 0 });

function supplyRow(key: string, label: string, headcount: number, scores: CapabilityFigures[], k: number): SupplyRow {
  const respondents = scores.length;
  const suppressed = isSuppressed(respondents, k);
  let supply: CapabilityFigures | null = null;
  if (!suppressed) {
    supply = zero();
    for (const s of scores) for (const c of CAPABILITIES) supply[c] += s[c] / respondents;
  }
  const shown = suppressed && respondents > 0 ? null : respondents;
  const responseRate = shown !== null && headcount > 0 ? Math.min(1, shown / headcount) : null;
  return { key, label, headcount, respondents: shown, responseRate, suppressed, supply };
}

function demandRow(key: string, label: string, demands: RoleDemand[], logEmployees: number, k: number): DemandRow {
  const hours = demands.reduce((sum, d) => sum + d.hours, 0);
  const suppressed = isTimeSuppressed(logEmployees, k);
  if (suppressed || !(hours > 0)) return { key, label, hours: suppressed ? 0 : hours, suppressed, required: null, dependentHours: null };
  const required = zero();
  const dependentHours = zero();
  for (const d of demands) {
    for (const c of CAPABILITIES) {
      required[c] += (requiredProficiency(d.share[c]) * d.hours) / hours;
      dependentHours[c] += d.share[c] * d.hours;
    }
  }
  return { key, label, hours, suppressed, required, dependentHours };
}

function gapRow(supply: SupplyRow, demand: DemandRow | undefined): GapRow {
  return {
    key: supply.key,
    label: supply.label,
    respondents: supply.respondents,
    cells: CAPABILITIES.map((capability) => {
      const suppressed = supply.suppressed || (demand?.suppressed ?? false);
      const s = supply.supply?.[capability] ?? null;
      const r = demand?.required?.[capability] ?? null;
      return { capability, suppressed, supply: suppressed ? null : s, required: suppressed ? null : r, gap: suppressed || s === null || r === null ? null : r - s };
    }),
  };
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export function buildReadiness(input: ReadinessInput): ReadinessView {
  const { k } = input;
  const roleById = new Map(input.roles.map((r) => [r.id, r]));
  const responses = input.responses.filter((r) => roleById.has(r.roleId));
  const scored = responses.map((r) => ({ role: roleById.get(r.roleId)!, scores: capabilityScores(r.answers), aiUse: r.aiUse }));
  const demands = input.roles.map(roleDemand);
  const headcountOf = (roles: readonly ReadinessRole[]) => roles.reduce((sum, r) => sum + r.headcount, 0);

  const departments = [...new Set(input.roles.map((r) => r.department))].sort((a, b) => a.localeCompare(b));
  const levels = [...new Set(input.roles.map((r) => r.level))].sort((a, b) => a - b);
  const rolesByDepartment = groupBy(input.roles, (r) => r.department);
  const rolesByLevel = groupBy(input.roles, (r) => r.level);
  const scoredByDepartment = groupBy(scored, (s) => s.role.department);
  const scoredByLevel = groupBy(scored, (s) => s.role.level);
  const scoredByRole = groupBy(scored, (s) => s.role.id);
  const demandsByDepartment = groupBy(demands, (d) => d.role.department);
  const demandsByLevel = groupBy(demands, (d) => d.role.level);
  const levelName = (level: number) => rolesByLevel.get(level)![0].levelName;

  const byDepartment = departments.map((d) =>
    supplyRow(d, d, headcountOf(rolesByDepartment.get(d)!), (scoredByDepartment.get(d) ?? []).map((s) => s.scores), k),
  );
  const byLevel = levels.map((l) =>
    supplyRow(String(l), levelName(l), headcountOf(rolesByLevel.get(l)!), (scoredByLevel.get(l) ?? []).map((s) => s.scores), k),
  );
  const byRole = input.roles
    .filter((r) => scoredByRole.has(r.id))
    .map((r) => supplyRow(String(r.id), r.title, r.headcount, scoredByRole.get(r.id)!.map((s) => s.scores), k))
    .sort((a, b) => a.label.localeCompare(b.label));

  const demandByDepartment = departments.map((d) =>
    demandRow(d, d, demandsByDepartment.get(d)!, input.logEmployees.department.get(d) ?? 0, k),
  );
  const demandByLevel = levels.map((l) => demandRow(String(l), levelName(l), demandsByLevel.get(l)!, input.logEmployees.level.get(l) ?? 0, k));
  const gapByDepartment = byDepartment.map((s, i) => gapRow(s, demandByDepartment[i]));
  const gapByLevel = byLevel.map((s, i) => gapRow(s, demandByLevel[i]));

  const trainFirst: TrainingPriority[] = [];
  gapByDepartment.forEach((row, i) => {
    const demand = demandByDepartment[i];
    for (const cell of row.cells) {
      if (cell.gap === null || !(cell.gap > 0) || !demand.dependentHours) continue;
      const dependentHours = demand.dependentHours[cell.capability];
      if (!(dependentHours > 0)) continue;
      const roles = (demandsByDepartment.get(row.key) ?? [])
        .map((d) => ({ id: d.role.id, key: d.role.key, title: d.role.title, dependentHours: d.share[cell.capability] * d.hours }))
        .filter((r) => r.dependentHours > 0)
        .sort((a, b) => b.dependentHours - a.dependentHours || a.title.localeCompare(b.title));
      trainFirst.push({ department: row.key, capability: cell.capability, gap: cell.gap, dependentHours, priority: cell.gap * dependentHours, roles });
    }
  });
  trainFirst.sort((a, b) => b.priority - a.priority || a.department.localeCompare(b.department));

  const aiUse = departments.map((d, i): AiUseRow => {
    const answers = (scoredByDepartment.get(d) ?? []).map((s) => s.aiUse);
    const suppressed = isSuppressed(answers.length, k);
    const tasks = (rolesByDepartment.get(d) ?? []).flatMap((r) => r.tasks);
    const hours = tasks.reduce((sum, t) => sum + Math.max(0, t.hours), 0);
    const automatable = tasks.filter((t) => t.class === "automatable").reduce((sum, t) => sum + Math.max(0, t.hours), 0);
    const shares = suppressed ? null : [0, 1, 2, 3, 4].map((v) => answers.filter((a) => a === v).length / answers.length);
    return {
      key: d,
      label: d,
      respondents: suppressed && answers.length > 0 ? null : answers.length,
      suppressed,
      shares,
      dailyShare: shares ? shares[3] + shares[4] : null,
      automatableShare: demandByDepartment[i].suppressed || !(hours > 0) ? null : automatable / hours,
    };
  });

  const headcount = headcountOf(input.roles);
  const overall = supplyRow("all", "All selected roles", headcount, scored.map((s) => s.scores), k);
  return {
    k,
    respondents: scored.length,
    headcount,
    responseRate: overall.responseRate,
    overall,
    byDepartment,
    byLevel,
    byRole,
    demandByDepartment,
    demandByLevel,
    gapByDepartment,
    gapByLevel,
    trainFirst,
    aiUse,
  };
}
