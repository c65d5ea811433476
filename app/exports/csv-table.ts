/** A CSV export before it is written: a header and rows of cells (see app/csv/write-csv.ts). */
import type { Guarded } from "../analyzer/privacy";
import { suppressedLabel } from "../charts/format";
import type { CsvValue } from "../csv/write-csv";

export interface CsvTable {
  header: string[];
  /** An array, or a generator that reads the database as the download is streamed. */
  rows: Iterable<CsvValue[]>;
}

/**
 * A figure rounded for a spreadsheet: hours to 0.1 h, shares to 0.01 %. Stored figures are
 * sums of doubles (3,168.0000000004); the extra digits are noise, not precision.
 */
export function round(value: number | null, decimals: number): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const factor = 10 ** decimals;
  // + 0 turns -0 into 0, which a spreadsheet would show as "-0".
  return Math.round(value * factor) / factor + 0;
}

/** The cells of a guarded figure: its values, "fewer than k people" in each, or blanks. */
export function guardedCells<T>(guarded: Guarded<T> | null, width: number, k: number, values: (figures: T) => CsvValue[]): CsvValue[] {
  if (guarded === null) return Array<CsvValue>(width).fill(null);
  if (guarded.suppressed) return Array<CsvValue>(width).fill(suppressedLabel(k));
  return values(guarded.figures);
}
