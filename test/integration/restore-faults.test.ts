/**
 * A workspace restore killed with SIGKILL after building its staging database (HR data in a
 * temp folder): nothing lands in the real database, and the next restore removes the folder the
 * dead process left, while a folder of a process that still runs is kept.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { spawnOrbital, type WatchedProcess } from "../support/child-process";
import { quirk } from "../support/import-helpers";
import { runCli } from "../support/run-cli";
import { tempDatabase } from "../support/temp-db";

let conn: ReturnType<typeof tempDatabase>;
let children: WatchedProcess[] = [];
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(async () => {
  await Promise.all(children.map((child) => child.kill()));
  children = [];
  conn.cleanup();
});

const workspaceExists = (slug: string) => conn.sqlite.prepare(`SELECT count(*) FROM workspaces WHERE slug = ?`).pluck().get(slug) === 1;

test("a restore killed after staging changes nothing; the next restore removes the dead one's staging folder", async () => {
  const db = conn.path;
  expect((await runCli("import", "jobs", quirk("base-jobs.csv"), "--workspace", "acme", "--db", db)).code).toBe(0);
  expect((await runCli("import", "logs", quirk("utf8-bom.csv"), "--workspace", "acme", "--db", db)).code).toBe(0);
  const backup = join(conn.dir, "backup");
  expect((await runCli("workspace", "export", "--workspace", "acme", "--out", backup, "--db", db)).code).toBe(0);

  // The restores' temp folder, with the folder of a live process (this test) in it.
  const tmp = join(conn.dir, "tmp");
  const live = `orbital-restore-${process.pid}-live`;
  mkdirSync(join(tmp, live), { recursive: true });
  writeFileSync(join(tmp, live, "staging.db"), "");
  const restore = (env: Record<string, string>) => {
    const child = spawnOrbital(["workspace", "import", "--dir", backup, "--workspace", "acme-2", "--db", db], { TMPDIR: tmp, ...env });
    children.push(child);
    return child;
  };

  const killed = restore({ ORBITAL_FAULT_AT: "restore.staged" });
  await killed.waitFor(/paused at restore\.staged/);
  const stranded = readdirSync(tmp).filter((name) => name.startsWith(`orbital-restore-${killed.child.pid}-`));
  expect(stranded).toHaveLength(1);
  expect(existsSync(join(tmp, stranded[0], "staging.db"))).toBe(true);
  await killed.kill();
  expect(workspaceExists("acme-2")).toBe(false);

  const again = restore({});
  expect((await again.exited).code).toBe(0);
  expect(again.stdout()).toContain("Removed 1 staging folder(s) that an interrupted restore left in the temp folder.");
  expect(readdirSync(tmp).filter((name) => name.startsWith("orbital-restore-"))).toEqual([live]);
  expect(workspaceExists("acme-2")).toBe(true);
});
