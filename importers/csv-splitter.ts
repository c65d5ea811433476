/**
 * Text chunks to CSV records with the physical line each starts on, using papaparse's
 * incremental Parser (the same engine as its streaming mode). Line endings are folded to
 * "\n" first, so CRLF, LF and lone CR files read alike and a quoted multi-line cell keeps
 * plain "\n" breaks. A malformed quote is reported as an issue, never thrown.
 */
import Papa from "papaparse";
import { issue, type ImportIssue } from "./issues";

export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A row longer than this is a quote that never closed, or no row at all: not data. */
const MAX_PENDING_CHARS = 4 * 1024 * 1024;

export class CsvSplitter {
  private readonly parser: { parse(input: string, baseIndex: number, ignoreLastRow: boolean): Papa.ParseResult<string[]> };
  private pending = "";
  private carriageReturn = false;
  private nextLine = 1;
  /** Set when the rest of the file cannot be read as CSV; no more records come after it. */
  fatal: ImportIssue | null = null;
  readonly issues: ImportIssue[] = [];

  constructor(readonly delimiter: string) {
    this.parser = new Papa.Parser({ delimiter, newline: "\n", quoteChar: '"', escapeChar: '"' });
  }

  push(text: string): CsvRecord[] {
    if (this.fatal) return [];
    let chunk = this.carriageReturn ? "\r" + text : text;
    this.carriageReturn = chunk.endsWith("\r");
    if (this.carriageReturn) chunk = chunk.slice(0, -1);
    if (chunk.includes("\r")) chunk = chunk.replace(/\r\n?/g, "\n");
    const input = this.pending + chunk;
    const result = this.parser.parse(input, 0, true);
    this.pending = input.slice(result.meta.cursor);
    if (this.pending.length > MAX_PENDING_CHARS) {
      // An odd number of quotes: a field opened and never closed. Even (none at all, say):
      // every quote closed, the row itself is just longer than any real row (decision 113).
      let quotes = 0;
      for (let i = this.pending.indexOf('"'); i >= 0; i = this.pending.indexOf('"', i + 1)) quotes++;
      this.fatal =
        quotes % 2 === 1
          ? issue(this.nextLine, null, `a closing quote (") for the field opened on this line, within ${MAX_PENDING_CHARS / 1048576} MiB (no row may be longer)`, this.pending.slice(0, 80))
          : issue(this.nextLine, null, `rows of at most ${MAX_PENDING_CHARS / 1048576} MiB (${MAX_PENDING_CHARS.toLocaleString("en")} characters); this row is longer`, this.pending.slice(0, 80));
      this.pending = "";
      return this.collect(result);
    }
    return this.collect(result);
  }

  end(): CsvRecord[] {
    if (this.fatal) return [];
    const input = this.pending + (this.carriageReturn ? "\n" : "");
    this.pending = "";
    if (!input) return [];
    return this.collect(this.parser.parse(input, 0, false));
  }

  private collect(result: Papa.ParseResult<string[]>): CsvRecord[] {
    const records: CsvRecord[] = [];
    const lines: number[] = [];
    for (const cells of result.data) {
      const line = this.nextLine;
      lines.push(line);
      let breaks = 1;
      for (const cell of cells) {
        if (cell.includes("\n")) for (let i = cell.indexOf("\n"); i >= 0; i = cell.indexOf("\n", i + 1)) breaks++;
      }
      this.nextLine += breaks;
      records.push({ line, cells });
    }
    for (const error of result.errors) {
      // The unfinished last row is parsed again with the next chunk; report it then.
      if ((error.row ?? 0) >= records.length) continue;
      const line = lines[error.row ?? 0] ?? this.nextLine;
      const found = records[error.row ?? 0]?.cells.join(this.delimiter) ?? "";
      if (error.code === "MissingQuotes") {
        this.fatal = issue(line, null, 'a closing quote (") for the field opened on this line', found);
        return records.slice(0, error.row ?? 0);
      }
      this.issues.push(issue(line, null, `a quote (") only around a whole field, doubled inside it ("")`, found));
    }
    return records;
  }
}

/** The delimiter used in the header line: comma, semicolon or tab (the most frequent outside quotes). */
export function sniffDelimiter(firstLine: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "," || ch === ";" || ch === "\t")) counts[ch]++;
  }
  if (counts["\t"] > counts[","] && counts["\t"] >= counts[";"]) return "\t";
  if (counts[";"] > counts[","]) return ";";
  return ",";
}

export const DELIMITER_NAMES: Record<string, string> = { ",": "comma", ";": "semicolon", "\t": "tab" };
