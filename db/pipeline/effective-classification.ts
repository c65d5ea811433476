/**
 * The effective classification of a task text: the newest override for its normalized text
 * when there is one, else the classifier's. task_texts keeps the classifier's answer untouched,
 * so an override can show "old → new" and a later re-analysis cannot erase a person's decision.
 */
import { sql, type SQL } from "drizzle-orm";

/**
 * A subquery (alias it `co`) of the newest override per norm in a workspace, with columns norm,
 * override_id, override_class, override_atom. Overrides only grow, so the highest id is the newest.
 */
export function currentOverrides(workspaceId: number): SQL {
  return sql`(
    SELECT o.norm AS norm, o.id AS override_id, o.class AS override_class, o.atom AS override_atom
    FROM overrides o
    JOIN (SELECT MAX(id) AS id FROM overrides WHERE workspace_id = ${workspaceId} GROUP BY norm) newest ON newest.id = o.id
  )`;
}

/**
 * Columns of the effective classification over task_texts `t` left-joined to `co`. An override
 * without an atom keeps the classifier's atom.
 */
export const EFFECTIVE_COLUMNS = sql.raw(`
  COALESCE(co.override_class, t.class) AS class,
  COALESCE(co.override_atom, t.atom) AS atom,
  co.override_id IS NOT NULL AS overridden`);
