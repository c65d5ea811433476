/**
 * `orbital workspace list|export|import|delete` in-process through main(argv), on a real
 * database and real folders: messages, exit codes, and what each leaves in the database.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { listAudit } from "../../db/queries/audit";
import { quirk } from "../../test/support/import-helpers";
import { runCli as run } from "../../test/support/run-cli";
import { tempDatabase } from "../../test/support/temp-db";

let conn: ReturnType<typeof tempDatabase>;
let dbPath: string;
beforeEach(() => {
  conn = tempDatabase();
  dbPath = conn.path;
});
afterEach(() => conn.cleanup());


async function seedAcme() {
  expect((await run("import", "jobs", quirk("base-jobs.csv"), "--workspace", "acme", "--db", dbPath)).code).toBe(0);
  expect((await run("import", "logs", quirk("utf8-bom.csv"), "--workspace", "acme", "--db", dbPath)).code).toBe(0);
}
const rows = (table: string, slug: string) =>
  conn.sqlite.prepare(`SELECT COUNT(*) FROM ${table} t JOIN workspaces w ON w.id = t.workspace_id WHERE w.slug = ?`).pluck().get(slug);

describe("orbital workspace list", () => {
  test("says when there are none, then lists each with its size", async () => {
    expect(await run("workspace", "list", "--db", dbPath)).toEqual({ code: 0, stdout: "No workspaces yet.\n", stderr: "" });
    await seedAcme();
    const { code, stdout } = await run("workspace", "list", "--db", dbPath);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^slug\s+name\s+k\s+roles\s+task log rows\s+members\s+created \(UTC\)$/);
    expect(lines[1]).toMatch(/^acme\s+acme\s+5\s+3\s+2\s+0\s+\d{4}-\d\d-\d\d \d\d:\d\d$/);
    expect(lines).toHaveLength(2);
  });
});

describe("orbital workspace export and import", () => {
  test("export writes the folder owner-only and says what it holds; import restores it under a new slug", async () => {
    await seedAcme();
    const out = join(conn.dir, "backup");
    const exported = await run("workspace", "export", "--workspace", "acme", "--out", out, "--db", dbPath);
    expect(exported).toEqual({
      code: 0,
      stdout: `Exported workspace "acme" to ${out}: 3 roles, 8 task statements, 2 task log rows (2 pseudonymized people), 0 overrides, 0 roster people, 0 survey responses, 0 saved column mappings, no report cover.\n`,
      stderr: "",
    });
    expect(readdirSync(out).sort()).toEqual(["column_mappings.json", "jobs.csv", "manifest.json", "overrides.csv", "report_cover.json", "roster.csv", "survey_responses.csv", "task_logs.csv"]);
    expect(statSync(out).mode & 0o777).toBe(0o700);
    for (const file of readdirSync(out)) expect(statSync(join(out, file)).mode & 0o777).toBe(0o600);

    const restored = await run("workspace", "import", "--dir", out, "--workspace", "acme-2", "--name", "Acme (restored)", "--db", dbPath);
    expect(restored.code).toBe(0);
    expect(restored.stderr).toBe("");
    expect(restored.stdout).toMatch(/^Restored "acme" \(exported \d{4}-\d\d-\d\d \d\d:\d\d UTC\) as workspace "acme-2" in [\d.]+ s: 3 roles, 2 task log rows, 0 overrides, 0 roster people, 0 survey responses, 0 saved column mappings, no report cover\.\n/);
    expect(restored.stdout).toContain("new pseudonym key");
    expect(restored.stdout).toContain("orbital user grant --email EMAIL --workspace acme-2 --role viewer");
    expect(rows("task_logs", "acme-2")).toBe(2);
    expect(conn.sqlite.prepare(`SELECT name FROM workspaces WHERE slug = 'acme-2'`).pluck().get()).toBe("Acme (restored)");
  });

  test("a format-1 backup restores, and the summary says which parts it did not carry", async () => {
    const restored = await run("workspace", "import", "--dir", join(import.meta.dirname, "../../fixtures/backup-v1"), "--workspace", "old", "--db", dbPath);
    expect(restored.code).toBe(0);
    expect(restored.stdout).toMatch(/as workspace "old" in [\d.]+ s: 3 roles, 2 task log rows, 1 overrides\.\n/);
    expect(restored.stdout).toContain(
      "This backup has format version 1, written before backups carried the roster, the saved column mappings, the survey responses and the report cover (prepared for/by, logo, section notes): the restored workspace has none of them.",
    );
    expect(rows("overrides", "old")).toBe(1);
  });

  test("refusals: exit 1 for a non-empty folder, an existing slug or an altered backup; exit 2 for usage errors", async () => {
    await seedAcme();
    const out = join(conn.dir, "backup");
    await run("workspace", "export", "--workspace", "acme", "--out", out, "--db", dbPath);

    const again = await run("workspace", "export", "--workspace", "acme", "--out", out, "--db", dbPath);
    expect(again).toMatchObject({ code: 1, stdout: "" });
    expect(again.stderr).toBe(`orbital workspace: ${out} is not empty: export into a new or empty folder, so no earlier backup is mixed in.\n`);

    const taken = await run("workspace", "import", "--dir", out, "--workspace", "acme", "--db", dbPath);
    expect(taken).toMatchObject({ code: 1, stdout: "" });
    expect(taken.stderr).toBe(`orbital workspace: workspace "acme" already exists: restore into a new slug (or delete it first)\n`);

    const nowhere = await run("workspace", "import", "--dir", join(conn.dir, "nope"), "--workspace", "x", "--db", dbPath);
    expect(nowhere).toMatchObject({ code: 1, stderr: `orbital workspace: ${join(conn.dir, "nope")}: no such folder\n` });

    expect(await run("workspace", "export", "--workspace", "ghost", "--out", join(conn.dir, "g"), "--db", dbPath)).toMatchObject({
      code: 2,
      stderr: `orbital: there is no workspace "ghost"\n`,
    });
    expect(existsSync(join(conn.dir, "g"))).toBe(false);
    expect((await run("workspace", "import", "--dir", out, "--workspace", "Not A Slug", "--db", dbPath)).code).toBe(2);
    expect((await run("workspace", "import", "--workspace", "x", "--db", dbPath)).code).toBe(2);
    expect((await run("workspace", "export", "--out", out, "--db", dbPath)).code).toBe(2);
    expect(conn.sqlite.prepare(`SELECT slug FROM workspaces`).pluck().all()).toEqual(["acme"]);
  });
});

describe("orbital workspace delete", () => {
  test("without --yes: exit 2, says what would go, deletes nothing", async () => {
    await seedAcme();
    const result = await run("workspace", "delete", "--workspace", "acme", "--db", dbPath);
    expect(result).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'orbital workspace delete: this deletes "acme" (acme) with 3 roles, 2 task log rows, 0 overrides and 0 memberships, and cannot be undone. Add --yes to confirm.\n',
    });
    expect(rows("roles", "acme")).toBe(3);
  });

  test("with --yes: every row of the workspace is gone, other workspaces stay, and the deletion is audited", async () => {
    await seedAcme();
    expect((await run("import", "jobs", quirk("base-jobs.csv"), "--workspace", "other", "--db", dbPath)).code).toBe(0);
    const acmeId = conn.sqlite.prepare(`SELECT id FROM workspaces WHERE slug = 'acme'`).pluck().get() as number;
    const result = await run("workspace", "delete", "--workspace", "acme", "--yes", "--db", dbPath);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^Deleted workspace "acme" \(acme\) with 3 roles, 2 task log rows, 0 overrides and 0 memberships in [\d.]+ s\.\n$/);
    const tables = conn.sqlite
      .prepare(`SELECT m.name FROM sqlite_master m WHERE m.type = 'table' AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) WHERE name = 'workspace_id')`)
      .pluck()
      .all() as string[];
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables.filter((t) => t !== "audit_events")) {
      expect(conn.sqlite.prepare(`SELECT COUNT(*) FROM ${table} WHERE workspace_id = ?`).pluck().get(acmeId), table).toBe(0);
    }
    expect(rows("roles", "other")).toBe(3);
    expect(conn.sqlite.pragma("foreign_key_check")).toEqual([]);
    const [event] = listAudit(conn.db, { workspaceId: acmeId, limit: 1 });
    expect(event).toMatchObject({ actor: "cli", action: "workspace.delete", workspaceSlug: "acme", detail: { name: "acme", counts: { roles: 3, taskLogRows: 2 } } });
    expect((await run("workspace", "delete", "--workspace", "acme", "--yes", "--db", dbPath)).code).toBe(2);
  });
});
