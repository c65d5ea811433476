/**
 * Seniority compression for the selection: hours by class per ladder level, judgment share
 * before and after AI, the compression index, and the roles whose post-AI mix already looks
 * like the level above. Levels and roles whose figures are suppressed take no part in the
 * index or the comparisons, so the index cannot give their figures away.
 */
import { sql } from "drizzle-orm";
import { seniorityCompression, rolesLookingUp, type CompressionIndex } from "../../../app/analyzer/compression";
import { addClassHours, emptyClassHours, totalHours, type ClassHours } from "../../../app/analyzer/class-hours";
import { guard, isTimeSuppressed, type Guarded } from "../../../app/analyzer/privacy";
import type { Atom, TaskClass } from "../../../app/analyzer/taxonomy";
import type { Db } from "../../connection";
import { kThresholdOf } from "../workspace-k";
import { roleConditions, type DashboardFilter } from "./filter";
import { distinctLogEmployees, loadRoleFigures, type RoleFigures, roleIdentity, type RoleIdentity } from "./role-figures";

export interface LevelFigures {
  classHours: ClassHours;
  hours: number;
  judgmentBefore: number | null;
  judgmentAfter: number | null;
}

export type LevelRow = {
  level: number;
  labels: string[];
  roles: number;
  headcount: number;
} & Guarded<LevelFigures>;

export interface RoleLookingUpRow extends RoleIdentity {
  judgmentAfter: number;
  comparedLevel: number;
  comparedJudgmentBefore: number;
  margin: number;
}

export interface SeniorityView {
  /** Every level with selected roles, lowest first. */
  levels: LevelRow[];
  index: CompressionIndex;
  /** Levels left out of the index because their figures are suppressed. */
  suppressedLevels: number[];
  rolesLookingUp: RoleLookingUpRow[];
}

/**
 * The judgment share of knowledge work: hands-on work is specialized for its physical presence
 * (decision 075), and a line whose wording names no work says nothing about judgment (decision 203).
 */
export const OUTSIDE_KNOWLEDGE_WORK: readonly Atom[] = ["hands_on", "unclear"];

export interface SeniorityOptions {
  /**
   * Leave these atoms' hours out of every figure (e.g. "hands_on": judgment share of the work
   * that is not physical presence). Suppression still follows the people behind the role.
   */
  excludeAtoms?: readonly Atom[];
}

export function getSeniorityCompression(db: Db, workspaceId: number, filter: DashboardFilter, options: SeniorityOptions = {}): SeniorityView {
  const k = kThresholdOf(db, workspaceId);
  const roles = loadRoleFigures(db, workspaceId, filter, k);
  if (options.excludeAtoms?.length) subtractAtoms(db, workspaceId, filter, roles, options.excludeAtoms);
  const logEmployees = distinctLogEmployees(db, workspaceId, filter, "level");
  const byLevel = new Map<number, { labels: Set<string>; roles: number; headcount: number; classHours: ClassHours }>();
  for (const role of roles) {
    const entry = byLevel.get(role.level) ?? { labels: new Set(), roles: 0, headcount: 0, classHours: emptyClassHours() };
    entry.labels.add(role.levelLabel);
    entry.roles += 1;
    entry.headcount += role.headcount;
    addClassHours(entry.classHours, role.classHours);
    byLevel.set(role.level, entry);
  }
  const levels = [...byLevel].sort((a, b) => a[0] - b[0]);
  const suppressed = new Set(levels.filter(([level]) => isTimeSuppressed(logEmployees.get(level) ?? 0, k)).map(([level]) => level));
  const { levels: judged, index } = seniorityCompression(
    levels.filter(([level]) => !suppressed.has(level)).map(([level, e]) => ({ level, classHours: e.classHours })),
  );
  const judgedByLevel = new Map(judged.map((l) => [l.level, l]));
  const visibleRoles = roles.filter((r) => !r.timeSuppressed && !suppressed.has(r.level) && r.weighting !== null);
  const identity = new Map(roles.map((r) => [r.roleId, r]));
  return {
    levels: levels.map(([level, e]) => ({
      level,
      labels: [...e.labels].sort(),
      roles: e.roles,
      headcount: e.headcount,
      ...guard(suppressed.has(level), () => ({
        classHours: e.classHours,
        hours: totalHours(e.classHours),
        judgmentBefore: judgedByLevel.get(level)?.judgmentBefore ?? null,
        judgmentAfter: judgedByLevel.get(level)?.judgmentAfter ?? null,
      })),
    })),
    index,
    suppressedLevels: [...suppressed],
    rolesLookingUp: rolesLookingUp(
      visibleRoles.map((r) => ({ roleId: r.roleId, level: r.level, classHours: r.classHours })),
      judged,
    ).map((found) => {
      const r = identity.get(found.roleId)!;
      return {
        ...roleIdentity(r),
        judgmentAfter: found.judgmentAfter,
        comparedLevel: found.comparedLevel,
        comparedJudgmentBefore: found.comparedJudgmentBefore,
        margin: found.margin,
      };
    }),
  };
}

/** Removes the hours of `atoms` from each role's class hours (in place). */
function subtractAtoms(db: Db, workspaceId: number, filter: DashboardFilter, roles: RoleFigures[], atoms: readonly Atom[]): void {
  const byId = new Map(roles.map((r) => [r.roleId, r]));
  const list = sql.join(
    atoms.map((a) => sql`${a}`),
    sql`, `,
  );
  for (const row of db.all<{ roleId: number; class: TaskClass; hours: number }>(sql`
    SELECT rr.role_id AS roleId, rr.class AS class, SUM(rr.hours) AS hours
    FROM role_rollups rr JOIN roles r ON r.id = rr.role_id
    WHERE ${roleConditions(workspaceId, filter)} AND rr.atom IN (${list})
    GROUP BY rr.role_id, rr.class`)) {
    const role = byId.get(row.roleId);
    // Clamped: the difference of two float sums can land a hair below zero.
    if (role) role.classHours[row.class] = Math.max(0, role.classHours[row.class] - row.hours);
  }
}
