import { sql } from "drizzle-orm";
import type { Db } from "../connection";

/**
 * A token that changes whenever anything in the database file may have changed: SQLite's
 * `data_version` moves when another connection (an import's own connection, the CLI, a
 * restore) commits, and `total_changes()` counts the rows this connection itself changed.
 * Reading both costs a few microseconds, so a cache can check it on every request.
 */
export function databaseRevision(db: Db): string {
  const row = db.get<{ version: number; changes: number }>(
    sql`SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes`,
  );
  return `${row.version}:${row.changes}`;
}
