/**
 * Long lists on the dashboards (decision 154). A page shows what a person can read; the rest is
 * a click away, in the URL so that it works without JavaScript and a link reproduces the view:
 *
 * - a long ranked table is paged: `?page=N`, PAGE_SIZE rows a page, with the shared pager
 *   (app/components/paging.ts and pager.tsx); a chart drawn from the same rows, and its
 *   hidden data table, shows the same page;
 * - a list that is usually short (departments, the roles behind a survey figure) shows its
 *   first TOP_N rows and a "show all" link: `?show=<list>` (may repeat), which lists up to
 *   SHOW_ALL_CAP rows; past that the CSV download holds the rest.
 *
 * Pure, shared by server and browser.
 */

/** Rows on one page of a dashboard's ranked table: the demo's 52 roles fit on one. */
export const PAGE_SIZE = 100;
/** Rows a summarized list shows before "show all". */
export const TOP_N = 20;
/** The most rows "show all" lists on a page; the CSV download has every row. */
export const SHOW_ALL_CAP = 500;

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

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

/** `search` with list `list` opened in full (`on`) or summarized again; the page number stays. */
export function withShowAll(search: URLSearchParams | string, list: string, on: boolean): string {
  const from = new URLSearchParams(search);
  const params = new URLSearchParams([...from].filter(([k, v]) => !(k === "show" && v === list)));
  if (on) params.append("show", list);
  const text = params.toString();
  return text ? `?${text}` : "";
}
