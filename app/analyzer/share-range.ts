/**
 * Uncertainty of a class share (issue 11 §2): the expected share of hours in each class from the
 * calibrated per-task probabilities, and a 90% interval around it.
 *
 * Each distinct task text is one draw of its class (its hours move together), independent of
 * the others, so the share of class c is Σ h_t·X_t / H with X_t ~ Bernoulli(p_tc): mean
 * Σ h_t·p_tc / H, variance Σ h_t²·p_tc·(1 − p_tc) / H². The interval is the normal one, clipped
 * to [0, 1]. It covers the classifier's uncertainty about each task, not a shared bias of the
 * model or the data (a whole kind of work read wrongly moves every task at once), so read it as
 * a lower bound of the real uncertainty (docs/decisions/103).
 */
import { TASK_CLASSES, type ClassProbabilities, type TaskClass } from "./taxonomy";

export interface ShareRange {
  /** Expected share of hours, 0–1. */
  expected: number;
  low: number;
  high: number;
}

export type ClassShareRanges = Record<TaskClass, ShareRange>;

export interface WeightedProbabilities {
  hours: number;
  probabilities: ClassProbabilities;
}

/** z for a two-sided 90% normal interval. */
const Z90 = 1.6449;

/** Null when there are no hours to share. */
export function classShareRanges(tasks: readonly WeightedProbabilities[]): ClassShareRanges | null {
  let total = 0;
  for (const t of tasks) if (t.hours > 0) total += t.hours;
  if (!(total > 0)) return null;
  const ranges = {} as ClassShareRanges;
  for (const c of TASK_CLASSES) {
    let mean = 0;
    let variance = 0;
    for (const t of tasks) {
      if (!(t.hours > 0)) continue;
      const p = t.probabilities[c];
      mean += t.hours * p;
      variance += t.hours * t.hours * p * (1 - p);
    }
    const expected = mean / total;
    const half = (Z90 * Math.sqrt(variance)) / total;
    ranges[c] = { expected, low: Math.max(0, expected - half), high: Math.min(1, expected + half) };
  }
  return ranges;
}
