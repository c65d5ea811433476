/**
 * The filter every dashboard page carries in its URL: departments, levels and locations. An
 * absent or empty list means "all". Roles are what a filter selects; every figure on a page is
 * then computed over the selected roles only.
 */
import { sql, type SQL } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "../../connection";

export interface DashboardFilter {
  department?: string[];
  level?: number[];
  location?: string[];
}

export const DashboardFilterSchema = z.object({
  department: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
  level: z
    .array(z.coerce.number({ invalid_type_error: "level must be a number" }).int("level must be a whole number").min(0, "level must be between 0 and 6").max(6, "level must be between 0 and 6"))
    .max(7)
    .optional(),
  location: z.array(z.string().trim().min(1).max(200)).max(500).optional(),
});

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
  for (const key of ["department", "level", "location"] as const) {
    const values = parsed.data[key];
    if (values?.length) (filter as Record<string, unknown>)[key] = [...new Set<string | number>(values)];
  }
  return { ok: true, filter };
}

const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** WHERE conditions over roles aliased `r`: the workspace and the filter. */
export function roleConditions(workspaceId: number, filter: DashboardFilter): SQL {
  const parts = [sql`r.workspace_id = ${workspaceId}`];
  if (filter.department?.length) parts.push(sql`r.department IN (${list(filter.department)})`);
  if (filter.level?.length) parts.push(sql`r.level IN (${list(filter.level)})`);
  if (filter.location?.length) parts.push(sql`r.location IN (${list(filter.location)})`);
  return sql.join(parts, sql` AND `);
}

export interface FilterOptions {
  departments: string[];
  /** Levels present, with the labels the files used for them. */
  levels: { level: number; labels: string[] }[];
  locations: string[];
}

/** What the filter controls offer: every value present in the workspace's roles. */
export function listFilterOptions(db: Db, workspaceId: number): FilterOptions {
  const departments = db
    .all<{ v: string }>(sql`SELECT DISTINCT department AS v FROM roles WHERE workspace_id = ${workspaceId} ORDER BY v`)
    .map((r) => r.v);
  const locations = db
    .all<{ v: string }>(
      sql`SELECT DISTINCT location AS v FROM roles WHERE workspace_id = ${workspaceId} AND location IS NOT NULL ORDER BY v`,
    )
    .map((r) => r.v);
  const levels = new Map<number, string[]>();
  for (const row of db.all<{ level: number; label: string }>(
    sql`SELECT DISTINCT level, level_label AS label FROM roles WHERE workspace_id = ${workspaceId} ORDER BY level, label`,
  )) {
    levels.set(row.level, [...(levels.get(row.level) ?? []), row.label]);
  }
  return { departments, levels: [...levels].map(([level, labels]) => ({ level, labels })), locations };
}
