/**
 * An Excel workbook (.xlsx) read as the same records a CSV file gives: one sheet, each row's
 * cells as text with the sheet's row number in place of the CSV line. Streams each sheet with
 * exceljs' reader, so memory stays flat on large sheets (docs/decisions/160-excel-workbooks.md);
 * the compressed archive is held whole, to read its parts in order (decision 208).
 *
 * Cells become the text a person sees in Excel, in the forms the table readers accept:
 * numbers in plain decimal notation, dates (serial numbers with a date format) as ISO 8601,
 * formulas as their saved result, rich text and hyperlinks as their text.
 */
import { Readable } from "node:stream";
import { buffer } from "node:stream/consumers";
import type ExcelJSModule from "exceljs";
import type { ArchiveFile } from "unzipper";
import type { CsvRecord } from "./csv-splitter";

/** A workbook this reader will not read, in the words of an import issue. */
export class WorkbookProblem extends Error {
  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(`expected ${expected}, got ${found}`);
  }
}

export interface WorkbookFacts {
  /** The sheet read. */
  sheet: string;
  /** Every sheet in workbook order (hidden ones included), for the web page's sheet choice. */
  sheets: string[];
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an encrypted (password-protected) workbook or a legacy .xls. */
const COMPOUND_FILE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  if (bytes.length < signature.length) return false;
  return signature.every((byte, i) => bytes[i] === byte);
}

export function looksLikeWorkbook(firstBytes: Uint8Array): boolean {
  return startsWith(firstBytes, ZIP_SIGNATURE) || startsWith(firstBytes, COMPOUND_FILE_SIGNATURE);
}

const RELATIONSHIP = "relationships/";
const REFUSED_PARTS: Array<{ type: string; what: string }> = [
  { type: "vbaProject", what: "a workbook with macros (.xlsm)" },
  { type: "externalLink", what: "a workbook with links to other workbooks" },
];

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

function dateText(date: Date): string {
  // exceljs builds dates from Excel's serial numbers as UTC instants: read them back in UTC.
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  const seconds = date.getUTCHours() * 3600 + date.getUTCMinutes() * 60 + date.getUTCSeconds();
  if (seconds === 0) return day;
  return `${day}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  // Excel keeps 15 significant digits; binary noise beyond that (0.30000000000000004) is not data.
  return String(Number(value.toPrecision(15)));
}

/** The text of one cell value as exceljs gives it; `null` for a formula with no saved result. */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText)) return v.richText.map((run: { text?: string }) => run.text ?? "").join("");
    if ("formula" in v || "sharedFormula" in v) {
      if (v.result === undefined || v.result === null) return null;
      if (typeof v.result === "object" && v.result !== null && "error" in v.result) return String((v.result as { error: unknown }).error);
      return cellText(v.result);
    }
    if ("error" in v) return String(v.error);
    if ("text" in v) return cellText(v.text);
  }
  return String(value);
}

interface ExcelRow {
  number: number;
  values: unknown[] | Record<string, unknown>;
}

/** A sheet row as a record; `unsaved` lists the (0-based) columns of formulas with no saved result. */
export interface WorkbookRecord extends CsvRecord {
  unsaved?: number[];
}

function toRecord(row: ExcelRow): WorkbookRecord {
  const values = Array.isArray(row.values) ? row.values : [];
  const record: WorkbookRecord = { line: row.number, cells: [] };
  // values[0] is unused: exceljs numbers columns from 1.
  for (let column = 1; column < values.length; column++) {
    const text = cellText(values[column]);
    if (text === null) (record.unsaved ??= []).push(column - 1);
    record.cells.push(text ?? "");
  }
  return record;
}

/**
 * What this module reads and drives of exceljs' streaming reader (not its public API): what its
 * parts told it, and its parts' parsers, called one at a time (worksheetsInOrder).
 */
interface ReaderInternals {
  model?: { sheets?: Array<{ name: string; id: number; rId: string; state?: string }> };
  workbookRels?: Array<{ Id: string; Type: string; Target: string }>;
  _parseRels(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorkbook(entry: NodeJS.ReadableStream): Promise<void>;
  _parseSharedStrings(entry: NodeJS.ReadableStream): AsyncIterable<unknown>;
  _parseStyles(entry: NodeJS.ReadableStream): Promise<void>;
  _parseWorksheet(entry: AsyncIterable<unknown>, sheetNo: string): Iterable<{ eventType: string; value: unknown }>;
}

function refusal(rels: ReaderInternals["workbookRels"]): WorkbookProblem | null {
  for (const rel of rels ?? []) {
    for (const part of REFUSED_PARTS) {
      if (rel.Type.endsWith(RELATIONSHIP + part.type)) {
        return new WorkbookProblem("a workbook of plain data (save a copy as .xlsx without macros or links to other workbooks)", part.what);
      }
    }
  }
  return null;
}

/** The sheet names in workbook order, and which file number each lives in. */
function sheetIndex(internals: ReaderInternals): Array<{ name: string; fileNumber: number | null; hidden: boolean }> {
  const targets = new Map((internals.workbookRels ?? []).map((rel) => [rel.Id, rel.Target]));
  return (internals.model?.sheets ?? []).map((sheet) => {
    const target = targets.get(sheet.rId) ?? "";
    const match = /sheet(\d+)\.xml$/.exec(target);
    return { name: sheet.name, fileNumber: match ? Number(match[1]) : null, hidden: sheet.state !== undefined && sheet.state !== "visible" };
  });
}

const WORKSHEET_PART = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * The workbook's sheets, each read row by row, after the parts that name them (relationships,
 * workbook, shared strings, styles), found through the archive's central directory.
 *
 * Why not exceljs' own pass over the archive: it reads the entries in stored order from one
 * stream, and that stream can end before it hands over the last entry. Writers such as exceljs
 * store xl/workbook.xml last, so now and then, under load, the sheet names were never read and the
 * reader failed ("Cannot read properties of undefined (reading 'sheets')", exceljs issue 3064);
 * a sheet stored last could go unread (decision 208). The compressed archive is held in memory
 * for this; each sheet's XML is still read as a stream.
 */
async function* worksheetsInOrder(parts: ReaderInternals, archive: Buffer): AsyncGenerator<unknown> {
  const { Open } = await import("unzipper");
  const { files } = await Open.buffer(archive);
  const part = (path: string) => files.find((f) => f.path === path);
  const rels = part("xl/_rels/workbook.xml.rels");
  if (rels) await parts._parseRels(rels.stream());
  const workbook = part("xl/workbook.xml");
  if (workbook) await parts._parseWorkbook(workbook.stream());
  const strings = part("xl/sharedStrings.xml");
  if (strings) for await (const event of parts._parseSharedStrings(strings.stream())) void event;
  const styles = part("xl/styles.xml");
  if (styles) await parts._parseStyles(styles.stream());
  const sheets = files
    .map((file) => ({ file, number: WORKSHEET_PART.exec(file.path)?.[1] }))
    .filter((s): s is { file: ArchiveFile; number: string } => s.number !== undefined)
    .sort((a, b) => Number(a.number) - Number(b.number));
  for (const { file, number } of sheets) {
    for (const event of parts._parseWorksheet(file.stream() as unknown as AsyncIterable<unknown>, number)) {
      if (event.eventType === "worksheet") yield event.value;
    }
  }
}

export interface WorkbookRecordsOptions {
  /** The sheet to read, by name; default the first visible sheet. */
  sheet?: string;
  /** Called once the sheet to read is known, before its first records. */
  onSheet?: (facts: WorkbookFacts) => void;
}

/**
 * Reads one sheet of a workbook as batches of records. Throws WorkbookProblem for a workbook it
 * refuses (encrypted, macros, external links, not a workbook, no such sheet).
 */
export async function* readWorkbookRecords(bytes: AsyncIterable<Uint8Array>, options: WorkbookRecordsOptions = {}): AsyncGenerator<WorkbookRecord[]> {
  // Loaded when a workbook comes: exceljs takes about half a second to load, which every import
  // thread (the log parser's included) would otherwise pay for CSV files too (decision 165).
  const ExcelJS = ((await import("exceljs")) as unknown as { default: typeof ExcelJSModule }).default;
  // The reader's own pass over its input is never started (worksheetsInOrder feeds it the parts).
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const internals = reader as unknown as ReaderInternals;
  let chosen: { name: string; fileNumber: number | null } | null = null;
  let sawSheet = false;
  let read = false;
  try {
    // The whole upload, compressed as it came: the archive's directory sits at its end.
    for await (const worksheet of worksheetsInOrder(internals, await buffer(bytes))) {
      const sheet = worksheet as unknown as { id: number; name: string; parse(): AsyncIterable<Array<{ eventType: string; value: unknown }>> };
      if (!sawSheet) {
        sawSheet = true;
        const refused = refusal(internals.workbookRels);
        if (refused) throw refused;
        const index = sheetIndex(internals);
        const names = index.length > 0 ? index.map((s) => s.name) : [sheet.name];
        const wanted = options.sheet;
        const pick = wanted === undefined ? (index.find((s) => !s.hidden) ?? index[0]) : index.find((s) => s.name === wanted || s.name.trim().toLowerCase() === wanted.trim().toLowerCase());
        if (wanted !== undefined && !pick) {
          throw new WorkbookProblem(`a sheet named "${wanted}" (the workbook has ${names.map((n) => `"${n}"`).join(", ")})`, "no such sheet");
        }
        chosen = pick ?? { name: sheet.name, fileNumber: sheet.id };
        options.onSheet?.({ sheet: chosen.name, sheets: names });
      }
      if (read || (chosen!.fileNumber !== null && sheet.id !== chosen!.fileNumber)) continue;
      read = true;
      for await (const events of sheet.parse()) {
        const records: WorkbookRecord[] = [];
        for (const event of events) if (event.eventType === "row") records.push(toRecord(event.value as ExcelRow));
        if (records.length) yield records;
      }
    }
  } catch (error) {
    if (error instanceof WorkbookProblem) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new WorkbookProblem("a readable .xlsx workbook", `a file the workbook reader failed on (${message})`);
  }
  if (!sawSheet) throw new WorkbookProblem("an .xlsx workbook with at least one worksheet", "no worksheet (is this an .xlsb, .ods or other zip file?)");
}

/** Refuses what is not an .xlsx from its first bytes: encrypted workbooks and legacy .xls files. */
export function checkWorkbookSignature(firstBytes: Uint8Array): void {
  if (startsWith(firstBytes, COMPOUND_FILE_SIGNATURE)) {
    throw new WorkbookProblem(
      "an .xlsx workbook without a password (open it in Excel and save a copy as .xlsx with no password)",
      "an encrypted workbook or a legacy .xls file",
    );
  }
}
