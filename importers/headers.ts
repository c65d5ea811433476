/**
 * Matching a file's header row to the columns we know. Headers compare case-, space- and
 * punctuation-insensitively ("Job Title", "job_title" and "JOB TITLE" are one), and each
 * column has the aliases people actually use ("Dept", "FTE", "Duration (min)").
 */
import { issue, type ImportIssue } from "./issues";

export interface ColumnSpec<Key extends string = string> {
  key: Key;
  /** The canonical header, as the README documents it. */
  name: string;
  aliases: readonly string[];
  required: boolean;
}

export interface HeaderMatch<Key extends string = string> {
  /** Column index in the file for each known column present. */
  index: Partial<Record<Key, number>>;
  /** The header as written in the file, for messages ("Duration (min)"). */
  written: Partial<Record<Key, string>>;
  /** Headers we do not know; their cells are not imported. */
  ignored: string[];
  width: number;
}

/** More columns than this in a header row are refused. */
export const MAX_COLUMNS = 1000;
/** At most this many duplicate names are reported one by one. */
const MAX_DUPLICATES_LISTED = 5;

/** Each non-blank header once: with two "Notes" columns, which one is meant? Blank headers may repeat (spreadsheet padding). */
function duplicateHeaders(cells: readonly string[], line: number): ImportIssue[] {
  const seen = new Map<string, number>();
  for (const raw of cells) {
    const header = raw.trim();
    if (header) seen.set(header, (seen.get(header) ?? 0) + 1);
  }
  const duplicates = [...seen].filter(([, count]) => count > 1);
  const listed = duplicates.slice(0, MAX_DUPLICATES_LISTED).map(([header, count]) => issue(line, header, "each column name once in the header row", `"${header}" ${count} times`));
  if (duplicates.length > MAX_DUPLICATES_LISTED) {
    listed.push(issue(line, null, "each column name once in the header row", `${duplicates.length - MAX_DUPLICATES_LISTED} more names repeated`));
  }
  return listed;
}

export const headerKey = (header: string) => header.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

export function matchHeaders<Key extends string>(
  cells: readonly string[],
  columns: readonly ColumnSpec<Key>[],
  line: number,
): { match: HeaderMatch<Key>; issues: ImportIssue[] } {
  const lookup = new Map<string, ColumnSpec<Key>>();
  for (const column of columns) {
    for (const alias of [column.name, ...column.aliases]) lookup.set(headerKey(alias), column);
  }
  const match: HeaderMatch<Key> = { index: {}, written: {}, ignored: [], width: cells.length };
  const issues: ImportIssue[] = [];
  // No real export has thousands of columns; a header that does is not one (decision 113),
  // and listing its columns would make a page or a message of megabytes.
  if (cells.length > MAX_COLUMNS) {
    return { match, issues: [issue(line, null, `a header row of at most ${MAX_COLUMNS.toLocaleString("en")} columns`, `${cells.length.toLocaleString("en")} columns: ${cells.slice(0, 5).join(", ")}, …`)] };
  }
  issues.push(...duplicateHeaders(cells, line));
  cells.forEach((raw, i) => {
    const header = raw.trim();
    const column = lookup.get(headerKey(header));
    if (!column) {
      if (header) match.ignored.push(header);
      return;
    }
    if (match.index[column.key] !== undefined) {
      issues.push(issue(line, header, `one column for "${column.name}", but "${match.written[column.key]}" already is`, header));
      return;
    }
    match.index[column.key] = i;
    match.written[column.key] = header;
  });
  for (const column of columns) {
    if (column.required && match.index[column.key] === undefined) {
      issues.push(missingColumn(line, column, cells));
    }
  }
  return { match, issues };
}

export function missingColumn(line: number, column: ColumnSpec, cells: readonly string[], alternative?: ColumnSpec): ImportIssue {
  const names = (c: ColumnSpec) => [c.name, ...c.aliases.slice(0, 4)].map((n) => `"${n}"`).join(", ");
  const expected = alternative
    ? `a column "${column.name}" or "${alternative.name}" (accepted headers: ${names(column)}, ${names(alternative)})`
    : `a column "${column.name}" (accepted headers: ${names(column)})`;
  return issue(line, column.name, expected, `a header row with ${cells.map((c) => c.trim()).filter(Boolean).join(", ") || "no columns"}`);
}
