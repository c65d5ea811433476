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

/**
 * The three sums a share range is made of, over the tasks with hours: the hours H, and per class
 * the expected hours Σ h·p and their variance Σ h²·p(1 − p). Sums of disjoint task sets add up,
 * which lets the pipeline store them once per analysis (docs/decisions/178).
 */
export interface ClassRangeSums {
  hours: number;
  expectedHours: Record<TaskClass, number>;
  variance: Record<TaskClass, number>;
}

export function classRangeSums(tasks: readonly WeightedProbabilities[]): ClassRangeSums {
  let hours = 0;
  for (const t of tasks) if (t.hours > 0) hours += t.hours;
  const expectedHours = {} as Record<TaskClass, number>;
  const variance = {} as Record<TaskClass, number>;
  for (const c of TASK_CLASSES) {
    let mean = 0;
    let v = 0;
    for (const t of tasks) {
      if (!(t.hours > 0)) continue;
      const p = t.probabilities[c];
      mean += t.hours * p;
      v += t.hours * t.hours * p * (1 - p);
    }
    expectedHours[c] = mean;
    variance[c] = v;
  }
  return { hours, expectedHours, variance };
}

/** The ranges the sums describe; null when there are no hours to share. */
export function rangesFromSums(sums: ClassRangeSums): ClassShareRanges | null {
  const total = sums.hours;
  if (!(total > 0)) return null;
  const ranges = {} as ClassShareRanges;
  for (const c of TASK_CLASSES) {
    const expected = sums.expectedHours[c] / total;
    const half = (Z90 * Math.sqrt(sums.variance[c])) / total;
    ranges[c] = { expected, low: Math.max(0, expected - half), high: Math.min(1, expected + half) };
  }
  return ranges;
}

/** Null when there are no hours to share. */
export function classShareRanges(tasks: readonly WeightedProbabilities[]): ClassShareRanges | null {
  return rangesFromSums(classRangeSums(tasks));
}
