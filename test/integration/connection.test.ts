import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { openDatabase } from "../../db/connection";

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("a new database is migrated, in a folder and file only its owner can read", () => {
  dir = mkdtempSync(join(tmpdir(), "orbital-conn-"));
  const path = join(dir, "data", "orbital.db");
  const conn = openDatabase(path);
  const tables = conn.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
  conn.close();
  expect(tables).toEqual(expect.arrayContaining(["workspaces", "roles", "task_logs", "role_rollups", "users"]));
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(statSync(join(dir, "data")).mode & 0o777).toBe(0o700);
});
