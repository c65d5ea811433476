import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { importDemoIfEmpty } from "../../app/demo.server";
import { createWorkspace, listWorkspaces } from "../../db/queries/workspaces";
import { quirk } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";

let conn: ReturnType<typeof tempDatabase>;
let fixturesDir: string;
beforeEach(() => {
  conn = tempDatabase();
  fixturesDir = join(conn.dir, "fixtures/demo");
  mkdirSync(fixturesDir, { recursive: true });
  copyFileSync(quirk("base-jobs.csv"), join(fixturesDir, "jobs.csv"));
  copyFileSync(quirk("crlf-line-endings.csv"), join(fixturesDir, "task_logs.csv"));
});
afterEach(() => conn.cleanup());
const count = (table: string) => conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get();

test("an empty database gets the demo workspace, imported through the import path", async () => {
  const messages = await importDemoIfEmpty(conn, { fixturesDir, env: {}, origin: "http://localhost:3000" });
  expect(messages).toEqual(['Imported the demo workspace "Kestrel Climate Systems (demo data)" (3 roles, 2 task log rows) at http://localhost:3000/w/demo.']);
  expect(listWorkspaces(conn.db).map((w) => w.slug)).toEqual(["demo"]);
  expect(conn.sqlite.prepare(`SELECT kind, actor, status FROM imports ORDER BY id`).raw().all()).toEqual([
    ["jobs", "system", "imported"],
    ["logs", "system", "imported"],
  ]);
});

test("a second start, a database with any workspace, or ORBITAL_DEMO=0 imports nothing", async () => {
  await importDemoIfEmpty(conn, { fixturesDir, env: {} });
  expect(await importDemoIfEmpty(conn, { fixturesDir, env: {} })).toEqual([]);
  expect(count("imports")).toBe(2);

  const other = tempDatabase();
  expect(await importDemoIfEmpty(other, { fixturesDir, env: { ORBITAL_DEMO: "0" } })).toEqual([]);
  createWorkspace(other.db, { slug: "acme", name: "Acme" });
  expect(await importDemoIfEmpty(other, { fixturesDir, env: {} })).toEqual([]);
  expect(listWorkspaces(other.db).map((w) => w.slug)).toEqual(["acme"]);
  other.cleanup();
});

test("missing demo files are reported, not fatal", async () => {
  expect(await importDemoIfEmpty(conn, { fixturesDir: join(conn.dir, "nowhere"), env: {} })).toEqual([
    "Demo data (fixtures/demo/jobs.csv) not found: starting with an empty database.",
  ]);
  expect(listWorkspaces(conn.db)).toEqual([]);
});
