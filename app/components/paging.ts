/**
 * Paging of long tables through the URL (`?page=3`), so a page link works without JS, can be
 * shared and Back undoes it. Pure, shared by loaders and components; the table's full content
 * stays in its CSV download. A page past the last one shows the last (a filter change that
 * shortens the table never breaks the link); a page that is not a whole number ≥ 1 is refused.
 */
export const PAGE_KEY = "page";

export interface PageInfo {
  /** 1-based, within 1..pageCount. */
  page: number;
  pageCount: number;
  pageSize: number;
  /** Rows in the whole table. */
  total: number;
  /** 1-based rank of the first and last row on this page (0, 0 for an empty table). */
  first: number;
  last: number;
}

export function parsePage(params: URLSearchParams, key: string = PAGE_KEY): { ok: true; page: number } | { ok: false; message: string } {
  const text = params.get(key);
  if (text === null || text === "") return { ok: true, page: 1 };
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) return { ok: false, message: `${key} must be a whole number from 1, got "${text.slice(0, 40)}"` };
  return { ok: true, page: Number(text) };
}

/** The rows of one page and where it sits; `page` beyond the last is the last. */
export function pageSlice<T>(rows: readonly T[], page: number, pageSize: number): { rows: T[]; info: PageInfo } {
  const pageCount = Math.max(1, Math.ceil(rows.length / pageSize));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const start = (current - 1) * pageSize;
  const slice = rows.slice(start, start + pageSize);
  return {
    rows: slice,
    info: { page: current, pageCount, pageSize, total: rows.length, first: slice.length ? start + 1 : 0, last: start + slice.length },
  };
}

/** `search` with the page set (page 1 removes the parameter); other parameters kept. */
export function pageSearch(search: string, page: number, key: string = PAGE_KEY): string {
  const params = new URLSearchParams(search);
  if (page <= 1) params.delete(key);
  else params.set(key, String(page));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * The page numbers a pager links to: the first, the last and two either side of the current,
 * with null where numbers are left out ("…"). At most 9 entries, whatever the page count.
 */
export function pageNumbers(page: number, pageCount: number): (number | null)[] {
  const shown = new Set([1, pageCount]);
  for (let p = page - 2; p <= page + 2; p++) if (p >= 1 && p <= pageCount) shown.add(p);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const p of sorted) {
    const previous = out[out.length - 1];
    if (typeof previous === "number" && p - previous === 2) out.push(previous + 1);
    else if (typeof previous === "number" && p - previous > 2) out.push(null);
    out.push(p);
  }
  return out;
}
