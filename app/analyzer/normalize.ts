/**
 * The key under which a task text is classified, cached and overridden. Two texts that a
 * person would call "the same task" should normalize alike; anything more aggressive
 * (stemming, synonym folding) belongs to the classifier, not to the key.
 */
export function normalizeTaskText(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/^[\s•·‣◦▪●○■□➢►\-–—*+]+/u, "") // leading bullets
    .replace(/^\(?\d{1,3}[.)]\s+/u, "") // leading "1." / "2)" numbering
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/[\s.;,:!]+$/u, "") // trailing punctuation
    .trim();
}
