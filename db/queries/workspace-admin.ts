import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import type { Db } from "../connection";
import { workspaces } from "../schema";

/** Smallest k a workspace may use: k = 1 would show single people's figures. */
export const MIN_K_THRESHOLD = 2;

export function setKThreshold(db: Db, workspaceId: number, k: number): void {
  if (!Number.isInteger(k) || k < MIN_K_THRESHOLD) {
    throw new Error(`k-threshold must be a whole number of at least ${MIN_K_THRESHOLD}, got ${k}.`);
  }
  db.update(workspaces).set({ kThreshold: k }).where(eq(workspaces.id, workspaceId)).run();
}

/**
 * Tables holding a workspace's rows, children before parents. Deleting in this order by
 * `workspace_id`, with foreign-key enforcement off, is one pass per table; letting ON DELETE
 * CASCADE do it makes SQLite look up children for every deleted parent row, and the big
 * tables' child columns have no index of their own (43 s for a 100k-row task log).
 * Audit events are not here on purpose: the record of a deletion outlives the workspace.
 */
export const WORKSPACE_TABLES_CHILD_FIRST = [
  "task_logs",
  "role_employees",
  "role_task_hours",
  "role_rollups",
  "role_analysis",
  "task_statements",
  "overrides",
  "employees",
  "task_texts",
  "roles",
  "imports",
  "memberships",
] as const;

/**
 * Removes the workspace and every row that carries its id, in one transaction; `alsoDo` runs in
 * that same transaction (e.g. the audit record of the deletion). Foreign keys are switched off
 * for the duration (a pragma that only takes effect outside a transaction) and back on after,
 * so call this outside any open transaction.
 */
export function deleteWorkspace(sqlite: Database.Database, workspaceId: number, alsoDo?: () => void): boolean {
  sqlite.pragma("foreign_keys = OFF");
  try {
    return sqlite.transaction(() => {
      for (const table of WORKSPACE_TABLES_CHILD_FIRST) {
        sqlite.prepare(`DELETE FROM ${table} WHERE workspace_id = ?`).run(workspaceId);
      }
      const deleted = sqlite.prepare(`DELETE FROM workspaces WHERE id = ?`).run(workspaceId).changes > 0;
      if (deleted) alsoDo?.();
      return deleted;
    })();
  } finally {
    sqlite.pragma("foreign_keys = ON");
  }
}
