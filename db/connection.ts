/**
 * The one place that opens SQLite. Everything else receives the handle as an argument, so a
 * test can hand any module a temp-file database.
 */
import Database from "better-sqlite3";
import { drizzle, type BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { chmodSync, existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { backfillClassRangeSums } from "./pipeline/class-range-sums";
import { ensureRevisionOffset } from "./queries/revision";
import { isBusyError } from "./write-lock";
import * as schema from "./schema";

export type Db = BetterSQLite3Database<typeof schema>;

/**
 * The better-sqlite3 handle behind a drizzle handle (drizzle keeps it as `$client`), for a query
 * read row by row (`iterate`), which drizzle does not offer. A transaction's handle has none.
 */
export function rawHandle(db: Db): Database.Database {
  const client = (db as Db & { $client?: Database.Database }).$client;
  if (!client) throw new Error("rawHandle: this drizzle handle has no client (a transaction?); pass the connection's db");
  return client;
}

export interface Connection {
  /** drizzle, for queries. */
  db: Db;
  /** The raw handle, for prepared bulk inserts and transactions. */
  sqlite: Database.Database;
  path: string;
  close(): void;
}


/** `ORBITAL_DB`, else `data/orbital.db` under the current directory. */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.ORBITAL_DB || "data/orbital.db");
}

const BUSY_TIMEOUT_MS = 5000;

export function openDatabase(path: string, options: { migrate?: boolean } = {}): Connection {
  const isNew = path !== ":memory:" && !existsSync(path);
  // HR data: a new data folder and database file are readable by their owner only.
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const sqlite = new Database(path);
  if (isNew) chmodSync(path, 0o600);
  // WAL lets the web server read while an import writes; NORMAL is durable enough with WAL
  // and keeps bulk imports fast.
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  const db = drizzle(sqlite, { schema });
  if (options.migrate !== false) {
    migrate(db, { migrationsFolder: migrationsFolder() });
    // Data a migration's DDL cannot compute (decision 178). Best effort: while another process
    // holds the write lock the readers fall back to the slower query, and the next open fills it.
    sqlite.pragma("busy_timeout = 0");
    try {
      backfillClassRangeSums({ db, sqlite });
    } catch (error) {
      if (!isBusyError(error)) throw error;
    } finally {
      sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
  }
  // Per connection, outside any transaction, so no rollback can drop it (db/queries/revision.ts).
  ensureRevisionOffset(db);
  return { db, sqlite, path, close: () => sqlite.close() };
}

/**
 * Where the committed migrations live. This module runs both from source (CLI, tests) and
 * bundled into `build/server/` (the web server), so walk up from wherever it is.
 */
export function migrationsFolder(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    for (const candidate of [resolve(dir, "migrations"), resolve(dir, "db/migrations")]) {
      if (existsSync(resolve(candidate, "meta/_journal.json"))) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error("db/migrations not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}
