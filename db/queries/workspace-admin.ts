import type Database from "better-sqlite3";
import { eq } from "drizzle-orm";
import { openDatabase, type Db } from "../connection";
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
 * Deleting a workspace that holds a million task-log rows. Letting ON DELETE CASCADE do it makes
 * SQLite look, for every deleted text, employee and import, for task_logs rows still pointing at
 * it; task_logs has no index on those columns (each would slow every import), so each look is a
 * full scan: more than 10 minutes for the million-row demo (docs/decisions/062).
 *
 * Here the rows go table by table, by workspace_id, on a connection of its own with foreign keys
 * off (the pragma cannot change inside a transaction, nor on the server's shared connection
 * without affecting other requests). That is safe because every row that points at one of the
 * workspace's rows belongs to the same workspace, and all of them go in the same transaction.
 * Tables are found by their workspace_id column, so a table added later is included.
 */
/** Rows that outlive their workspace on purpose: the record of what happened to it. */
const KEPT_TABLES = new Set(["audit_events"]);

/** Every table with a workspace_id column except the audit log. */
export function workspaceTables(sqlite: Database.Database): string[] {
  return (
    sqlite
      .prepare(
        `SELECT m.name FROM sqlite_master m
         WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'workspace_id')
         ORDER BY m.name`,
      )
      .pluck()
      .all() as string[]
  ).filter((name) => !KEPT_TABLES.has(name));
}

/**
 * Removes the workspace and all its rows in one transaction on a new connection to the database
 * file at `path`; `alsoInTransaction` (e.g. the audit record) commits or rolls back with it.
 * Returns false when there was no such workspace. The caller must not hold a write transaction.
 */
export function deleteWorkspace(path: string, workspaceId: number, alsoInTransaction?: (db: Db) => void): boolean {
  const conn = openDatabase(path, { migrate: false });
  try {
    conn.sqlite.pragma("foreign_keys = OFF");
    return conn.sqlite.transaction(() => {
      for (const table of workspaceTables(conn.sqlite)) conn.sqlite.prepare(`DELETE FROM "${table}" WHERE workspace_id = ?`).run(workspaceId);
      const deleted = conn.sqlite.prepare(`DELETE FROM workspaces WHERE id = ?`).run(workspaceId).changes > 0;
      alsoInTransaction?.(conn.db);
      return deleted;
    })();
  } finally {
    conn.close();
  }
}
