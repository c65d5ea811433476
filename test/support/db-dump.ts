import type Database from "better-sqlite3";

/**
 * Every row of every table (sqlite_sequence included), in rowid order: two dumps are equal
 * exactly when no table changed.
 */
export function dumpDatabase(sqlite: Database.Database): Record<string, unknown[]> {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  const dump: Record<string, unknown[]> = {};
  for (const table of tables) {
    const withoutRowid = (sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(table) as string)
      .toUpperCase()
      .includes("WITHOUT ROWID");
    dump[table] = sqlite.prepare(`SELECT * FROM "${table}"${withoutRowid ? "" : " ORDER BY rowid"}`).raw().all();
  }
  return dump;
}
