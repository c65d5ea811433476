import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Connection } from "../../db/connection";

/** A fresh, migrated SQLite file in its own temp folder. Call `cleanup()` when done. */
export function tempDatabase(): Connection & { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), "orbital-test-"));
  const conn = openDatabase(join(dir, "orbital.db"));
  return {
    ...conn,
    dir,
    cleanup() {
      try {
        conn.close();
      } catch {
        /* already closed */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
