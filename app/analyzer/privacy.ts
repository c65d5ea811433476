/**
 * The k-threshold: a figure computed from fewer than k people is suppressed, its numbers
 * removed before it leaves the server. Who counts as "the people behind a figure":
 * docs/decisions/032-k-threshold-suppression.md.
 */
import type { Weighting } from "./rollup";

export type Guarded<T> = { suppressed: false; figures: T } | { suppressed: true; figures: null };

export function isSuppressed(people: number, k: number): boolean {
  return !(people >= k);
}

/** The figures, or nothing at all when fewer than k people are behind them. */
export function guard<T>(people: number, k: number, figures: () => T): Guarded<T> {
  return isSuppressed(people, k) ? { suppressed: true, figures: null } : { suppressed: false, figures: figures() };
}

/**
 * People behind a role's time figures: the distinct employees who logged when the figures come
 * from logs; the role's headcount when they come from its job description.
 */
export function rolePeople(weighting: Weighting | null, loggers: number, headcount: number): number {
  return weighting === "logs" ? loggers : Math.max(0, headcount);
}

/**
 * People behind a group of roles: distinct employees across its log-weighted roles (counted
 * once even when they logged in several) plus the headcount of its statement-weighted roles.
 */
export function groupPeople(distinctLoggers: number, statementHeadcount: number): number {
  return distinctLoggers + Math.max(0, statementHeadcount);
}
