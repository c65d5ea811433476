/**
 * Splits a job description's responsibilities cell into task statements, in order.
 * People separate tasks with bullets (•, -, *, numbers), line breaks or semicolons; a
 * statement keeps its wording (the bullet itself is dropped).
 */
const INLINE_BULLET = /\s+[•·▪●◦‣]\s+/u;
const LEADING_MARKER = /^\s*(?:[•·‣◦▪●■□➢►*+\-–—]+|\(?\d{1,3}[.)]|\(?[a-z][)])\s+/iu;
const ONLY_MARKER = /^\s*(?:[•·‣◦▪●■□➢►*+\-–—]+|\(?\d{1,3}[.)])\s*$/u;

export function splitResponsibilities(text: string): string[] {
  const statements: string[] = [];
  for (const line of text.split(/\r\n|\r|\n/)) {
    for (const piece of line.split(INLINE_BULLET)) {
      if (ONLY_MARKER.test(piece)) continue;
      const unmarked = piece.replace(LEADING_MARKER, "").replace(/^\s*[•·‣◦▪●]\s*/u, "");
      for (const part of unmarked.split(";")) {
        const statement = part.trim().replace(/\s+/g, " ");
        if (/[\p{L}\p{N}]/u.test(statement)) statements.push(statement);
      }
    }
  }
  return statements;
}
