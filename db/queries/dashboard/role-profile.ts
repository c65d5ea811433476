/**
 * The head of the role page: who the role is, what a person in it costs (unless that would
 * show fewer than k people's pay), how its time is weighted, and its hours per class and per
 * atom. Built from the same stored figures as every other page (`loadRoleFigures`), so the
 * role's class hours here equal its share of the department bars on the overview.
 */
import { sql } from "drizzle-orm";
import { totalHours, type ClassHours } from "../../../app/analyzer/class-hours";
import { guard, type Guarded } from "../../../app/analyzer/privacy";
import type { MainCue, Weighting } from "../../../app/analyzer/rollup";
import type { Atom, TaskClass } from "../../../app/analyzer/taxonomy";
import type { Db } from "../../connection";
import { kThresholdOf } from "../workspace-k";
import { loadRoleFigures, type RoleIdentity } from "./role-figures";

export interface AtomHours {
  atom: Atom;
  class: TaskClass;
  /** Annualized hours for the whole role. */
  hours: number;
  tasks: number;
}

export interface RoleTime {
  classHours: ClassHours;
  hours: number;
  /** Raw logged hours behind the figures; 0 for a role weighted by its statements. */
  hoursLogged: number;
  /** Distinct employees who logged in the role. */
  loggers: number;
  atomization: number | null;
  /** The cues that weigh most across the role's time (they are time-weighted, hence guarded). */
  mainCues: MainCue[];
  /** Largest first, ties by atom then class. */
  atoms: AtomHours[];
}

export interface RoleProfile {
  role: RoleIdentity;
  weighting: Weighting | null;
  /** Suppressed when the headcount is below k (one person's pay). */
  cost: Guarded<{ annualCost: number | null }>;
  /** Suppressed when the role's logs come from fewer than k employees. */
  time: Guarded<RoleTime>;
}

/** undefined when the role is not in the workspace (a 404 for the page). */
export function getRoleProfile(db: Db, workspaceId: number, roleId: number): RoleProfile | undefined {
  const k = kThresholdOf(db, workspaceId);
  const [figures] = loadRoleFigures(db, workspaceId, {}, k, roleId);
  if (!figures) return undefined;
  const { roleId: id, title, department, level, levelLabel, location, headcount } = figures;
  return {
    role: { roleId: id, title, department, level, levelLabel, location, headcount },
    weighting: figures.weighting,
    cost: guard(figures.costSuppressed, () => ({ annualCost: figures.annualCost })),
    time: guard(figures.timeSuppressed, () => ({
      classHours: figures.classHours,
      hours: totalHours(figures.classHours),
      hoursLogged: figures.minutesLogged / 60,
      loggers: figures.loggers,
      atomization: figures.atomization,
      mainCues: figures.mainCues,
      atoms: db.all<AtomHours>(sql`
        SELECT atom, class, hours, tasks FROM role_rollups
        WHERE workspace_id = ${workspaceId} AND role_id = ${roleId} AND hours > 0
        ORDER BY hours DESC, atom, class`),
    })),
  };
}
