/**
 * What a kind of file (jobs, logs) tells the generic reader: its columns, and how one
 * record of cells becomes a validated row or a list of issues.
 */
import { z } from "zod";
import type { ColumnSpec, HeaderMatch } from "./headers";
import { issue, type ImportIssue } from "./issues";

/** A row, or its problems. An empty `issues` list drops the row without a problem: a row the spec skips on purpose and counts itself (`--skip-unknown-people`). */
export type RowResult<Row> = { row: Row; issues?: undefined } | { row?: undefined; issues: ImportIssue[] };

export interface TableSpec<Key extends string, Row> {
  kind: "jobs" | "logs" | "tasks" | "roster" | "survey";
  columns: readonly ColumnSpec<Key>[];
  /** How a header compares with the columns' names (default `headerKey` in ./headers). */
  headerKey?(header: string): string;
  /** Issues about the header as a whole (e.g. "hours" or "minutes" must be present). */
  checkHeader?(match: HeaderMatch<Key>, cells: readonly string[], line: number): ImportIssue[];
  /**
   * A fresh validator per file (it may remember earlier rows, e.g. duplicate role ids). It
   * takes the record's cells as read; `cellOf` in ./headers reads a column from them.
   */
  createValidator(match: HeaderMatch<Key>): (cells: readonly string[], line: number) => RowResult<Row>;
  /**
   * For a kind with several formats: picks, from the header row, the spec that reads this
   * file and the format's name as the import summary says it, or refuses the header.
   */
  forHeader?(cells: readonly string[], line: number): { spec: TableSpec<string, Row>; format: string } | { issues: ImportIssue[] };
}

type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string };

/** A zod string field run through one of our parsers; a failure becomes a zod issue carrying `expected`. */
export function parsedField<T>(parse: (text: string) => Parsed<T>) {
  return z.string().transform((text, ctx): T => {
    const result = parse(text);
    if (!result.ok) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: result.expected });
      return z.NEVER;
    }
    return result.value;
  });
}

export function requiredText(what: string, maxLength = 2000) {
  return parsedField((text) => {
    const value = text.trim();
    if (!value) return { ok: false, expected: what };
    if (value.length > maxLength) return { ok: false, expected: `${what} of at most ${maxLength} characters` };
    return { ok: true, value };
  });
}

export function optionalText(maxLength = 10_000) {
  return parsedField<string | null>((text) => {
    const value = text.trim();
    if (value.length > maxLength) return { ok: false, expected: `at most ${maxLength} characters` };
    return { ok: true, value: value || null };
  });
}

/** The record as an object keyed by column, with "" for absent optional columns (for zod). */
export function recordOf<Key extends string>(cells: readonly string[], match: HeaderMatch<Key>, keys: readonly Key[]): Record<Key, string> {
  const record = {} as Record<Key, string>;
  for (const key of keys) {
    const index = match.index[key];
    record[key] = index === undefined ? "" : (cells[index] ?? "");
  }
  return record;
}

/** Turns a failed safeParse into issues that name the file's own header for each cell. */
export function zodIssues<Key extends string>(
  error: z.ZodError,
  record: Record<Key, string>,
  match: HeaderMatch<Key>,
  line: number,
): ImportIssue[] {
  return error.issues.map((zi) => {
    const key = zi.path[0] as Key | undefined;
    const column = key === undefined ? null : (match.written[key] ?? key);
    return issue(line, column, zi.message, key === undefined ? "" : (record[key] ?? ""));
  });
}
