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
  const eligible = candidates.filter((c) => c.confidence !== null && (options.includeOverridden || !c.overridden));
  const scores = new Float64Array(eligible.length);
  for (let i = 0; i < eligible.length; i++) scores[i] = reviewScore(eligible[i].confidence!, eligible[i].hours);
  const limit = options.limit === undefined ? eligible.length : Math.max(0, options.limit);
  const order = mayRankWithin(eligible, scores, limit).sort((i, j) => {
    const a = eligible[i];
    const b = eligible[j];
    return (
      Number(a.overridden) - Number(b.overridden) ||
      scores[j] - scores[i] ||
      a.confidence! - b.confidence! ||
      b.hours - a.hours ||
      a.textId - b.textId
    );
  });
  // Copies are made for the ranked few only: copying 20,000 candidates cost more than ranking them.
  return order.slice(0, limit).map((i) => ({ ...eligible[i], score: scores[i] }));
}

/**
 * Indices of the candidates that can be among the first `limit`, so that only those need the
 * full five-key sort: a workspace has ~20,000 texts and a page shows 50. Within the open (not
 * overridden) texts, then the overridden ones, a score below the limit-th best cannot make it.
 */
function mayRankWithin(eligible: readonly ReviewCandidate[], scores: Float64Array, limit: number): number[] {
  const all = eligible.map((_, i) => i);
  if (eligible.length <= limit) return all;
  const open = all.filter((i) => !eligible[i].overridden);
  if (open.length >= limit) return atOrAboveNthBest(open, scores, limit);
  return [...open, ...atOrAboveNthBest(all.filter((i) => eligible[i].overridden), scores, limit - open.length)];
}

function atOrAboveNthBest(indices: number[], scores: Float64Array, n: number): number[] {
  if (n <= 0) return [];
  if (indices.length <= n) return indices;
  // A typed array sorts numbers natively, without a comparison callback.
  const sorted = new Float64Array(indices.length);
  for (let k = 0; k < indices.length; k++) sorted[k] = scores[indices[k]];
  sorted.sort();
  const threshold = sorted[indices.length - n];
  return indices.filter((i) => scores[i] >= threshold);
}
