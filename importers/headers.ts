/**
 * Matching a file's header row to the columns we know. Headers compare case-, space- and
 * punctuation-insensitively ("Job Title", "job_title" and "JOB TITLE" are one), and each
 * column has the aliases people actually use ("Dept", "FTE", "Duration (min)").
 */
import { closestNames, similarity } from "./closest";
import { issue, type ImportIssue } from "./issues";

/**
 * Orbital field → the file's header, from `--map FIELD=HEADER` or the web mapping form. A
 * field is named by its canonical header ("title", "employee_id") or its key.
 */
export type ColumnMapping = Readonly<Record<string, string>>;

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
  mapping: ColumnMapping = {},
  keyOf: (header: string) => string = headerKey,
): { match: HeaderMatch<Key>; issues: ImportIssue[]; refused?: true } {
  const lookup = new Map<string, ColumnSpec<Key>>();
  for (const column of columns) {
    for (const alias of [column.name, ...column.aliases]) lookup.set(keyOf(alias), column);
  }
  const match: HeaderMatch<Key> = { index: {}, written: {}, ignored: [], width: cells.length };
  const issues: ImportIssue[] = [];
  // No real export has thousands of columns; a header that does is not one (decision 113),
  // and listing its columns would make a page or a message of megabytes.
  if (cells.length > MAX_COLUMNS) {
    return { refused: true, match, issues: [issue(line, null, `a header row of at most ${MAX_COLUMNS.toLocaleString("en")} columns`, `${cells.length.toLocaleString("en")} columns: ${cells.slice(0, 5).join(", ")}, …`)] };
  }
  // Repeated names are refused on their own: which columns are missing means little until then.
  const duplicates = duplicateHeaders(cells, line);
  if (duplicates.length) return { refused: true, match, issues: duplicates };
  // A mapping wins over the aliases: the columns it names are taken first, and neither the
  // mapped fields nor the mapped columns are matched by alias afterwards.
  const mappedCells = new Set<number>();
  for (const [field, header] of Object.entries(mapping)) {
    const column = columns.find((c) => headerKey(c.name) === headerKey(field) || headerKey(c.key) === headerKey(field));
    if (!column) {
      const fields = columns.map((c) => c.name).join(", ");
      issues.push(issue(line, null, `a field of this kind of file to map (one of ${fields})`, `--map ${field}=${header}`));
      continue;
    }
    const at = cells.findIndex((c) => headerKey(c.trim()) === headerKey(header));
    if (at < 0 || !headerKey(header)) {
      const hint = closestNames(header, cells.map((c) => c.trim()).filter(Boolean));
      issues.push({ line, column: null, expected: `a column "${header}" for --map ${column.name}=… (closest in this file: ${hint.map((h) => `"${h}"`).join(", ")})`, found: headerRow(cells) });
      continue;
    }
    match.index[column.key] = at;
    match.written[column.key] = cells[at].trim();
    mappedCells.add(at);
  }
  cells.forEach((raw, i) => {
    if (mappedCells.has(i)) return;
    const header = raw.trim();
    const column = lookup.get(keyOf(header));
    if (!column || mappedField(mapping, column)) {
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

function mappedField(mapping: ColumnMapping, column: ColumnSpec): boolean {
  return Object.keys(mapping).some((field) => headerKey(field) === headerKey(column.name) || headerKey(field) === headerKey(column.key));
}

/** The file's headers most like any accepted name of `column`: the candidates a refusal suggests for --map. */
export function candidateHeaders(column: ColumnSpec, cells: readonly string[], limit = 3): string[] {
  const names = [column.name, ...column.aliases];
  return cells
    .map((c) => c.trim())
    .filter(Boolean)
    .map((header) => ({ header, score: Math.max(...names.map((n) => similarity(header, n))) }))
    .filter((x) => x.score > 0.2)
    .sort((a, b) => b.score - a.score || a.header.localeCompare(b.header))
    .slice(0, limit)
    .map((x) => x.header);
}

/**
 * A required field the header row lacks: says which field, the headers accepted for it, the
 * file's closest columns, and how to map one (`--map FIELD=HEADER`, or the web mapping form).
 */
export function missingColumn(line: number, column: ColumnSpec, cells: readonly string[], alternative?: ColumnSpec, what?: string): ImportIssue {
  const names = (c: ColumnSpec) => [c.name, ...c.aliases.slice(0, 4)].map((n) => `"${n}"`).join(", ");
  const candidates = [...new Set([...candidateHeaders(column, cells), ...(alternative ? candidateHeaders(alternative, cells) : [])])].slice(0, 3);
  const hint = candidates.length
    ? `; closest columns in this file: ${candidates.map((c) => `"${c}"`).join(", ")} (use one with --map ${column.name}=HEADER)`
    : `; map a column with --map ${column.name}=HEADER`;
  const expected = what
    ? `${what} (accepted headers: ${names(column)}, ${alternative ? names(alternative) : ""})${hint}`
    : alternative
      ? `a column "${column.name}" or "${alternative.name}" (accepted headers: ${names(column)}, ${names(alternative)})${hint}`
      : `a column "${column.name}" (accepted headers: ${names(column)})${hint}`;
  return { line, column: column.name, expected, found: headerRow(cells) };
}

/** The columns a file has, for a refusal: in full (not shortened like a cell), so a user can pick one to map. */
export function headerRow(cells: readonly string[]): string {
  const list = cells.map((c) => c.trim()).filter(Boolean).join(", ");
  return `a header row with ${list.length > 2000 ? list.slice(0, 1999) + "…" : list || "no columns"}`;
}
