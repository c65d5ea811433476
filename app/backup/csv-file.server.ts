/**
 * A backup CSV file written row by row: through the formula-injection guard, with the
 * backup's reversible escape, counted and checksummed as it goes, and readable by its owner
 * only (it is HR data). A million log rows never sit in memory as one string.
 */
import { createHash } from "node:crypto";
import { closeSync, openSync, writeSync } from "node:fs";
import { escapeBackupCell } from "../../importers/backup-cells";
import { csvLine, type CsvValue } from "../csv/write-csv";
import type { BackupFileEntry } from "./manifest";

const FLUSH_AT = 1 << 20;

export interface BackupCsvFile {
  write(row: readonly CsvValue[]): void;
  /** Flushes, closes, and returns what the manifest records about the file. */
  close(): BackupFileEntry;
}

export function createBackupCsv(path: string, header: readonly string[]): BackupCsvFile {
  const fd = openSync(path, "wx", 0o600);
  const hash = createHash("sha256");
  let pending = "";
  let bytes = 0;
  let rows = 0;
  const flush = () => {
    if (!pending) return;
    const buffer = Buffer.from(pending, "utf8");
    writeSync(fd, buffer);
    hash.update(buffer);
    bytes += buffer.length;
    pending = "";
  };
  const line = (values: readonly CsvValue[]) => {
    pending += csvLine(values.map((v) => (typeof v === "string" ? escapeBackupCell(v) : typeof v === "number" ? plainNumber(v) : v))) + "\r\n";
    if (pending.length >= FLUSH_AT) flush();
  };
  line(header);
  return {
    write(row) {
      line(row);
      rows++;
    },
    close() {
      try {
        flush();
      } finally {
        closeSync(fd);
      }
      return { rows, bytes, sha256: hash.digest("hex") };
    },
  };
}

/**
 * The number as the importers read numbers: plain decimal digits. `String` gives the shortest
 * text that reads back as the same double, but switches to exponent form below 1e-6, which
 * the importers (rightly) refuse.
 */
export function plainNumber(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toFixed(20).replace(/\.?0+$/, "");
}
