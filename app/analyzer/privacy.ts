/**
 * The k-threshold: a figure computed from fewer than k people is suppressed, its numbers
 * removed before they leave the server. The rule, and why job descriptions are treated
 * differently from task logs: docs/decisions/032-k-threshold-suppression.md.
 */

export type Guarded<T> = { suppressed: false; figures: T } | { suppressed: true; figures: null };

export function isSuppressed(people: number, k: number): boolean {
  return !(people >= k);
}

/**
 * Time figures (hours, shares, atoms) are suppressed when they draw on the task logs of fewer
 * than k distinct employees. Figures from job descriptions alone (no log employees) describe a
 * job, not anybody's activity, and are shown.
 */
export function isTimeSuppressed(logEmployees: number, k: number): boolean {
  return logEmployees > 0 && isSuppressed(logEmployees, k);
}

/** Cost figures are suppressed when the headcount whose pay they reveal is below k. */
export function isCostSuppressed(headcount: number, k: number): boolean {
  return isSuppressed(headcount, k);
}

/** The figures, or nothing at all. */
export function guard<T>(suppressed: boolean, figures: () => T): Guarded<T> {
  return suppressed ? { suppressed: true, figures: null } : { suppressed: false, figures: figures() };
}
