/**
 * Hours per class and the shares derived from them: the small arithmetic every roll-up,
 * scenario and compression figure shares, so the pages agree to the last digit.
 */
import { TASK_CLASSES, type TaskClass } from "./taxonomy";

export type ClassHours = Record<TaskClass, number>;

/**
 * Hours one full-time employee works in a year: 40 h × 44 weeks, i.e. 52 weeks less
 * holidays, leave and sickness. Annualized role hours = headcount × this × share, which is
 * what makes a role with three weeks of logs comparable with one described only on paper.
 * See docs/decisions/030-annualized-role-hours.md.
 */
export const HOURS_PER_FTE_YEAR = 1760;

export function emptyClassHours(): ClassHours {
  return { automatable: 0, democratized: 0, specialized: 0 };
}

export function totalHours(hours: ClassHours): number {
  return hours.automatable + hours.democratized + hours.specialized;
}

export function addClassHours(into: ClassHours, from: ClassHours): ClassHours {
  for (const c of TASK_CLASSES) into[c] += from[c];
  return into;
}

/** Share of each class; null when there are no hours (a share of nothing is not 0 %). */
export function classShares(hours: ClassHours): ClassHours | null {
  const total = totalHours(hours);
  if (!(total > 0)) return null;
  return {
    automatable: hours.automatable / total,
    democratized: hours.democratized / total,
    specialized: hours.specialized / total,
  };
}
