/**
 * The one door from bytes to records: a file's bytes in, its records out with their
 * positions (physical line of each record), in chunks as the bytes arrive. CSV is the only
 * source today; another (an .xlsx sheet reader) plugs in by producing the same records and
 * filling the same facts, and every table spec, mapping and format detection above it
 * works unchanged.
 */
import { CsvSplitter, DELIMITER_NAMES, sniffDelimiter, type CsvRecord } from "./csv-splitter";
import { decodeStream, type EncodingName } from "./decode";
import type { ImportIssue } from "./issues";

export type { CsvRecord as SourceRecord };

/** What the source learned about the file while reading it. */
export interface SourceFacts {
  encoding: EncodingName | null;
  /** What was detected and why, in a sentence. */
  encodingNote: string;
  delimiter: "," | ";" | "\t" | null;
  delimiterName: string;
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
    let records: CsvRecord[];
    if (!splitter) {
      // The delimiter is sniffed from the header line, so wait until it is complete.
      head += text;
      if (!head.includes("\n") && head.length < 1_000_000) continue;
      splitter = start(head);
      records = splitter.push(head);
    } else {
      records = splitter.push(text);
    }
    report(splitter.issues.splice(0));
    if (records.length) yield records;
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
