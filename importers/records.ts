/**
 * The one door from bytes to records: a file's bytes in, its records out with their
 * positions (physical line of each record), in chunks as the bytes arrive. Two sources: CSV
 * text, and an Excel workbook's sheet (recognized from the first bytes: importers/xlsx-records.ts),
 * whose records carry the sheet's row numbers; every table spec, mapping and format detection
 * above works unchanged on either.
 */
import { CsvSplitter, DELIMITER_NAMES, sniffDelimiter, type CsvRecord } from "./csv-splitter";
import { decodeStream, type EncodingName } from "./decode";
import type { ImportIssue } from "./issues";
import { checkWorkbookSignature, looksLikeWorkbook, readWorkbookRecords, type WorkbookRecord } from "./xlsx-records";

export type { CsvRecord as SourceRecord };

/** Text handed to the CSV splitter at a time (about 250 rows of a task log). */
const PIECE_CHARS = 16 * 1024;

/** What the source learned about the file while reading it. */
export interface SourceFacts {
  encoding: EncodingName | null;
  /** What was detected and why, in a sentence. */
  encodingNote: string;
  delimiter: "," | ";" | "\t" | null;
  delimiterName: string;
  /** "xlsx" for an Excel workbook (recognized from its first bytes, whatever its name), else "csv". */
  container: "csv" | "xlsx";
  /** The worksheet read, and every sheet's name, for a workbook; null and [] for CSV. */
  sheet: string | null;
  sheets: string[];
}

/**
 * The records of a file, CSV or workbook. A workbook it will not read (encrypted, macros,
 * links to other workbooks, no such sheet) is thrown as `WorkbookProblem`.
 */
export async function* fileRecords(
  chunks: AsyncIterable<Uint8Array>,
  facts: SourceFacts,
  report: (problems: readonly ImportIssue[]) => void,
  options: { sheet?: string } = {},
): AsyncGenerator<WorkbookRecord[]> {
  const bytes = await peekFirst(chunks);
  if (!bytes.first || !looksLikeWorkbook(bytes.first)) {
    yield* csvRecords(bytes.all, facts, report);
    return;
  }
  checkWorkbookSignature(bytes.first);
  facts.container = "xlsx";
  facts.encodingNote = "an Excel workbook (.xlsx)";
  yield* readWorkbookRecords(bytes.all, {
    sheet: options.sheet,
    onSheet: (found) => {
      facts.sheet = found.sheet;
      facts.sheets = found.sheets;
    },
  });
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

/**
 * Yields the records of a CSV byte stream, a chunk's worth at a time. Problems go to
 * `report`; a fatal one (an unclosed quote) ends the stream. Decoding problems are thrown as
 * `DecodeProblem` for the caller to place.
 */
export async function* csvRecords(
  chunks: AsyncIterable<Uint8Array>,
  facts: SourceFacts,
  report: (problems: readonly ImportIssue[]) => void,
): AsyncGenerator<CsvRecord[]> {
  let splitter: CsvSplitter | undefined;
  let head = "";
  const start = (text: string) => {
    const firstLine = text.split("\n", 1)[0].replace(/^\uFEFF/, "");
    const delimiter = sniffDelimiter(firstLine);
    facts.delimiter = delimiter;
    facts.delimiterName = DELIMITER_NAMES[delimiter];
    return new CsvSplitter(delimiter);
  };
  const texts = decodeStream(chunks, (detected) => {
    facts.encoding = detected.encoding;
    facts.encodingNote = detected.note;
  });
  for await (const text of texts) {
    let chunk = text;
    if (!splitter) {
      // The delimiter is sniffed from the header line, so wait until it is complete.
      head += text;
      if (!head.includes("\n") && head.length < 1_000_000) continue;
      splitter = start(head);
      chunk = head;
    }
    // A few hundred records at a time: the records of a whole 256 KB chunk, held at once, outlive
    // the young generation's collections and are copied and promoted with it (decision 165).
    for (let at = 0; at < chunk.length && !splitter.fatal; at += PIECE_CHARS) {
      const records = splitter.push(chunk.length <= PIECE_CHARS ? chunk : chunk.slice(at, at + PIECE_CHARS));
      report(splitter.issues.splice(0));
      if (records.length) yield records;
    }
    if (splitter.fatal) break;
  }
  if (!splitter) {
    splitter = start(head);
    const records = splitter.push(head);
    report(splitter.issues.splice(0));
    if (records.length) yield records;
  }
  if (!splitter.fatal) {
    const records = splitter.end();
    report(splitter.issues.splice(0));
    if (records.length) yield records;
  }
  if (splitter.fatal) report([splitter.fatal]);
}
