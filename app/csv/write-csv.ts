/**
 * Writing CSV that is safe to open in a spreadsheet. Every CSV Orbital produces (exports,
 * `orbital classify`, workspace backups) goes through here.
 *
 * Formula injection (OWASP "CSV Injection"): a cell starting with =, +, -, @, tab or carriage
 * return can run as a formula in Excel, LibreOffice or Google Sheets. We prefix such cells
 * with a single quote, which spreadsheets display as text. Numbers we wrote ourselves
 * (typed as number) are left alone, so "-3" stays a negative number.
 */

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

export type CsvValue = string | number | boolean | null | undefined;

/** The cell's text, neutralized when a spreadsheet could read it as a formula. */
export function neutralizeCell(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: quote when the cell holds the delimiter, a quote or a line break. */
export function quoteCell(text: string, delimiter = ","): string {
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line (without the line ending) from a row of values. */
export function csvLine(values: readonly CsvValue[], delimiter = ","): string {
  return values.map((v) => quoteCell(neutralizeCell(v), delimiter)).join(delimiter);
}

/** A whole CSV document with CRLF line endings (what spreadsheets expect). */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>, delimiter = ","): string {
  const lines = [csvLine(header, delimiter)];
  for (const row of rows) lines.push(csvLine(row, delimiter));
  return lines.join("\r\n") + "\r\n";
}
