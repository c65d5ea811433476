/**
 * Dates in a file: ISO 8601 (`2026-07-01`, optionally with a time) or the one local format,
 * `DD.MM.YYYY` (dots are only ever day-first). Slash dates such as `03/04/2026` mean 3 April
 * in London and March 4 in New York, so they are refused, never guessed
 * (docs/decisions/003-dates-and-numbers.md).
 */
export type DateResult = { ok: true; date: string } | { ok: false; expected: string };

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DOTTED = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const DOTTED_SHORT_YEAR = /^(\d{1,2})\.(\d{1,2})\.(\d{2})$/;
const SLASHED = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})$/;

export const ACCEPTED_DATES = "a date as YYYY-MM-DD (ISO 8601) or DD.MM.YYYY";

const pad = (n: number) => String(n).padStart(2, "0");

function calendarDate(year: number, month: number, day: number): DateResult {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) {
    return { ok: false, expected: `a real calendar date (${ACCEPTED_DATES})` };
  }
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return { ok: false, expected: `a real calendar date (${ACCEPTED_DATES})` };
  return { ok: true, date: `${year}-${pad(month)}-${pad(day)}` };
}

export function parseDate(raw: string): DateResult {
  const text = raw.trim();
  let m = ISO.exec(text);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DOTTED.exec(text);
  if (m) return calendarDate(Number(m[3]), Number(m[2]), Number(m[1]));
  if (DOTTED_SHORT_YEAR.test(text)) {
    return { ok: false, expected: `a four-digit year (${ACCEPTED_DATES})` };
  }
  m = SLASHED.exec(text);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a <= 12 && b <= 12 && a !== b) {
      return {
        ok: false,
        expected: `an unambiguous date: "${text}" could be day/month or month/day; write YYYY-MM-DD or DD.MM.YYYY`,
      };
    }
    return { ok: false, expected: `${ACCEPTED_DATES} (slash dates are not read: day/month or month/day?)` };
  }
  return { ok: false, expected: ACCEPTED_DATES };
}
