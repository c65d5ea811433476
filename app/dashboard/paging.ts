/**
 * Long lists on the dashboards (decision 154). A page shows what a person can read; the rest is
 * a click away, in the URL so that it works without JavaScript and a link reproduces the view:
 *
 * - a long ranked table is paged: `?page=N`, PAGE_SIZE rows a page (a chart that draws the
 *   same rows, and its hidden data table, shows the same page);
 * - a list that is usually short (departments, tools) shows its first TOP_N rows and a
 *   "show all" link: `?show=<list>` (may repeat), which lists up to SHOW_ALL_CAP rows;
 *   past that the CSV download holds the rest.
 *
 * Pure, shared by server and browser.
 */

/** Rows on one page of a paged table. */
export const PAGE_SIZE = 50;
/** Rows a summarized list shows before "show all". */
export const TOP_N = 20;
/** The most rows "show all" lists on a page; the CSV download has every row. */
export const SHOW_ALL_CAP = 500;
/** Pages are numbered 1…; a number past this is a malformed link, not a big table. */
const MAX_PAGE = 1_000_000;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

/** `?page=` (1 when absent or empty). Anything but a whole number ≥ 1 is a message for a 400. */
export function parsePage(params: URLSearchParams, key = "page"): ParseResult<number> {
  const raw = params.get(key);
  if (raw === null || raw.trim() === "") return { ok: true, value: 1 };
  if (!/^\s*\d+\s*$/.test(raw)) return { ok: false, message: `${key} must be a whole number of 1 or more, got "${raw.slice(0, 40)}"` };
  const page = Number(raw);
  if (page < 1 || page > MAX_PAGE) return { ok: false, message: `${key} must be between 1 and ${MAX_PAGE.toLocaleString("en")}, got "${raw.trim()}"` };
  return { ok: true, value: page };
}

/** Which summarized lists `?show=` opens in full; a name the page does not have is a message for a 400. */
export function parseShowAll<L extends string>(params: URLSearchParams, lists: readonly L[]): ParseResult<ReadonlySet<L>> {
  const shown = new Set<L>();
  for (const raw of params.getAll("show")) {
    if (raw === "") continue;
    if (!(lists as readonly string[]).includes(raw)) {
      return { ok: false, message: `show must be ${lists.length === 1 ? `"${lists[0]}"` : `one of ${lists.join(", ")}`}, got "${raw.slice(0, 40)}"` };
    }
    shown.add(raw as L);
  }
  return { ok: true, value: shown };
}

export interface Page<T> {
  rows: T[];
  /** The page shown, 1-based: the one asked for, or the last when it asked past the end. */
  page: number;
  pageCount: number;
  total: number;
  /** 1-based position of the first and last row shown (0 and 0 when there are none). */
  first: number;
  last: number;
}

/** One page of `rows`. A page past the end shows the last page (a link made under a wider filter stays useful). */
export function pageOf<T>(rows: readonly T[], page: number, size = PAGE_SIZE): Page<T> {
  const total = rows.length;
  const pageCount = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const start = (shown - 1) * size;
  const slice = rows.slice(start, start + size);
  return { rows: slice, page: shown, pageCount, total, first: slice.length ? start + 1 : 0, last: start + slice.length };
}

export interface Summary<T> {
  rows: T[];
  total: number;
  /** "Show all" was asked for. */
  isAll: boolean;
  /** Rows not listed (beyond TOP_N, or beyond SHOW_ALL_CAP when all was asked for). */
  hidden: number;
}

/** The first `top` rows, or up to `cap` when the list is opened in full. */
export function summarize<T>(rows: readonly T[], isAll: boolean, top = TOP_N, cap = SHOW_ALL_CAP): Summary<T> {
  const shown = rows.slice(0, isAll ? cap : top);
  return { rows: shown, total: rows.length, isAll, hidden: rows.length - shown.length };
}

/**
 * The page numbers a pager offers: the first, the last, and the current one with its
 * neighbours, with `null` where numbers are skipped (1 … 4 5 6 … 60).
 */
export function pageWindow(page: number, pageCount: number, around = 1): (number | null)[] {
  const numbers = new Set<number>([1, pageCount]);
  for (let p = page - around; p <= page + around; p++) if (p >= 1 && p <= pageCount) numbers.add(p);
  const sorted = [...numbers].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((p, i) => {
    const previous = sorted[i - 1];
    // A gap of one page is shown as that page: "1 2 3", not "1 … 3".
    if (previous !== undefined && p - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && p - previous > 2) out.push(null);
    out.push(p);
  });
  return out;
}

/** `search` with `key` set to `page` ("?…"); page 1 drops the parameter, so page 1 has one URL. */
export function withPage(search: URLSearchParams | string, page: number, key = "page"): string {
  const params = new URLSearchParams(search);
  if (page <= 1) params.delete(key);
  else params.set(key, String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** `search` with list `list` opened in full (`on`) or summarized again; the page number stays. */
export function withShowAll(search: URLSearchParams | string, list: string, on: boolean): string {
  const from = new URLSearchParams(search);
  const params = new URLSearchParams([...from].filter(([k, v]) => !(k === "show" && v === list)));
  if (on) params.append("show", list);
  const text = params.toString();
  return text ? `?${text}` : "";
}
