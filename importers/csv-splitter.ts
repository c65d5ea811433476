/**
 * Text chunks to CSV records with the physical line each starts on. Line endings are folded
 * to "\n" first, so CRLF, LF and lone CR files read alike and a quoted multi-line cell keeps
 * plain "\n" breaks. A malformed quote is reported as an issue, never thrown.
 *
 * A record whose line holds no quote is split here, with `indexOf` and one `substring` per
 * cell; a record with a quote anywhere in its first line, and the unfinished end of the file,
 * go to papaparse's incremental Parser (the same engine as its streaming mode), one record at
 * a time, so every quoting rule and message is papaparse's own (decision 165). Splitting
 * plain lines here allocates about a third of what papaparse did per row, and a million-row
 * import reads through this twice a second or more.
 */
import Papa from "papaparse";
import { issue, type ImportIssue } from "./issues";

export interface CsvRecord {
  line: number;
  cells: string[];
}

/** A row longer than this is a quote that never closed, or no row at all: not data. */
const MAX_PENDING_CHARS = 4 * 1024 * 1024;

type PapaParser = { parse(input: string, baseIndex: number, ignoreLastRow: boolean): Papa.ParseResult<string[]> };

export class CsvSplitter {
  /** Reads one record at a time (a quoted one); `whole` reads the end of the file. */
  private readonly oneRecord: PapaParser;
  private readonly whole: PapaParser;
  private pending = "";
  private carriageReturn = false;
  private nextLine = 1;
  /** Set when the rest of the file cannot be read as CSV; no more records come after it. */
  fatal: ImportIssue | null = null;
  readonly issues: ImportIssue[] = [];

  constructor(readonly delimiter: string) {
    const config = { delimiter, newline: "\n", quoteChar: '"', escapeChar: '"' } as const;
    this.oneRecord = new Papa.Parser({ ...config, preview: 1 });
    this.whole = new Papa.Parser(config);
  }

  push(text: string): CsvRecord[] {
    if (this.fatal) return [];
    let chunk = this.carriageReturn ? "\r" + text : text;
    this.carriageReturn = chunk.endsWith("\r");
    if (this.carriageReturn) chunk = chunk.slice(0, -1);
    if (chunk.includes("\r")) chunk = chunk.replace(/\r\n?/g, "\n");
    const records: CsvRecord[] = [];
    if (!chunk.includes("\n")) {
      // No record ends without a line break: nothing to split again until one comes (a long row
      // arrives in many 16 KB pieces, and each would otherwise scan it all again).
      this.pending += chunk;
    } else {
      const input = this.pending + chunk;
      const cursor = this.split(input, records);
      this.pending = cursor === 0 ? input : input.slice(cursor);
      if (this.fatal) {
        this.pending = "";
        return records;
      }
    }
    if (this.pending.length > MAX_PENDING_CHARS) {
      this.fatal = overlongRowIssue(this.pending, this.nextLine);
      this.pending = "";
    }
    return records;
  }

  end(): CsvRecord[] {
    if (this.fatal) return [];
    const input = this.pending + (this.carriageReturn ? "\n" : "");
    this.pending = "";
    if (!input) return [];
    return this.collect(this.whole.parse(input, 0, false), []);
  }

  /**
   * Appends the complete records of `input` to `records`; returns where the unfinished rest
   * starts. A line without a quote is one record; papaparse reads the others.
   */
  private split(input: string, records: CsvRecord[]): number {
    const delimiter = this.delimiter;
    let at = 0;
    let quote = input.indexOf('"');
    for (;;) {
      const newline = input.indexOf("\n", at);
      if (newline < 0) return at;
      if (quote >= 0 && quote < at) quote = input.indexOf('"', at);
      if (quote >= 0 && quote < newline) {
        // A quoted field may run over several lines: papaparse finds the record's end.
        const rest = at === 0 ? input : input.slice(at);
        const result = this.oneRecord.parse(rest, 0, true);
        if (!result.data.length) return at;
        this.collect(result, records);
        if (this.fatal) return at;
        at += result.meta.cursor;
        continue;
      }
      const cells: string[] = [];
      let start = at;
      for (let next = input.indexOf(delimiter, start); next >= 0 && next < newline; next = input.indexOf(delimiter, start)) {
        cells.push(input.substring(start, next));
        start = next + delimiter.length;
      }
      cells.push(input.substring(start, newline));
      records.push({ line: this.nextLine++, cells });
      at = newline + 1;
    }
  }

  /** Papaparse's records and quote problems, each placed on the physical line it starts. */
  private collect(result: Papa.ParseResult<string[]>, records: CsvRecord[]): CsvRecord[] {
    const first = records.length;
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
    const parsed = records.length - first;
    for (const error of result.errors) {
      // The unfinished last row is parsed again with the next chunk; report it then.
      const row = error.row ?? 0;
      if (row >= parsed) continue;
      const line = lines[row] ?? this.nextLine;
      const found = records[first + row]?.cells.join(this.delimiter) ?? "";
      if (error.code === "MissingQuotes") {
        this.fatal = issue(line, null, 'a closing quote (") for the field opened on this line', found);
        records.length = first + row;
        return records;
      }
      this.issues.push(issue(line, null, `a quote (") only around a whole field, doubled inside it ("")`, found));
    }
    return records;
  }
}

/** The delimiter used in the header line: comma, semicolon or tab (the most frequent outside quotes). */
/**
 * The problem of a row still open past MAX_PENDING_CHARS. An odd number of quotes: a field opened
 * and never closed. Even (none at all, say): every quote closed, the row itself is just longer
 * than any real row (decision 113).
 */
export function overlongRowIssue(pending: string, line: number): ImportIssue {
  let quotes = 0;
  for (let i = pending.indexOf('"'); i >= 0; i = pending.indexOf('"', i + 1)) quotes++;
  return quotes % 2 === 1
    ? issue(line, null, `a closing quote (") for the field opened on this line, within ${MAX_PENDING_CHARS / 1048576} MiB (no row may be longer)`, pending.slice(0, 80))
    : issue(line, null, `rows of at most ${MAX_PENDING_CHARS / 1048576} MiB (${MAX_PENDING_CHARS.toLocaleString("en")} characters); this row is longer`, pending.slice(0, 80));
}

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
