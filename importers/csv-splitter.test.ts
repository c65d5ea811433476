/**
 * The splitter against papaparse reading every record (what it did before decision 165): the
 * same records, physical lines, quote problems and fatal problem, for arbitrary text cut into
 * arbitrary chunks.
 */
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { CsvSplitter, overlongRowIssue, type CsvRecord } from "./csv-splitter";
import { issue, type ImportIssue } from "./issues";

const MAX_PENDING_CHARS = 4 * 1024 * 1024;

/**
 * The reference: every record through papaparse's incremental Parser, as before. Its record
 * collection is the old splitter's code kept apart on purpose: an oracle that shared the code
 * under test could not catch its mistakes (only the over-long row's wording is shared).
 */
class PapaSplitter {
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
      this.fatal = overlongRowIssue(this.pending, this.nextLine);
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

interface Splitter {
  push(text: string): CsvRecord[];
  end(): CsvRecord[];
  fatal: ImportIssue | null;
  readonly issues: ImportIssue[];
}

function readAll(splitter: Splitter, chunks: string[]) {
  const records: CsvRecord[] = [];
  const issues: ImportIssue[] = [];
  for (const chunk of chunks) {
    records.push(...splitter.push(chunk));
    issues.push(...splitter.issues.splice(0));
    if (splitter.fatal) break;
  }
  if (!splitter.fatal) records.push(...splitter.end());
  issues.push(...splitter.issues.splice(0));
  return { records, issues, fatal: splitter.fatal };
}

/** Cuts `text` at the given offsets (sorted, deduplicated). */
function cut(text: string, offsets: number[]): string[] {
  const points = [...new Set(offsets.map((o) => o % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(text.slice(from, p));
    from = p;
  }
  chunks.push(text.slice(from));
  return chunks;
}

// Few characters, so quotes, delimiters and line breaks meet in every arrangement.
const csvChar = fc.constantFrom("a", "b", " ", ",", ";", '"', '"', "\n", "\r", "\r\n", "é", "\t");
const csvText = fc.array(csvChar, { maxLength: 120 }).map((cs) => cs.join(""));

describe("CsvSplitter reads as papaparse does", () => {
  test.each([",", ";", "\t"])("arbitrary text, arbitrary chunks (delimiter %j)", (delimiter) => {
    fc.assert(
      fc.property(csvText, fc.array(fc.nat(), { maxLength: 6 }), (text, offsets) => {
        const chunks = cut(text, offsets);
        expect(readAll(new CsvSplitter(delimiter), chunks)).toEqual(readAll(new PapaSplitter(delimiter), chunks));
      }),
      { numRuns: 3000 },
    );
  });

  test("well-formed rows with quoted cells, in one chunk and line by line", () => {
    const cell = fc.oneof(
      fc.stringMatching(/^[a-z ]{0,6}$/),
      fc.stringMatching(/^[a-z ,"\n]{0,6}$/).map((v) => `"${v.replaceAll('"', '""')}"`),
    );
    const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }).map((cells) => cells.join(",")), { maxLength: 8 });
    fc.assert(
      fc.property(rows, fc.boolean(), (lines, finalNewline) => {
        const text = lines.join("\r\n") + (finalNewline ? "\n" : "");
        for (const chunks of [[text], text.split(/(?<=\n)/)]) {
          expect(readAll(new CsvSplitter(","), chunks)).toEqual(readAll(new PapaSplitter(","), chunks));
        }
      }),
      { numRuns: 1000 },
    );
  });

  test("a quote problem is placed on the line its record starts", () => {
    const { records, issues } = readAll(new CsvSplitter(","), ['a,b\nc,"d"x",e\nf,g\n']);
    expect(records.map((r) => [r.line, r.cells])).toEqual([[1, ["a", "b"]], [2, ["c", 'd"x', "e"]], [3, ["f", "g"]]]);
    expect(issues).toEqual([issue(2, null, `a quote (") only around a whole field, doubled inside it ("")`, 'c,d"x,e')]);
  });
});
