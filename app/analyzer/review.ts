/**
 * The review queue: where a reviewer's minutes matter most. Score = (1 − confidence) × hours,
 * so an uncertain task that fills a lot of the organization's time comes before an uncertain
 * task nobody spends time on, and before a confident big one.
 */

export interface ReviewCandidate {
  textId: number;
  /** The classifier's confidence, 0–1; null when the text has not been classified yet. */
  confidence: number | null;
  /** Annualized hours across the roles that do the task. */
  hours: number;
  overridden: boolean;
}

export type Ranked<T> = T & { score: number };

export function reviewScore(confidence: number, hours: number): number {
  const c = Math.min(1, Math.max(0, confidence));
  return (1 - c) * Math.max(0, hours);
}

/**
 * Highest score first; ties go to the lower confidence, then the larger hours, then the
 * older text. Unclassified texts are left out. Overridden texts are left out unless asked
 * for, and then come after every text still waiting for a person.
 */
export function rankReviewQueue<T extends ReviewCandidate>(
  candidates: readonly T[],
  options: { limit?: number; includeOverridden?: boolean } = {},
): Ranked<T>[] {
  const ranked = candidates
    .filter((c) => c.confidence !== null && (options.includeOverridden || !c.overridden))
    .map((c) => ({ ...c, score: reviewScore(c.confidence!, c.hours) }))
    .sort(
      (a, b) =>
        Number(a.overridden) - Number(b.overridden) ||
        b.score - a.score ||
        a.confidence! - b.confidence! ||
        b.hours - a.hours ||
        a.textId - b.textId,
    );
  return options.limit === undefined ? ranked : ranked.slice(0, Math.max(0, options.limit));
}
