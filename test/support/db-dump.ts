import type Database from "better-sqlite3";

/**
 * Every row of every table (sqlite_sequence included), in rowid order, and the schema: two
 * dumps are equal exactly when nothing changed.
 */
export function dumpDatabase(sqlite: Database.Database): Record<string, unknown[]> {
  const tables = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`)
    .pluck()
    .all() as string[];
  // The schema too: an import may drop and re-create indexes inside its transaction.
  const dump: Record<string, unknown[]> = {
    sqlite_master: sqlite.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).raw().all(),
  };
  for (const table of tables) {
    const withoutRowid = (sqlite.prepare(`SELECT sql FROM sqlite_master WHERE name = ?`).pluck().get(table) as string)
      .toUpperCase()
      .includes("WITHOUT ROWID");
    dump[table] = sqlite.prepare(`SELECT * FROM "${table}"${withoutRowid ? "" : " ORDER BY rowid"}`).raw().all();
  }
  return dump;
}
