/**
 * The filter every dashboard page carries in its URL: `?department=…&level=…&location=…`, each
 * may repeat. An absent or empty list means "all". Roles are what a filter selects; every figure
 * on a page is then computed over the selected roles only (`db/queries/dashboard/filter.ts`
 * turns it into SQL). Pure, shared by server and browser: links between pages carry the filter
 * along, so a link reproduces the view and Back restores the previous one.
 */
import { z } from "zod";

export const FILTER_KEYS = ["department", "level", "location"] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

export const DashboardFilterSchema = z.object({
  department: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
  level: z
    .array(z.coerce.number({ invalid_type_error: "level must be a number" }).int("level must be a whole number").min(0, "level must be between 0 and 6").max(6, "level must be between 0 and 6"))
    .max(7)
    .optional(),
  location: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
});
export type DashboardFilter = z.infer<typeof DashboardFilterSchema>;

/**
 * Reads `?department=…&level=…&location=…` (each may repeat). Bad values come back as one
 * message for a 400, e.g. `level: level must be a number, got "x"`.
 */
export function parseDashboardFilter(params: URLSearchParams): { ok: true; filter: DashboardFilter } | { ok: false; message: string } {
  const raw = {
    department: params.getAll("department").filter((v) => v !== ""),
    level: params.getAll("level").filter((v) => v !== ""),
    location: params.getAll("location").filter((v) => v !== ""),
  };
  const parsed = DashboardFilterSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue.path[0]);
    const index = issue.path[1];
    const got = typeof index === "number" ? raw[field as keyof typeof raw][index] : undefined;
    return { ok: false, message: `${field}: ${issue.message}${got === undefined ? "" : `, got "${got}"`}` };
  }
  const filter: DashboardFilter = {};
  for (const key of FILTER_KEYS) {
    const values = parsed.data[key];
    if (values?.length) (filter as Record<string, unknown>)[key] = [...new Set<string | number>(values)];
  }
  return { ok: true, filter };
}

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

/**
 * Parameters that are not part of the filter (e.g. the scenario's adoption rate), to keep across
 * a filter change. The page number is not kept: a new selection starts at its first page.
 */
export function otherParams(search: URLSearchParams | string): [string, string][] {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  return [...params].filter(([key]) => !(FILTER_KEYS as readonly string[]).includes(key) && key !== "page");
}
