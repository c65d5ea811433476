/**
 * A task-log file of any supported shape: Orbital's own CSV, or a time tracker's export
 * recognized from its header row (or forced with `--format`). Rows come out as `LogRow`s
 * whose `employeeId` is already the person's pseudonym, whatever the shape.
 */
import { emptyFacts } from "./read-table";
import { fileRecords } from "./records";
import type { ImportIssue } from "./issues";
import { logsTable, type LogRow } from "./logs-table";
import type { RoleResult } from "./role-resolver";
import type { TableSpec } from "./table";
import {
  dateOrderEvidence,
  FORMAT_LABELS,
  isSlashDate,
  recognizeTracker,
  TRACKER_FORMATS,
  trackerTable,
  type DateOrder,
  type LogFormatId,
  type TrackerOptions,
} from "./tracker-formats";
import { headerKey } from "./headers";

export interface LogFileOptions extends TrackerOptions {
  /** `--format`: read the file as this format whatever its header says. */
  format: LogFormatId | null;
  resolveRole(value: string): RoleResult;
  /** The workspace's pseudonymizer for an Orbital log's raw employee ids. */
  pseudonymize(rawId: string): string;
}

export function logFileTable(options: LogFileOptions): TableSpec<string, LogRow> {
  const orbital = logsTable(options.resolveRole);
  return {
    ...(orbital as unknown as TableSpec<string, LogRow>),
    forHeader(cells) {
      const recognized = recognizeTracker(cells);
      const id = options.format ?? recognized ?? "orbital";
      const how = options.format ? `--format ${options.format}` : "recognized from the header";
      const format = `${FORMAT_LABELS[id]} (${how})`;
      if (id !== "orbital") return { spec: trackerTable(id, options) as unknown as TableSpec<string, LogRow>, format };
      return { spec: pseudonymized(orbital as unknown as TableSpec<string, LogRow>, options.pseudonymize), format };
    },
  };
}

/** An Orbital log's rows with their raw employee ids replaced by pseudonyms as they are read. */
function pseudonymized(spec: TableSpec<string, LogRow>, pseudonymize: (rawId: string) => string): TableSpec<string, LogRow> {
  return {
    ...spec,
    createValidator(match) {
      const validate = spec.createValidator(match);
      return (cells, line) => {
        const result = validate(cells, line);
        if (result.row) result.row.employeeId = pseudonymize(result.row.employeeId);
        return result;
      };
    },
  };
}

export type DateOrderFinding =
  | { order: DateOrder | null; note: string | null }
  | { order: null; issues: ImportIssue[]; note: null };

/**
 * Day/month order of a tracker export's slash dates (Clockify writes them in the exporter's
 * locale): a first number above 12 means day first, a second above 12 month first. Reads
 * only the header and first row unless that row has a slash date; then the whole date
 * column. A file showing both orders is refused; a file showing neither gets `order: null`
 * (its import then refuses naming --date-format).
 */
export async function findDateOrder(chunks: AsyncIterable<Uint8Array>, forced: LogFormatId | null): Promise<DateOrderFinding> {
  const facts = emptyFacts();
  let dateColumn = -1;
  let header: string[] | null = null;
  let dmy: { line: number; value: string } | null = null;
  let mdy: { line: number; value: string } | null = null;
  let sawSlash = false;
  try {
    for await (const records of fileRecords(chunks, facts, () => {})) {
      for (const record of records) {
        if (record.cells.every((c) => c.trim() === "")) continue;
        if (!header) {
          header = record.cells.map((c) => c.replace(/^\uFEFF/, "").trim());
          const id = forced ?? recognizeTracker(header);
          if (!id || id === "orbital") return { order: null, note: null };
          const dateName = TRACKER_FORMATS.find((f) => f.id === id)!.columns.find((c) => c.key === "date")!.name;
          dateColumn = header.findIndex((h) => headerKey(h) === headerKey(dateName));
          if (dateColumn < 0) return { order: null, note: null };
          continue;
        }
        const value = record.cells[dateColumn] ?? "";
        if (!sawSlash) {
          if (!isSlashDate(value)) return { order: null, note: null };
          sawSlash = true;
        }
        const evidence = dateOrderEvidence(value);
        if (evidence === "DMY") dmy ??= { line: record.line, value };
        if (evidence === "MDY") mdy ??= { line: record.line, value };
        if (dmy && mdy) {
          const later = dmy.line > mdy.line ? dmy : mdy;
          const earlier = later === dmy ? mdy : dmy;
          return {
            order: null,
            note: null,
            issues: [{
              line: later.line,
              column: header[dateColumn],
              expected: `one day/month order in the whole file, but line ${earlier.line} has "${earlier.value}" (${earlier === dmy ? "day first" : "month first"})`,
              found: later.value,
            }],
          };
        }
      }
    }
  } catch {
    // Unreadable bytes: the import's own reading reports them, with their line.
    return { order: null, note: null };
  }
  if (dmy) return { order: "DMY", note: `Dates: day/month/year (line ${dmy.line} has "${dmy.value}")` };
  if (mdy) return { order: "MDY", note: `Dates: month/day/year (line ${mdy.line} has "${mdy.value}")` };
  return { order: null, note: null };
}
