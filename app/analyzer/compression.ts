/**
 * Seniority compression: once automatable work goes to AI, does junior work start to look like
 * senior work? Definitions and limits: docs/decisions/031-seniority-compression.md.
 */
import { addClassHours, emptyClassHours, totalHours, type ClassHours } from "./class-hours";

export interface LevelHours {
  /** Ladder index, 0 Entry … 6 Executive. */
  level: number;
  classHours: ClassHours;
}

export interface JudgmentShares {
  /** specialized ÷ all hours; null without hours. */
  before: number | null;
  /** specialized ÷ (all hours − automatable hours); null when nothing would be left. */
  after: number | null;
}

export function judgmentShares(hours: ClassHours): JudgmentShares {
  const total = totalHours(hours);
  const left = hours.democratized + hours.specialized;
  return {
    before: total > 0 ? hours.specialized / total : null,
    after: total > 0 && left > 0 ? hours.specialized / left : null,
  };
}

export interface LevelJudgment extends LevelHours {
  hours: number;
  judgmentBefore: number;
  judgmentAfter: number | null;
}

/** A gap before AI smaller than this (1 percentage point) makes the ratio meaningless. */
export const MIN_GAP_BEFORE = 0.01;
const TOLERANCE = 1e-9;

export type CompressionReading = "widened" | "none" | "compressed" | "alike" | "inverted";

export type CompressionIndex =
  | {
      value: number;
      reading: CompressionReading;
      topLevel: number;
      bottomLevel: number;
      gapBefore: number;
      gapAfter: number;
    }
  | { value: null; reason: string };

export interface SeniorityCompression {
  /** Levels with hours, lowest first. */
  levels: LevelJudgment[];
  index: CompressionIndex;
}

function reading(value: number): CompressionReading {
  if (Math.abs(value) <= TOLERANCE) return "none";
  if (Math.abs(value - 1) <= TOLERANCE) return "alike";
  if (value < 0) return "widened";
  return value > 1 ? "inverted" : "compressed";
}

/**
 * Per level present (hours > 0): judgment share before and after AI; and the compression index
 * 1 − gap after ÷ gap before, the gap being top level present minus bottom level present.
 * Below 0 the gap widened; above 1 juniors' post-AI mix is more judgment-heavy than seniors'.
 */
export function seniorityCompression(input: readonly LevelHours[]): SeniorityCompression {
  const merged = new Map<number, ClassHours>();
  for (const row of input) merged.set(row.level, addClassHours(merged.get(row.level) ?? emptyClassHours(), row.classHours));
  const levels: LevelJudgment[] = [...merged]
    .filter(([, hours]) => totalHours(hours) > 0)
    .sort((a, b) => a[0] - b[0])
    .map(([level, classHours]) => {
      const shares = judgmentShares(classHours);
      return { level, classHours, hours: totalHours(classHours), judgmentBefore: shares.before!, judgmentAfter: shares.after };
    });
  return { levels, index: compressionIndex(levels) };
}

function compressionIndex(levels: readonly LevelJudgment[]): CompressionIndex {
  if (levels.length === 0) return { value: null, reason: "No level has any hours yet." };
  if (levels.length === 1) {
    return { value: null, reason: `Only one level (${levels[0].level}) has hours: there is no senior-to-junior gap to compare.` };
  }
  const bottom = levels[0];
  const top = levels[levels.length - 1];
  const gapBefore = top.judgmentBefore - bottom.judgmentBefore;
  if (Math.abs(gapBefore) < MIN_GAP_BEFORE) {
    return {
      value: null,
      reason: `Before AI, levels ${bottom.level} and ${top.level} have the same judgment share (within 1 percentage point): there is no gap to compress.`,
    };
  }
  for (const level of [bottom, top]) {
    if (level.judgmentAfter === null) {
      return { value: null, reason: `All of level ${level.level}'s hours are automatable: nothing is left to compare after AI.` };
    }
  }
  const gapAfter = top.judgmentAfter! - bottom.judgmentAfter!;
  const value = 1 - gapAfter / gapBefore;
  return { value, reading: reading(value), topLevel: top.level, bottomLevel: bottom.level, gapBefore, gapAfter };
}

export interface RoleLevelHours extends LevelHours {
  roleId: number;
}

export interface RoleLookingUp {
  roleId: number;
  level: number;
  judgmentAfter: number;
  /** The next level up that has hours. */
  comparedLevel: number;
  comparedJudgmentBefore: number;
  /** judgmentAfter − comparedJudgmentBefore (≥ 0). */
  margin: number;
}

/**
 * Roles whose post-AI mix already looks like the level above them: their judgment share after
 * AI is at least the judgment share, before AI, of the next level up that has hours.
 */
export function rolesLookingUp(roles: readonly RoleLevelHours[], levels: readonly LevelJudgment[]): RoleLookingUp[] {
  const sorted = [...levels].sort((a, b) => a.level - b.level);
  const found: RoleLookingUp[] = [];
  for (const role of roles) {
    const after = judgmentShares(role.classHours).after;
    const above = sorted.find((l) => l.level > role.level);
    if (after === null || !above) continue;
    const margin = after - above.judgmentBefore;
    if (margin >= -TOLERANCE) {
      found.push({
        roleId: role.roleId,
        level: role.level,
        judgmentAfter: after,
        comparedLevel: above.level,
        comparedJudgmentBefore: above.judgmentBefore,
        margin: Math.max(0, margin),
      });
    }
  }
  return found.sort((a, b) => a.level - b.level || b.margin - a.margin || a.roleId - b.roleId);
}
