/**
 * Numbers in a file. A decimal point, or a decimal comma with one or two decimals ("1,5"
 * hours, as semicolon-separated European files write it). Thousands separators only where
 * a column says so (costs: "85,000"). Anything else — "N/A", "TBD", "1h" — is an error.
 */
export type NumberResult = { ok: true; value: number } | { ok: false; expected: string };

const PLAIN = /^[-+]?\d+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^[-+]?\d+,\d{1,2}$/;
const THOUSANDS = /^[-+]?\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/;
const HOURS_MINUTES = /^(\d{1,2}):([0-5]\d)$/;

export function parseNumber(raw: string, options: { thousands?: boolean; decimalComma?: boolean } = {}): number | null {
  const text = raw.trim().replace(/\u00a0/g, " ");
  if (PLAIN.test(text)) return Number(text);
  if (options.decimalComma !== false && DECIMAL_COMMA.test(text)) return Number(text.replace(",", "."));
  if (options.thousands && THOUSANDS.test(text)) return Number(text.replace(/[, ]/g, ""));
  return null;
}

/** Hours of work in one log row, returned as minutes: > 0 and at most 24 h. Accepts "1.5", "1,5", "1:30". */
export function parseHours(raw: string): NumberResult {
  const hm = HOURS_MINUTES.exec(raw.trim());
  const hours = hm ? Number(hm[1]) + Number(hm[2]) / 60 : parseNumber(raw);
  return durationResult(hours, "hours", 24, 60);
}

/** Minutes of work in one log row: > 0 and at most 24 h (1440). */
export function parseMinutes(raw: string): NumberResult {
  return durationResult(parseNumber(raw), "minutes", 1440, 1);
}

function durationResult(value: number | null, unit: string, max: number, toMinutes: number): NumberResult {
  if (value === null) return { ok: false, expected: `a number of ${unit} (like 1.5)` };
  if (value < 0) return { ok: false, expected: `a positive number of ${unit} (negative time cannot be logged)` };
  if (value === 0) return { ok: false, expected: `more than 0 ${unit}` };
  if (value > max) return { ok: false, expected: `at most ${max} ${unit} in one row (24 hours)` };
  return { ok: true, value: value * toMinutes };
}
