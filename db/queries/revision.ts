import { sql } from "drizzle-orm";
import type { Db } from "../connection";

/**
 * A token that changes whenever what a page shows may have changed (decision 114).
 *
 * SQLite's `data_version` moves when another connection (an import's own connection, the CLI,
 * a restore, another server process) commits, and `total_changes()` counts the rows this
 * connection itself changed. Writes that change no figure and no page (a login's session row,
 * an audit event, a password hash) are made through `withoutRevisionChange`, which adds the
 * rows they changed to a per-connection offset; the token is `total_changes() − offset`, so
 * those writes leave it alone while every other write still moves it. New tables and new
 * writes move it by default: only a write someone marked is left out.
 *
 * Reading it costs a few microseconds, so a cache can check it on every request.
 */
export function databaseRevision(db: Db): string {
  const read = () =>
    db.get<{ version: number; changes: number }>(
      sql`SELECT (SELECT data_version FROM pragma_data_version) AS version,
                 total_changes() - COALESCE((SELECT n FROM temp.revision_offset WHERE id = 1), 0) AS changes`,
    );
  let row;
  try {
    row = read();
  } catch {
    // A connection opened elsewhere than openDatabase has no offset table yet.
    ensureRevisionOffset(db);
    row = read();
  }
  return `${row.version}:${row.changes}`;
}

/**
 * The offset lives in a TEMP table: it belongs to one connection (like `total_changes()`),
 * needs no bookkeeping in JavaScript, and writing it takes no lock on the database file.
 * `openDatabase` creates it; creating it again is a no-op.
 */
export function ensureRevisionOffset(db: Db): void {
  db.run(sql`CREATE TEMP TABLE IF NOT EXISTS revision_offset (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)`);
}

let depth = 0;

/**
 * Runs a write that changes nothing any page shows, and keeps it out of `databaseRevision`.
 * Only for writes to tables no cached page reads (sessions, audit events, password hashes):
 * the caches may skip the loaders' access checks (decision 120) but not the session check, so
 * memberships, users' e-mails and workspaces' names must keep moving the revision.
 *
 * Synchronous only (better-sqlite3): nothing else can write on this connection between the two
 * counts. A nested call is counted by the outermost one alone (counting it twice would let the
 * token fall back to an earlier value). If `write` throws, nothing is subtracted: the token
 * moves, which can only empty a cache, never keep a stale page.
 */
export function withoutRevisionChange<T>(db: Db, write: () => T): T {
  if (depth > 0) return write();
  depth++;
  try {
    const before = db.get<{ n: number }>(sql`SELECT total_changes() AS n`).n;
    const result = write();
    ensureRevisionOffset(db);
    // total_changes() here is read before this statement's own row, hence the + 1.
    db.run(sql`INSERT INTO temp.revision_offset (id, n) VALUES (1, total_changes() - ${before} + 1)
               ON CONFLICT (id) DO UPDATE SET n = n + excluded.n`);
    return result;
  } finally {
    depth--;
  }
}
