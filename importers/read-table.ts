/**
 * The importers' entry point: a stream of bytes in, batches of validated rows and issues out.
 * The caller opens the file or upload; nothing here touches a disk or a database, and
 * nothing here throws for bad input: every problem, even a parser crash, is an issue.
 */
import type { CsvRecord } from "./csv-splitter";
import { DecodeProblem } from "./decode";
import { matchHeaders, MAX_COLUMNS, type ColumnMapping, type HeaderMatch } from "./headers";
import { fileRecords, type SourceFacts } from "./records";
import { WorkbookProblem, type WorkbookRecord } from "./xlsx-records";
import { issue, type ImportIssue } from "./issues";
import type { RowResult, TableSpec } from "./table";

export interface FileFacts extends SourceFacts {
  /** The file's headers that we import, as written. */
  columns: string[];
  /** Headers we do not know; those cells are left out. */
  ignoredColumns: string[];
  /** The header row as written (byte-order mark removed), every column in file order. */
  header: string[];
  /** The file's format when the kind has several (a time tracker's export), as said to the user. */
  format: string | null;
  /** Fields taken from a mapping: Orbital field → the file's header. */
  mapped: Record<string, string>;
  /** The header row was refused as a whole (too many columns, repeated names): no mapping can mend it. */
  headerRefused: boolean;
}

export interface TableBatch<Row> {
  rows: Row[];
  /** Issues found since the previous batch (at most `maxIssues` over the whole file). */
  issues: ImportIssue[];
}

export interface ReadOptions {
  /** Rows per batch (default 5000): the unit the database writes in one synchronous step. */
  batchSize?: number;
  /** Issues kept in full; further ones are only counted (default 1000). */
  maxIssues?: number;
  /** Orbital field → the file's header, overriding the header aliases (`--map`). */
  mapping?: ColumnMapping;
  /** For a workbook: the sheet to read by name (default: the first visible sheet). */
  sheet?: string;
}

/** What is known of a file before reading it. */
export function emptyFacts(): FileFacts {
  return {
    encoding: null,
    encodingNote: "",
    delimiter: null,
    delimiterName: "",
    container: "csv",
    sheet: null,
    sheets: [],
    columns: [],
    ignoredColumns: [],
    header: [],
    format: null,
    mapped: {},
    headerRefused: false,
  };
}

/** Reads one file; iterate it for batches, then read `facts`, `rowsRead` and `issueCount`. */
export class TableReader<Key extends string, Row> implements AsyncIterable<TableBatch<Row>> {
  readonly facts: FileFacts = emptyFacts();
  /** Data rows seen (blank lines not counted). */
  rowsRead = 0;
  rowsValid = 0;
  /** Every issue found, including those beyond `maxIssues`. */
  issueCount = 0;
  bytesRead = 0;

  private readonly batchSize: number;
  private readonly maxIssues: number;
  private readonly sheet: string | undefined;
  private readonly mapping: ColumnMapping;
  private pendingIssues: ImportIssue[] = [];

  constructor(
    private readonly chunks: AsyncIterable<Uint8Array>,
    private readonly spec: TableSpec<Key, Row>,
    options: ReadOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 5000;
    this.maxIssues = options.maxIssues ?? 1000;
    this.sheet = options.sheet;
    this.mapping = options.mapping ?? {};
  }

  private report(problems: readonly ImportIssue[]) {
    for (const problem of problems) {
      if (this.facts.sheet !== null) problem.sheet = this.facts.sheet;
      this.issueCount++;
      if (this.issueCount <= this.maxIssues) this.pendingIssues.push(problem);
    }
  }

  private takeIssues(): ImportIssue[] {
    const taken = this.pendingIssues;
    this.pendingIssues = [];
    return taken;
  }

  private async *countBytes(): AsyncGenerator<Uint8Array> {
    for await (const chunk of this.chunks) {
      this.bytesRead += chunk.length;
      yield chunk;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TableBatch<Row>> {
    let header: { match: HeaderMatch<string>; validate: (cells: readonly string[], line: number) => RowResult<Row> } | null = null;
    let headerRejected = false;
    let rows: Row[] = [];
    let seen = 0;
    let lastLine = 1;

    const consume = (records: WorkbookRecord[]) => {
      for (const record of records) {
        lastLine = record.line;
        if (headerRejected) return;
        if (isBlank(record.cells) && !record.unsaved) continue;
        if (!header) {
          header = record.unsaved ? null : this.readHeader(record);
          if (record.unsaved) this.report(this.unsavedIssues(record));
          if (!header) headerRejected = true;
          continue;
        }
        this.rowsRead++;
        seen++;
        if (record.unsaved) {
          this.report(this.unsavedIssues(record));
          continue;
        }
        const row = this.readRow(record, header.match, header.validate);
        if (row !== undefined) {
          rows.push(row);
          this.rowsValid++;
        }
      }
    };
    const flush = (): TableBatch<Row> => {
      const batch = { rows, issues: this.takeIssues() };
      rows = [];
      seen = 0;
      return batch;
    };

    try {
      const source = fileRecords(this.countBytes(), this.facts, (problems) => this.report(problems), { sheet: this.sheet });
      for await (const records of source) {
        consume(records);
        if (headerRejected) break;
        if (rows.length >= this.batchSize || seen >= this.batchSize) yield flush();
      }
      if (!header && !headerRejected && this.issueCount === 0) {
        this.report([issue(1, null, "a header row naming the columns", this.facts.container === "xlsx" ? "an empty sheet" : "an empty file")]);
      } else if (header && this.rowsRead === 0 && this.issueCount === 0) {
        this.report([issue(lastLine + 1, null, "at least one data row after the header", "no rows")]);
      }
    } catch (error) {
      if (error instanceof WorkbookProblem) {
        this.report([issue(0, null, error.expected, error.found)]);
      } else if (error instanceof DecodeProblem) {
        this.report([issue(this.rowsRead === 0 ? 1 : lastLine, null, error.expected, error.found)]);
      } else {
        // A crash in a parser is still the file's problem to the user, reported where it happened.
        const message = error instanceof Error ? error.message : String(error);
        const xlsx = this.facts.container === "xlsx";
        this.report([issue(lastLine, null, xlsx ? "a readable .xlsx workbook" : "a readable CSV file", `a file the ${xlsx ? "workbook reader" : "CSV parser"} failed on (${message})`)]);
      }
    }
    yield flush();
  }

  /** A formula Excel never calculated has no value to import: one issue per such cell. */
  private unsavedIssues(record: WorkbookRecord): ImportIssue[] {
    return (record.unsaved ?? []).map((index) =>
      issue(
        record.line,
        this.facts.header[index] || `column ${columnLetter(index)}`,
        "a value (this formula has no saved result: open the workbook in Excel and save it again)",
        "a formula without a saved result",
      ),
    );
  }

  private readHeader(record: CsvRecord) {
    const cells = record.cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, "") : c));
    // A refused header of a million columns must not ride along in the facts (and the page).
    this.facts.header = cells.length > MAX_COLUMNS ? cells.slice(0, MAX_COLUMNS) : cells;
    let spec: TableSpec<string, Row> = this.spec;
    if (spec.forHeader && cells.length <= MAX_COLUMNS) {
      // A kind with several formats (time-tracker exports) picks the one the header names.
      const chosen = spec.forHeader(cells, record.line);
      if ("issues" in chosen) {
        this.report(chosen.issues);
        return null;
      }
      spec = chosen.spec;
      this.facts.format = chosen.format;
    }
    const { match, issues, refused } = matchHeaders(cells, spec.columns, record.line, this.mapping, spec.headerKey);
    // A header refused as a whole (too wide, repeated names) is not checked further.
    this.facts.headerRefused = refused === true;
    if (!refused) issues.push(...(spec.checkHeader?.(match, cells, record.line) ?? []));
    this.facts.columns = spec.columns.flatMap((c) => (match.written[c.key] ? [match.written[c.key]!] : []));
    this.facts.ignoredColumns = match.ignored;
    this.facts.mapped = Object.fromEntries(spec.columns.flatMap((c) => (this.isMapped(c.name, c.key) && match.written[c.key] ? [[c.name, match.written[c.key]!]] : [])));
    if (issues.length) {
      this.report(issues);
      return null;
    }
    return { match, validate: spec.createValidator(match) };
  }

  private isMapped(name: string, key: string): boolean {
    const k = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
    return Object.keys(this.mapping).some((field) => k(field) === k(name) || k(field) === k(key));
  }

  private readRow(record: CsvRecord, match: HeaderMatch<string>, validate: (cells: readonly string[], line: number) => RowResult<Row>) {
    const { line } = record;
    let cells = record.cells;
    if (this.facts.container === "xlsx") {
      // A sheet leaves out trailing empty cells; beyond the header they must stay empty.
      if (cells.length < match.width) cells = [...cells, ...new Array<string>(match.width - cells.length).fill("")];
      if (cells.length > match.width && cells.slice(match.width).some((c) => c.trim() !== "")) {
        const extra = cells.slice(match.width).filter((c) => c.trim() !== "");
        this.report([issue(line, null, `no cells to the right of the header's last column (${columnLetter(match.width - 1)})`, extra.join(" | "))]);
        return undefined;
      }
    }
    if (cells.length < match.width) {
      this.report([issue(line, null, `${match.width} fields, as many as the header has`, `${cells.length} fields: ${cells.join(this.facts.delimiter ?? ",")}`)]);
      return undefined;
    }
    if (cells.length > match.width && cells.slice(match.width).some((c) => c.trim() !== "")) {
      this.report([
        issue(line, null, `${match.width} fields, as many as the header has (is a ${this.facts.delimiterName} inside an unquoted field?)`, `${cells.length} fields: ${cells.join(this.facts.delimiter ?? ",")}`),
      ]);
      return undefined;
    }
    const result = validate(cells, line);
    if (result.issues) {
      this.report(result.issues);
      return undefined;
    }
    return result.row;
  }
}

/** Excel's column letters: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function isBlank(cells: readonly string[]): boolean {
  for (const cell of cells) if (cell.trim() !== "") return false;
  return true;
}

export function readTable<Key extends string, Row>(
  chunks: AsyncIterable<Uint8Array>,
  spec: TableSpec<Key, Row>,
  options?: ReadOptions,
): TableReader<Key, Row> {
  return new TableReader(chunks, spec, options);
}
