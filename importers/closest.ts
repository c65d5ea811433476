/**
 * The known names that look most like an unknown one, for "did you mean" hints. Character
 * bigram overlap (Dice coefficient) is forgiving of typos, word order and abbreviations.
 */
function bigrams(text: string): Map<string, number> {
  const s = ` ${text.toLowerCase().replace(/\s+/g, " ").trim()} `;
  const grams = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

export function similarity(a: string, b: string): number {
  const ga = bigrams(a);
  const gb = bigrams(b);
  let overlap = 0;
  let total = 0;
  for (const [g, n] of ga) {
    overlap += Math.min(n, gb.get(g) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total === 0 ? 0 : (2 * overlap) / total;
}

/** Up to `limit` candidates, most similar first (ties alphabetically), without duplicates. */
export function closestNames(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const unique = [...new Set(candidates)];
  return unique
    .map((candidate) => ({ candidate, score: similarity(name, candidate) }))
    .sort((x, y) => y.score - x.score || x.candidate.localeCompare(y.candidate))
    .slice(0, limit)
    .map((x) => x.candidate);
}
