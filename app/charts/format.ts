/**
 * Number formats for every chart, built on d3-format so that thousands separators, rounding
 * and the typographic minus sign (U+2212) are the same everywhere.
 */
import { format } from "d3-format";

const percent0 = format(".0%");
const hours0 = format(",.0f");
const hours1 = format(",.1~f");
const count1 = format(",.1~f");
const signedCount1 = format("+,.1~f");
const signedPercent0 = format("+.0%");

const compact = format(".3~s");

const isNumber = (value: number) => Number.isFinite(value);

/** 0.423 → "42%"; tiny non-zero shares read "<1%" rather than a misleading "0%". */
export function formatShare(value: number): string {
  if (!isNumber(value)) return "–";
  if (value > 0 && value < 0.005) return "<1%";
  if (value < 1 && value > 0.995) return ">99%";
  return percent0(value);
}

/**
 * The whole percent a share is shown as, for comparing shares as a reader sees them: formatShare's
 * rounding, without its "<1%" and ">99%" forms (0.003 → 0, 0.674 → 67).
 */
export function shownPercent(value: number): number {
  return Number.parseFloat(percent0(value));
}

/** 1234.5 → "1,235 h"; below 10 hours one decimal is kept ("2.5 h"). */
export function formatHours(value: number): string {
  if (!isNumber(value)) return "–";
  return `${Math.abs(value) < 10 ? hours1(value) : hours0(value)} h`;
}

/** Headcount / FTE: "12", "12.5", "1,204". */
export function formatHeadcount(value: number): string {
  if (!isNumber(value)) return "–";
  return count1(value);
}

/** "a", "a and b", "a, b and c": a list as the pages and the report write one in a sentence. */
export function formatList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "1 task", "4,835 tasks": a count with its noun, as the pages and the report write counts. */
export function formatCount(n: number, one: string, many = `${one}s`): string {
  return `${formatHeadcount(n)} ${n === 1 ? one : many}`;
}

/** A change in headcount with its sign: "+2.5", "−12". */
export function formatHeadcountChange(value: number): string {
  if (!isNumber(value)) return "–";
  if (Math.abs(value) < 0.05) return "±0";
  return signedCount1(value);
}

/** A relative change with its sign: "+12%", "−8%". */
export function formatChangeShare(value: number): string {
  if (!isNumber(value)) return "–";
  if (Math.abs(value) < 0.005) return "±0%";
  return signedPercent0(value);
}

/** The label every suppressed figure carries instead of a number. */
export function suppressedLabel(kThreshold: number): string {
  return `fewer than ${kThreshold} people`;
}

/** Axis ticks and in-bar figures for hours, to three significant digits: "0", "500", "12k", "1.17M". */
export function formatCompact(value: number): string {
  if (!isNumber(value)) return "–";
  return compact(value);
}
