/**
 * Redesign scenarios: hours and FTE that AI could free, work that could move to less senior
 * people, and the headcount a department would need as H × (1 − s·a)^(1 − ε).
 */
import { HOURS_PER_FTE_YEAR, totalHours, type ClassHours } from "./class-hours";

export interface ScenarioParams {
  /** Share of what AI could do that the organization actually hands to AI, 0–1. */
  adoption: number;
  /** Price elasticity of demand for the department's output, 0–3. */
  elasticity: number;
}

/** Where the scenario controls start: half of what AI could do, demand that grows a little. */
export const DEFAULT_SCENARIO: ScenarioParams = { adoption: 0.5, elasticity: 0.5 };

export const ADOPTION_RANGE = [0, 1] as const;
export const ELASTICITY_RANGE = [0, 3] as const;

function checkRange(name: string, value: number, [lo, hi]: readonly [number, number]) {
  if (!Number.isFinite(value) || value < lo || value > hi) {
    throw new RangeError(`${name} must be between ${lo} and ${hi}, got ${value}`);
  }
}

export type Projection =
  | { headcount: number; multiplier: number }
  | { headcount: null; multiplier: null; reason: string };

/**
 * H × (1 − s·a)^(1 − ε). Labour per unit of output falls to (1 − s·a); if the saving reaches
 * the price, demand grows by (1 − s·a)^(−ε); headcount is demand × labour per unit.
 * 0^0 is taken as 1 (ε = 1: demand exactly absorbs the productivity gain, at any s·a);
 * 0 raised to a negative power (everything automated and ε > 1) has no finite answer.
 */
export function projectHeadcount(headcount: number, automatableShare: number, params: ScenarioParams): Projection {
  checkRange("automatable share", automatableShare, [0, 1]);
  checkRange("adoption rate", params.adoption, ADOPTION_RANGE);
  checkRange("elasticity", params.elasticity, ELASTICITY_RANGE);
  const remaining = 1 - automatableShare * params.adoption;
  const exponent = 1 - params.elasticity;
  if (remaining <= 0 && exponent < 0) {
    return {
      headcount: null,
      multiplier: null,
      reason: "All of the work would be automated and demand is elastic (ε > 1): the formula has no finite answer.",
    };
  }
  const multiplier = remaining <= 0 ? (exponent === 0 ? 1 : 0) : remaining ** exponent;
  return { headcount: headcount * multiplier, multiplier };
}

/** What the page says under the projection, for the current ε. */
export function describeElasticity(elasticity: number): string {
  if (elasticity < 1) {
    return `ε = ${elasticity}: demand grows less than costs fall, so fewer people are needed for the work that remains.`;
  }
  if (elasticity === 1) {
    return "ε = 1: demand grows exactly as much as productivity, so headcount stays the same.";
  }
  return `ε = ${elasticity}: cheaper output raises demand by more than AI saves, so headcount grows (as radiologists did when reading images got faster).`;
}

/** The formula's assumptions, in words the scenario page shows beside the projection. */
export const SCENARIO_ASSUMPTIONS = [
  "Projected headcount = H × (1 − s·a)^(1 − ε), where H is today's headcount, s the share of hours that is automatable, a the adoption rate and ε the price elasticity of demand for the department's output.",
  "AI takes over a share s·a of the hours; the automated work costs nothing and the remaining tasks keep their mix.",
  "People are the whole cost of the output and the saving is passed on in its price; demand responds to price with a constant elasticity ε.",
  "ε below 1: demand grows less than productivity and headcount falls. ε = 1: they balance and headcount stays. ε above 1: demand grows faster and headcount rises.",
  "It is a long-run, what-if figure: it ignores the time and cost of adopting AI, retraining, and limits on how much the market can absorb. Near full automation with ε above 1 the formula grows without bound and stops being credible.",
] as const;

export interface ScenarioRole {
  roleId: number;
  department: string;
  level: number;
  headcount: number;
  /** Loaded annual cost per FTE; null when unknown. */
  annualCost: number | null;
  /** Annualized hours by class for the whole role. */
  classHours: ClassHours;
}

export interface RoleScenario {
  roleId: number;
  freedHours: number;
  freedFte: number;
  /** freed FTE × annual cost; null when the cost is unknown. */
  costFreed: number | null;
  democratizedHours: number;
  /** Democratized hours × adoption: the work that would actually move to less senior people. */
  movableHours: number;
  /** The level that would take the work: the nearest level below with a known cost. */
  receivingLevel: number | null;
  /** Annual cost per FTE here minus at the receiving level (may be negative). */
  costGapPerFte: number | null;
  /** movable FTE × cost gap: what moving the work would change in cost; null when unknown. */
  costShift: number | null;
  specializedHours: number;
}

interface CostPool {
  cost: number;
  headcount: number;
}

function addToPool<K>(map: Map<K, CostPool>, key: K, role: ScenarioRole & { annualCost: number }) {
  const pool = map.get(key) ?? { cost: 0, headcount: 0 };
  pool.cost += role.annualCost * role.headcount;
  pool.headcount += role.headcount;
  map.set(key, pool);
}

const deptLevelKey = (department: string, level: number) => `${department}\u0000${level}`;

/**
 * The level that would take a role's democratized work, and its headcount-weighted mean cost:
 * the nearest lower level with a known cost in the same department, else in the organization.
 */
function receivingCosts(roles: readonly ScenarioRole[]) {
  const byDeptLevel = new Map<string, CostPool>();
  const byLevel = new Map<number, CostPool>();
  for (const role of roles) {
    if (role.annualCost === null || !(role.headcount > 0)) continue;
    const costed = { ...role, annualCost: role.annualCost };
    addToPool(byDeptLevel, deptLevelKey(role.department, role.level), costed);
    addToPool(byLevel, role.level, costed);
  }
  return (role: ScenarioRole): { level: number; cost: number } | null => {
    const lookups = [(l: number) => byDeptLevel.get(deptLevelKey(role.department, l)), (l: number) => byLevel.get(l)];
    for (const lookup of lookups) {
      for (let level = role.level - 1; level >= 0; level--) {
        const pool = lookup(level);
        if (pool) return { level, cost: pool.cost / pool.headcount };
      }
    }
    return null;
  };
}

export function roleScenarios(
  roles: readonly ScenarioRole[],
  params: ScenarioParams,
  hoursPerFteYear = HOURS_PER_FTE_YEAR,
): RoleScenario[] {
  checkRange("adoption rate", params.adoption, ADOPTION_RANGE);
  const receivingCost = receivingCosts(roles);
  return roles.map((role) => {
    const freedHours = role.classHours.automatable * params.adoption;
    const freedFte = freedHours / hoursPerFteYear;
    const movableHours = role.classHours.democratized * params.adoption;
    const receiving = role.annualCost === null ? null : receivingCost(role);
    const costGapPerFte = receiving && role.annualCost !== null ? role.annualCost - receiving.cost : null;
    return {
      roleId: role.roleId,
      freedHours,
      freedFte,
      costFreed: role.annualCost === null ? null : freedFte * role.annualCost,
      democratizedHours: role.classHours.democratized,
      movableHours,
      receivingLevel: receiving?.level ?? null,
      costGapPerFte,
      costShift: costGapPerFte === null ? null : (movableHours / hoursPerFteYear) * costGapPerFte,
      specializedHours: role.classHours.specialized,
    };
  });
}

export interface DepartmentProjection {
  department: string;
  /** Headcount of the department's roles that have analysed time. */
  headcount: number;
  /** Headcount of roles without any analysed time: carried over unchanged. */
  unanalyzedHeadcount: number;
  /** Today's whole headcount (analysed roles and those carried over): what the projection is read against. */
  currentHeadcount: number;
  /** Automatable share of the department's annualized hours; null without hours. */
  automatableShare: number | null;
  projection: Projection;
  /** projection + unanalyzed headcount, or null when the projection has no answer. */
  projectedHeadcount: number | null;
}

/** One projection per department, in the order departments first appear. */
export function departmentProjections(roles: readonly ScenarioRole[], params: ScenarioParams): DepartmentProjection[] {
  const groups = new Map<string, { headcount: number; unanalyzed: number; automatable: number; hours: number }>();
  for (const role of roles) {
    const g = groups.get(role.department) ?? { headcount: 0, unanalyzed: 0, automatable: 0, hours: 0 };
    const hours = totalHours(role.classHours);
    if (hours > 0) {
      g.headcount += role.headcount;
      g.automatable += role.classHours.automatable;
      g.hours += hours;
    } else {
      g.unanalyzed += role.headcount;
    }
    groups.set(role.department, g);
  }
  return [...groups].map(([department, g]) => {
    const automatableShare = g.hours > 0 ? Math.min(1, g.automatable / g.hours) : null;
    const projection = projectHeadcount(g.headcount, automatableShare ?? 0, params);
    return {
      department,
      headcount: g.headcount,
      unanalyzedHeadcount: g.unanalyzed,
      currentHeadcount: g.headcount + g.unanalyzed,
      automatableShare,
      projection,
      projectedHeadcount: projection.headcount === null ? null : projection.headcount + g.unanalyzed,
    };
  });
}
