/**
 * The dashboard filter as it lives in the URL: `?department=…&level=…&location=…`, each may
 * repeat. Pure, shared by server and browser: links between pages carry the filter along, so
 * a link reproduces the view and Back restores the previous one.
 */
export const FILTER_KEYS = ["department", "level", "location"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Only the filter parameters of `search`, as "?…" (or "" when there are none). */
export function filterQuery(search: URLSearchParams | string): string {
  const from = typeof search === "string" ? new URLSearchParams(search) : search;
  const kept = new URLSearchParams();
  for (const key of FILTER_KEYS) for (const value of from.getAll(key)) if (value !== "") kept.append(key, value);
  const text = kept.toString();
  return text ? `?${text}` : "";
}

/** `search` without one value of one filter key (for "remove this filter" links). */
export function withoutFilterValue(search: URLSearchParams | string, key: FilterKey, value: string): string {
  const from = typeof search === "string" ? new URLSearchParams(search) : search;
  // Rebuilt entry by entry so the other parameters keep their order (the URL stays recognizable).
  const text = new URLSearchParams([...from].filter(([k, v]) => !(k === key && v === value))).toString();
  return text ? `?${text}` : "";
}

/** Parameters that are not part of the filter (e.g. the scenario's adoption rate), to keep across a filter change. */
export function otherParams(search: URLSearchParams | string): [string, string][] {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  return [...params].filter(([key]) => !(FILTER_KEYS as readonly string[]).includes(key));
}
