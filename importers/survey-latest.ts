/**
 * A respondent who answered twice: the latest answer counts. "Latest" is the later
 * submission time when both responses carry one, else the later line (Forms exports list
 * responses in the order they came in). Pure, so the rule is tested on its own.
 */
export interface Dated {
  line: number;
  submittedAt: string | null;
}

export function keepLatest<T extends Dated>(rows: readonly T[], keyOf: (row: T) => string): { kept: T[]; dropped: number } {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const key = keyOf(row);
    const seen = latest.get(key);
    if (!seen || isLater(row, seen)) latest.set(key, row);
  }
  const kept = [...latest.values()].sort((a, b) => a.line - b.line);
  return { kept, dropped: rows.length - kept.length };
}

function isLater(a: Dated, b: Dated): boolean {
  if (a.submittedAt && b.submittedAt && a.submittedAt !== b.submittedAt) return a.submittedAt > b.submittedAt;
  return a.line > b.line;
}
