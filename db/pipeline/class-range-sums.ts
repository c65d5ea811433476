/**
 * Stores the sums behind the class shares' uncertainty ranges (table class_range_sums,
 * docs/decisions/178): computed from the task hours and effective probabilities whenever the
 * roll-ups are (every analysis and every override, in the same transaction), so that reading
 * the Overview's ranges costs a few rows instead of a join to every task text.
 */
import type Database from "better-sqlite3";
import type { ClassRangeSums } from "../../app/analyzer/share-range";
import type { Connection } from "../connection";
import { computeClassRangeSums } from "../queries/dashboard/class-ranges";

/** Replaces the workspace's stored sums: one row for the workspace, one per department with analysed time. */
export function storeClassRangeSums({ db, sqlite }: Pick<Connection, "db" | "sqlite">, workspaceId: number): void {
  const { workspace, departments } = computeClassRangeSums(db, workspaceId);
  sqlite.prepare("DELETE FROM class_range_sums WHERE workspace_id = ?").run(workspaceId);
  const insert = sqlite.prepare(
    `INSERT INTO class_range_sums (workspace_id, department, hours, expected_automatable, expected_democratized, expected_specialized,
       variance_automatable, variance_democratized, variance_specialized) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const write = (department: string | null, s: ClassRangeSums) =>
    insert.run(
      workspaceId,
      department,
      s.hours,
      s.expectedHours.automatable,
      s.expectedHours.democratized,
      s.expectedHours.specialized,
      s.variance.automatable,
      s.variance.democratized,
      s.variance.specialized,
    );
  write(null, workspace);
  for (const [department, sums] of departments) write(department, sums);
}

/** Analysed workspaces without stored sums: those of a database from before the table. */
function workspacesWithoutSums(sqlite: Database.Database): number[] {
  return sqlite
    .prepare(
      `SELECT w.id FROM workspaces w
       WHERE EXISTS (SELECT 1 FROM role_analysis ra WHERE ra.workspace_id = w.id)
         AND NOT EXISTS (SELECT 1 FROM class_range_sums s WHERE s.workspace_id = w.id AND s.department IS NULL)`,
    )
    .pluck()
    .all() as number[];
}

/**
 * Gives every analysed workspace its stored sums when they are missing (run after migrating, so
 * a database from before the table gets them once). Until then the readers fall back to the task
 * hours, so a process that opens the database without migrating still shows the right ranges.
 */
export function backfillClassRangeSums(conn: Pick<Connection, "db" | "sqlite">): number[] {
  if (workspacesWithoutSums(conn.sqlite).length === 0) return [];
  // Checked again under the write lock: another process may have filled them meanwhile.
  return conn.sqlite.transaction(() => {
    const missing = workspacesWithoutSums(conn.sqlite);
    for (const id of missing) storeClassRangeSums(conn, id);
    return missing;
  }).immediate();
}
