/**
 * The per-role table: hours by class, atomization, headcount, cost and FTE for every role the
 * filter selects. Rows keep the role's identity when their figures are suppressed.
 */
import { classShares, HOURS_PER_FTE_YEAR, totalHours, type ClassHours } from "../../../app/analyzer/class-hours";
import { guard, type Guarded } from "../../../app/analyzer/privacy";
import type { MainCue, Weighting } from "../../../app/analyzer/rollup";
import type { Db } from "../../connection";
import { kThresholdOf } from "../workspace-k";
import type { DashboardFilter } from "./filter";
import { loadRoleFigures, roleIdentity, type RoleIdentity } from "./role-figures";

export interface RoleTimeFigures {
  /** Annualized hours for the whole role (headcount × 1,760 h). */
  hours: number;
  classHours: ClassHours;
  classShares: ClassHours | null;
  /** classHours ÷ 1,760: full-time equivalents per class. */
  fte: ClassHours;
  atomization: number | null;
  /** Raw logged hours (not annualized); null for roles weighted by statements. */
  loggedHours: number | null;
  /** Distinct employees who logged; null for roles weighted by statements. */
  employees: number | null;
  mainCues: MainCue[];
}

export interface RoleCostFigures {
  /** Loaded annual cost per FTE; null when the jobs file has none. */
  annualCostPerFte: number | null;
  /** headcount × annual cost per FTE. */
  annualCost: number | null;
}

export interface RoleSummary extends RoleIdentity {
  /** How the role's time was weighted; null when it has no analysed time (then `time` is null). */
  weighting: Weighting | null;
  time: Guarded<RoleTimeFigures> | null;
  cost: Guarded<RoleCostFigures>;
}

export function listRoleSummaries(db: Db, workspaceId: number, filter: DashboardFilter): RoleSummary[] {
  const k = kThresholdOf(db, workspaceId);
  return loadRoleFigures(db, workspaceId, filter, k).map((r) => ({
    ...roleIdentity(r),
    weighting: r.weighting,
    time:
      r.weighting === null
        ? null
        : guard(r.timeSuppressed, () => ({
            hours: totalHours(r.classHours),
            classHours: r.classHours,
            classShares: classShares(r.classHours),
            fte: {
              automatable: r.classHours.automatable / HOURS_PER_FTE_YEAR,
              democratized: r.classHours.democratized / HOURS_PER_FTE_YEAR,
              specialized: r.classHours.specialized / HOURS_PER_FTE_YEAR,
            },
            atomization: r.atomization,
            loggedHours: r.weighting === "logs" ? r.minutesLogged / 60 : null,
            employees: r.weighting === "logs" ? r.loggers : null,
            mainCues: r.mainCues,
          })),
    cost: guard(r.costSuppressed, () => ({
      annualCostPerFte: r.annualCost,
      annualCost: r.annualCost === null ? null : r.annualCost * r.headcount,
    })),
  }));
}
