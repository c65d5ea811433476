/**
 * Redesign opportunities for the selection under a scenario (adoption rate a, elasticity ε):
 * per role the hours and FTE AI could free, the democratized work that could move to less
 * senior people and what that changes in cost, the judgment work to grow; per department the
 * projected headcount H × (1 − s·a)^(1 − ε).
 */
import { classShares, HOURS_PER_FTE_YEAR, type ClassHours } from "../../../app/analyzer/class-hours";
import { guard, isTimeSuppressed, type Guarded } from "../../../app/analyzer/privacy";
import {
  departmentProjections,
  describeElasticity,
  roleScenarios,
  SCENARIO_ASSUMPTIONS,
  type ScenarioParams,
} from "../../../app/analyzer/scenario";
import type { Db } from "../../connection";
import { kThresholdOf } from "../workspace-k";
import type { DashboardFilter } from "./filter";
import { distinctLogEmployees, loadRoleFigures, roleIdentity, type RoleIdentity } from "./role-figures";

export interface RoleOpportunityTime {
  classHours: ClassHours;
  classShares: ClassHours | null;
  freedHours: number;
  freedFte: number;
  democratizedHours: number;
  movableHours: number;
  specializedHours: number;
  /** freed + movable hours: what the ranking sorts by. */
  changingHours: number;
}

export interface RoleOpportunityCost {
  costFreed: number | null;
  receivingLevel: number | null;
  costGapPerFte: number | null;
  costShift: number | null;
}

export interface RoleOpportunity extends RoleIdentity {
  time: Guarded<RoleOpportunityTime>;
  cost: Guarded<RoleOpportunityCost>;
}

export interface DepartmentOpportunity {
  department: string;
  freedHours: number;
  freedFte: number;
  movableHours: number;
  specializedHours: number;
  /** Sum over roles whose cost is known and shown. */
  costFreed: number | null;
  /** Share of the department's headcount whose cost is known and shown (0–1). */
  costCoverage: number;
  headcount: number;
  unanalyzedHeadcount: number;
  /** Today's whole headcount: analysed roles and those carried over unchanged. */
  currentHeadcount: number;
  automatableShare: number | null;
  projectedHeadcount: number | null;
  multiplier: number | null;
  /** Why there is no projection, when there is none. */
  note: string | null;
}

export interface RedesignView {
  params: ScenarioParams;
  formula: string;
  assumptions: readonly string[];
  elasticityNote: string;
  /** Ranked by hours that change (freed + movable), largest first; suppressed roles last. */
  roles: RoleOpportunity[];
  departments: ({ department: string } & Guarded<DepartmentOpportunity>)[];
}

export function getRedesignScenario(db: Db, workspaceId: number, filter: DashboardFilter, params: ScenarioParams): RedesignView {
  const k = kThresholdOf(db, workspaceId);
  const roles = loadRoleFigures(db, workspaceId, filter, k);
  // A role whose cost is suppressed gives no cost to anyone: not its own, not as a receiving level.
  const scenarios = roleScenarios(
    roles.map((r) => ({
      roleId: r.roleId,
      department: r.department,
      level: r.level,
      headcount: r.headcount,
      annualCost: r.costSuppressed ? null : r.annualCost,
      classHours: r.classHours,
    })),
    params,
  );
  const opportunities: (RoleOpportunity & { rank: number | null })[] = roles.map((r, i) => {
    const s = scenarios[i];
    return {
      ...roleIdentity(r),
      rank: r.timeSuppressed ? null : s.freedHours + s.movableHours,
      time: guard(r.timeSuppressed, () => ({
        classHours: r.classHours,
        classShares: classShares(r.classHours),
        freedHours: s.freedHours,
        freedFte: s.freedFte,
        democratizedHours: s.democratizedHours,
        movableHours: s.movableHours,
        specializedHours: s.specializedHours,
        changingHours: s.freedHours + s.movableHours,
      })),
      // Cost freed ÷ cost per FTE would give the freed hours back: suppressed time suppresses it too.
      cost: guard(r.costSuppressed || r.timeSuppressed, () => ({
        costFreed: s.costFreed,
        receivingLevel: s.receivingLevel,
        costGapPerFte: s.costGapPerFte,
        costShift: s.costShift,
      })),
    };
  });
  opportunities.sort((a, b) =>
    a.rank === null || b.rank === null
      ? Number(a.rank === null) - Number(b.rank === null) || a.title.localeCompare(b.title)
      : b.rank - a.rank || a.title.localeCompare(b.title),
  );

  const logEmployees = distinctLogEmployees(db, workspaceId, filter, "department");
  const projections = departmentProjections(
    roles.map((r) => ({ roleId: r.roleId, department: r.department, level: r.level, headcount: r.headcount, annualCost: null, classHours: r.classHours })),
    params,
  );
  const departments = projections
    .map((p) => {
      const members = roles.map((r, i) => ({ r, s: scenarios[i] })).filter(({ r }) => r.department === p.department);
      const costed = members.filter(({ s }) => s.costFreed !== null);
      const headcount = members.reduce((sum, { r }) => sum + r.headcount, 0);
      const freedHours = members.reduce((sum, { s }) => sum + s.freedHours, 0);
      return {
        department: p.department,
        ...guard(isTimeSuppressed(logEmployees.get(p.department) ?? 0, k), () => ({
          department: p.department,
          freedHours,
          freedFte: freedHours / HOURS_PER_FTE_YEAR,
          movableHours: members.reduce((sum, { s }) => sum + s.movableHours, 0),
          specializedHours: members.reduce((sum, { s }) => sum + s.specializedHours, 0),
          costFreed: costed.length ? costed.reduce((sum, { s }) => sum + s.costFreed!, 0) : null,
          costCoverage: headcount > 0 ? costed.reduce((sum, { r }) => sum + r.headcount, 0) / headcount : 0,
          headcount: p.headcount,
          unanalyzedHeadcount: p.unanalyzedHeadcount,
          currentHeadcount: p.currentHeadcount,
          automatableShare: p.automatableShare,
          projectedHeadcount: p.projectedHeadcount,
          multiplier: p.projection.multiplier,
          note: p.projection.headcount === null ? p.projection.reason : null,
        })),
      };
    })
    .sort((a, b) => a.department.localeCompare(b.department));

  return {
    params,
    formula: "H × (1 − s·a)^(1 − ε)",
    assumptions: SCENARIO_ASSUMPTIONS,
    elasticityNote: describeElasticity(params.elasticity),
    roles: opportunities.map(({ rank: _rank, ...rest }) => rest),
    departments,
  };
}
