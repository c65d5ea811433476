/**
 * A problem found in an input file, in the words a person fixing the file needs: where
 * (line, column) and what (expected vs found). Bad input is a value, never an exception.
 */
export interface ImportIssue {
  /** 1-based physical line in the file where the row starts (0 when it concerns the whole file). */
  line: number;
  /** The column's header as written in the file, or null when the problem is not about one cell. */
  column: string | null;
  expected: string;
  /** What the file holds (shortened when long); "" for an empty cell. */
  found: string;
  /** The worksheet, for a problem in an Excel workbook: `line` is then the sheet's row number. */
  sheet?: string;
}

const MAX_FOUND = 80;

/** Long cells are cut so one bad paragraph does not flood a terminal or a page. */
export function shortenFound(value: string): string {
  const flat = value.replace(/\r\n|\r|\n/g, "⏎");
  return flat.length > MAX_FOUND ? flat.slice(0, MAX_FOUND - 1) + "…" : flat;
}

export function issue(line: number, column: string | null, expected: string, found: string): ImportIssue {
  return { line, column, expected, found: shortenFound(found) };
}

/**
 * `FILE:LINE: column "x": expected …, got "…"` — the CLI's and the docs' format; in a workbook,
 * `FILE [Sheet] row N, column "x": expected …`.
 */
export function formatIssue(fileName: string, problem: ImportIssue): string {
  if (problem.sheet !== undefined) {
    const row = problem.line > 0 ? ` row ${problem.line}` : "";
    const column = problem.column === null ? "" : `${row ? "," : ""} column "${problem.column}"`;
    return `${fileName} [${problem.sheet}]${row}${column}: expected ${problem.expected}, got "${problem.found}"`;
  }
  const where = problem.line > 0 ? `${fileName}:${problem.line}` : fileName;
  const column = problem.column === null ? "" : ` column "${problem.column}":`;
  return `${where}:${column} expected ${problem.expected}, got "${problem.found}"`;
}
