/**
 * The importers' entry point: a stream of bytes in, batches of validated rows and issues out.
 * The caller opens the file or upload; nothing here touches a disk or a database, and
 * nothing here throws for bad input: every problem, even a parser crash, is an issue.
 */
import { CsvSplitter, DELIMITER_NAMES, sniffDelimiter, type CsvRecord } from "./csv-splitter";
import { DecodeProblem, decodeStream, type EncodingName } from "./decode";
import { matchHeaders, type HeaderMatch } from "./headers";
import { issue, type ImportIssue } from "./issues";
import type { RowResult, TableSpec } from "./table";
import { checkWorkbookSignature, looksLikeWorkbook, readWorkbookRecords, WorkbookProblem, type WorkbookRecord } from "./xlsx-records";

export interface FileFacts {
  encoding: EncodingName | null;
  /** What was detected and why, in a sentence. */
  encodingNote: string;
  delimiter: "," | ";" | "\t" | null;
  delimiterName: string;
  /** The file's headers that we import, as written. */
  columns: string[];
  /** Headers we do not know; those cells are left out. */
  ignoredColumns: string[];
  /** The header row as written (byte-order mark removed), every column in file order. */
  header: string[];
  /** "xlsx" for an Excel workbook (recognized from its first bytes, whatever its name), else "csv". */
  container: "csv" | "xlsx";
  /** The worksheet read, and every sheet's name, for a workbook; null and [] for CSV. */
  sheet: string | null;
  sheets: string[];
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
  /** For a workbook: the sheet to read by name (default: the first visible sheet). */
  sheet?: string;
}

/** Reads one file; iterate it for batches, then read `facts`, `rowsRead` and `issueCount`. */
export class TableReader<Key extends string, Row> implements AsyncIterable<TableBatch<Row>> {
  readonly facts: FileFacts = {
    encoding: null,
    encodingNote: "",
    delimiter: null,
    delimiterName: "",
    columns: [],
    ignoredColumns: [],
    header: [],
    container: "csv",
    sheet: null,
    sheets: [],
  };
  /** Data rows seen (blank lines not counted). */
  rowsRead = 0;
  rowsValid = 0;
  /** Every issue found, including those beyond `maxIssues`. */
  issueCount = 0;
  bytesRead = 0;

  private readonly batchSize: number;
  private readonly maxIssues: number;
  private readonly sheet: string | undefined;
  private pendingIssues: ImportIssue[] = [];

  constructor(
    private readonly chunks: AsyncIterable<Uint8Array>,
    private readonly spec: TableSpec<Key, Row>,
    options: ReadOptions = {},
  ) {
    this.batchSize = options.batchSize ?? 5000;
    this.maxIssues = options.maxIssues ?? 1000;
    this.sheet = options.sheet;
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
    let splitter: CsvSplitter | undefined;
    let head = "";
    let header: { match: HeaderMatch<Key>; validate: (cells: readonly string[], line: number) => RowResult<Row> } | null = null;
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
      const bytes = await peekFirst(this.countBytes());
      if (bytes.first && looksLikeWorkbook(bytes.first)) {
        checkWorkbookSignature(bytes.first);
        this.facts.container = "xlsx";
        this.facts.encodingNote = "an Excel workbook (.xlsx)";
        const records = readWorkbookRecords(bytes.all, {
          sheet: this.sheet,
          onSheet: (found) => {
            this.facts.sheet = found.sheet;
            this.facts.sheets = found.sheets;
          },
        });
        for await (const batch of records) {
          consume(batch);
          if (headerRejected) break;
          if (rows.length >= this.batchSize || seen >= this.batchSize) yield flush();
        }
        if (!header && !headerRejected) {
          this.report([issue(1, null, "a header row naming the columns", "an empty sheet")]);
        } else if (header && this.rowsRead === 0) {
          this.report([issue(lastLine + 1, null, "at least one data row after the header", "no rows")]);
        }
        yield flush();
        return;
      }
      const texts = decodeStream(bytes.all, (detected) => {
        this.facts.encoding = detected.encoding;
        this.facts.encodingNote = detected.note;
      });
      for await (const text of texts) {
        if (!splitter) {
          // The delimiter is sniffed from the header line, so wait until it is complete.
          head += text;
          if (!head.includes("\n") && head.length < 1_000_000) continue;
          splitter = this.startSplitter(head);
          consume(splitter.push(head));
        } else {
          consume(splitter.push(text));
        }
        this.report(splitter.issues.splice(0));
        if (splitter.fatal || headerRejected) break;
        if (rows.length >= this.batchSize || seen >= this.batchSize) yield flush();
      }
      if (!splitter) {
        splitter = this.startSplitter(head);
        consume(splitter.push(head));
      }
      if (!splitter.fatal && !headerRejected) consume(splitter.end());
      this.report(splitter.issues.splice(0));
      if (splitter.fatal) this.report([splitter.fatal]);
      else if (!header && !headerRejected) {
        this.report([issue(1, null, "a header row naming the columns", "an empty file")]);
      } else if (header && this.rowsRead === 0) {
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
        const what = this.facts.container === "xlsx" ? "a readable .xlsx workbook" : "a readable CSV file";
        this.report([issue(lastLine, null, what, `a file the ${this.facts.container === "xlsx" ? "workbook reader" : "CSV parser"} failed on (${message})`)]);
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

  private startSplitter(head: string): CsvSplitter {
    const firstLine = head.split("\n", 1)[0].replace(/^\uFEFF/, "");
    const delimiter = sniffDelimiter(firstLine);
    this.facts.delimiter = delimiter;
    this.facts.delimiterName = DELIMITER_NAMES[delimiter];
    return new CsvSplitter(delimiter);
  }

  private readHeader(record: CsvRecord) {
    const cells = record.cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, "") : c));
    this.facts.header = cells;
    const { match, issues } = matchHeaders(cells, this.spec.columns, record.line);
    issues.push(...(this.spec.checkHeader?.(match, cells, record.line) ?? []));
    this.facts.columns = this.spec.columns.flatMap((c) => (match.written[c.key] ? [match.written[c.key]!] : []));
    this.facts.ignoredColumns = match.ignored;
    if (issues.length) {
      this.report(issues);
      return null;
    }
    return { match, validate: this.spec.createValidator(match) };
  }

  private readRow(record: CsvRecord, match: HeaderMatch<Key>, validate: (cells: readonly string[], line: number) => RowResult<Row>) {
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

/** Splits off the first chunk to look at it, and gives the whole stream back unchanged. */
async function peekFirst(chunks: AsyncIterable<Uint8Array>): Promise<{ first: Uint8Array | undefined; all: AsyncIterable<Uint8Array> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const head = await iterator.next();
  const first = head.done ? undefined : head.value;
  async function* all() {
    if (first) yield first;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { first, all: all() };
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
