/**
 * The dashboard filter (parsed from the URL by `app/dashboard/filter.ts`) as SQL over roles,
 * and the values its controls offer.
 */
import { sql, type SQL } from "drizzle-orm";
import type { DashboardFilter } from "../../../app/dashboard/filter";
import type { Db } from "../../connection";

export type { DashboardFilter };

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
