/**
 * Workspace backup and restore on real files and a real database: the demo organization
 * exported and restored under a new slug gives the same dashboards; texts that look like
 * formulas or start with a quote come back unchanged; raw employee ids never appear; an
 * altered, incomplete or doctored folder is refused and leaves nothing behind.
 */
import { readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { analyzeWorkspaceNow, refreshAfterOverride } from "../../db/pipeline/refresh";
import { BackupError } from "../../app/backup/backup-error";
import { exportWorkspace } from "../../app/backup/export-workspace.server";
import { restoreWorkspace } from "../../app/backup/import-workspace.server";
import { listAudit } from "../../db/queries/audit";
import { countWorkspaceData, listBackupRoles, listStoredOverrides } from "../../db/queries/backup";
import {
  getAtomizationTree,
  getOrganizationClassShares,
  getRedesignScenario,
  getRoleRedesign,
  getRoleTasks,
  getSeniorityCompression,
  getWorkspaceSummary,
  listFilterOptions,
  listGroupClassShares,
  listRoleSummaries,
} from "../../db/queries/dashboard";
import { addOverride, listOverrides } from "../../db/queries/overrides";
import { listReviewQueue } from "../../db/queries/review";
import { ensureWorkspace, getWorkspaceBySlug, type Workspace } from "../../db/queries/workspaces";
import { expectImported, importInto } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";

const DEMO = resolve(import.meta.dirname, "../../fixtures/demo");
let conn: ReturnType<typeof tempDatabase>;
let original: Workspace;
let backupDir: string;

beforeAll(async () => {
  conn = tempDatabase();
  original = ensureWorkspace(conn.db, "acme", "Kestrel (original)");
  expectImported(await importInto(conn, "jobs", join(DEMO, "jobs.csv")));
  expectImported(await importInto(conn, "logs", join(DEMO, "task_logs.csv")));
  // Two overrides of one text (history kept) and one of another.
  const texts = listRoleSummaries(conn.db, original.id, {}).slice(0, 2).map((r) => getRoleTasks(conn.db, original.id, r.roleId)!.tasks[0].text);
  for (const [text, cls, reason] of [
    [texts[0], "specialized", "=needs a person"],
    [texts[0], "democratized", "'second thoughts"],
    [texts[1], "automatable", "-routine"],
  ] as const) {
    const added = addOverride(conn.db, { workspaceId: original.id, norm: text, class: cls, reason, userId: null, actor: "ann@example.com" });
    expect(added.ok).toBe(true);
  }
  refreshAfterOverride(conn, original.id);
  original = getWorkspaceBySlug(conn.db, "acme")!;
  backupDir = join(conn.dir, "backup");
  exportWorkspace({ connection: conn, workspace: original, outDir: backupDir, actor: "cli" });
}, 240_000);
afterAll(() => conn?.cleanup());

/**
 * A query result with database ids replaced by what identifies the thing in any workspace
 * (role key, normalized text), timestamps of the analysis dropped, and numbers rounded to
 * 9 significant digits (sums may add in another order).
 */
function comparable(workspaceId: number, value: unknown): unknown {
  const roleKey = new Map(conn.sqlite.prepare(`SELECT id, role_key FROM roles WHERE workspace_id = ?`).raw().all(workspaceId) as [number, string][]);
  const norm = new Map(conn.sqlite.prepare(`SELECT id, norm FROM task_texts WHERE workspace_id = ?`).raw().all(workspaceId) as [number, string][]);
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === "number") {
      if (key === "roleId") return roleKey.get(v);
      if (key === "textId") return norm.get(v);
      return Number(v.toPrecision(9));
    }
    if (Array.isArray(v)) return v.map((item) => walk(item, key === "roleIds" ? "roleId" : undefined));
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => !["analyzedAt", "id", "createdAt"].includes(k))
          .map(([k, item]) => [k, walk(item, k)]),
      );
    }
    return v;
  };
  return walk(value);
}

function dashboards(workspaceId: number) {
  const db = conn.db;
  const filters = [{}, { department: ["Engineering", "Finance"] }, { level: [1, 3] }];
  const roleIds = listRoleSummaries(db, workspaceId, {}).map((r) => r.roleId);
  return comparable(workspaceId, {
    options: listFilterOptions(db, workspaceId),
    byFilter: filters.map((f) => ({
      summary: getWorkspaceSummary(db, workspaceId, f),
      organization: getOrganizationClassShares(db, workspaceId, f),
      groups: (["department", "level", "location"] as const).map((by) => listGroupClassShares(db, workspaceId, f, by)),
      roles: listRoleSummaries(db, workspaceId, f),
      seniority: getSeniorityCompression(db, workspaceId, f),
      redesign: [
        getRedesignScenario(db, workspaceId, f, { adoption: 0.5, elasticity: 0 }),
        getRedesignScenario(db, workspaceId, f, { adoption: 0.8, elasticity: 2 }),
      ],
      atomization: getAtomizationTree(db, workspaceId, f),
    })),
    roleDetail: roleIds.map((id) => [getRoleTasks(db, workspaceId, id), getRoleRedesign(db, workspaceId, id)]),
    review: listReviewQueue(db, workspaceId, { limit: 200, includeOverridden: true }),
    overrides: listOverrides(db, workspaceId),
  });
}

describe("export, then import as a new workspace", () => {
  let copy: Workspace;
  beforeAll(async () => {
    copy = (await restoreWorkspace({ connection: conn, dir: backupDir, slug: "acme-copy", actor: "cli" })).workspace;
  }, 240_000);

  test("the restored dashboards equal the original's, figure for figure", () => {
    const before = dashboards(original.id);
    const after = dashboards(copy.id);
    expect(JSON.stringify(after).length).toBeGreaterThan(100_000);
    expect(after).toEqual(before);
  });

  test("the stored data matches: counts, roles with their statements, overrides with author and time, pseudonyms", () => {
    const counts = countWorkspaceData(conn.db, copy.id);
    expect(counts).toEqual({ ...countWorkspaceData(conn.db, original.id), members: 0 });
    expect(counts.taskLogRows).toBe(76_484);
    expect(listBackupRoles(conn.db, copy.id)).toEqual(listBackupRoles(conn.db, original.id));
    expect(listStoredOverrides(conn.db, copy.id)).toEqual(listStoredOverrides(conn.db, original.id));
    const hashes = (ws: number) => conn.sqlite.prepare(`SELECT hash FROM employees WHERE workspace_id = ? ORDER BY hash`).pluck().all(ws);
    expect(hashes(copy.id)).toEqual(hashes(original.id));
    expect(copy).toMatchObject({ name: original.name, kThreshold: original.kThreshold });
    // Not given the key, the restored workspace gets its own.
    expect(copy.pseudonymKey).not.toBe(original.pseudonymKey);
  });

  test("export and import are audited as the cli", () => {
    const actions = (ws: number) => listAudit(conn.db, { workspaceId: ws }).map((e) => [e.actor, e.action]);
    expect(actions(original.id)).toContainEqual(["cli", "workspace.export"]);
    expect(actions(copy.id)).toContainEqual(["cli", "workspace.import"]);
  });
});

test("no raw employee id from the imported file appears anywhere in the backup", () => {
  const rawIds = new Set(
    readFileSync(join(DEMO, "task_logs.csv"), "utf8")
      .split("\n")
      .slice(1)
      .map((line) => line.split(",")[0])
      .filter(Boolean),
  );
  expect(rawIds.size).toBeGreaterThan(500);
  const folder = readdirSync(backupDir).map((f) => readFileSync(join(backupDir, f), "utf8")).join("\n");
  const cells = new Set(folder.split(/[\r\n,"]+/));
  expect([...rawIds].filter((id) => cells.has(id) || folder.includes(id))).toEqual([]);
  const manifest = JSON.parse(readFileSync(join(backupDir, "manifest.json"), "utf8"));
  expect(manifest).toMatchObject({ employeeIds: "hmac-sha256", pseudonymKey: null, counts: { taskLogRows: 76_484, employees: rawIds.size } });
});

describe("texts that look like formulas or start with a quote", () => {
  const TRICKY = ["=HYPERLINK(\"http://evil.example\",\"x\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)", "'quoted", "''=both"];
  let ws: Workspace;
  let dir: string;
  beforeAll(async () => {
    dir = join(conn.dir, "tricky");
    const jobs = join(conn.dir, "tricky-jobs.csv");
    const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
    writeFileSync(
      jobs,
      "role_id,title,department,level,headcount,responsibilities,outcomes\n" +
        TRICKY.map((t, i) => [`R${i}`, quote(t), quote(`Dept ${t}`), "Senior", 6, quote(`• ${t} task\n• Plain task ${i}`), quote(t)].join(",")).join("\n"),
    );
    ws = ensureWorkspace(conn.db, "tricky");
    expectImported(await importInto(conn, "jobs", jobs, { workspace: ws }));
    addOverride(conn.db, { workspaceId: ws.id, norm: "Plain task 0", class: "specialized", reason: "=1+1", userId: null, actor: "@mallory" });
    exportWorkspace({ connection: conn, workspace: ws, outDir: dir, actor: "cli" });
  });

  test("the backup holds them neutralized", () => {
    const jobs = readFileSync(join(dir, "jobs.csv"), "utf8");
    const cells = jobs.split(/\r\n/).flatMap((line) => line.split(","));
    expect(cells.filter((c) => /^"?[=+\-@]/.test(c))).toEqual([]);
    expect(jobs).toContain(`R0,"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(jobs).toContain("R4,''quoted");
    expect(readFileSync(join(dir, "overrides.csv"), "utf8")).toContain(",'=1+1,'@mallory,");
  });

  test("they come back exactly as they were", async () => {
    const { workspace: copy } = await restoreWorkspace({ connection: conn, dir, slug: "tricky-copy", actor: "cli" });
    const roles = listBackupRoles(conn.db, copy.id);
    expect(roles.map((r) => r.title)).toEqual(TRICKY);
    expect(roles).toEqual(listBackupRoles(conn.db, ws.id));
    expect(listStoredOverrides(conn.db, copy.id)).toEqual(listStoredOverrides(conn.db, ws.id));
  });
});

describe("a folder that is not an intact backup is refused, and nothing is left behind", () => {
  const slugs = () => conn.sqlite.prepare(`SELECT slug FROM workspaces ORDER BY slug`).pluck().all();
  const copyOf = (name: string, edit: (dir: string) => void) => {
    const dir = join(conn.dir, name);
    exportWorkspace({ connection: conn, workspace: getWorkspaceBySlug(conn.db, "tricky")!, outDir: dir, actor: "cli" });
    edit(dir);
    return dir;
  };
  const rewrite = (dir: string, file: string, change: (text: string) => string, fixManifest: boolean) => {
    const text = change(readFileSync(join(dir, file), "utf8"));
    writeFileSync(join(dir, file), text);
    if (fixManifest) {
      const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
      const key = { "jobs.csv": "jobs", "task_logs.csv": "logs", "overrides.csv": "overrides" }[file]!;
      manifest.files[key] = { ...manifest.files[key], bytes: Buffer.byteLength(text), sha256: createHash("sha256").update(text).digest("hex") };
      writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
    }
  };

  test.each([
    ["a changed file", (d: string) => rewrite(d, "jobs.csv", (t) => t.replace("Plain task 1", "Plain task X"), false), /jobs\.csv has changed since it was exported/],
    ["a missing file", (d: string) => rmSync(join(d, "overrides.csv")), /overrides\.csv is missing \(the manifest lists it with 1 rows\)/],
    ["no manifest", (d: string) => rmSync(join(d, "manifest.json")), /has no manifest\.json: is it a folder written by `orbital workspace export`\?/],
    ["a manifest that is not JSON", (d: string) => writeFileSync(join(d, "manifest.json"), "{"), /manifest\.json: manifest\.json is not valid JSON/],
    ["a manifest without counts", (d: string) => rewrite(d, "manifest.json", (t) => t.replace('"counts"', '"tallies"'), false), /manifest\.json: "counts" is missing/],
    ["a newer format", (d: string) => rewrite(d, "manifest.json", (t) => t.replace('"formatVersion": 2', '"formatVersion": 7'), false), /format version 7, written by a newer Orbital/],
    [
      "an override with an unknown class",
      (d: string) => rewrite(d, "overrides.csv", (t) => t.replace("specialized", "magic"), true),
      /overrides\.csv: row 1, column "class": Choose one of/,
    ],
  ])("%s", async (_name, edit, message) => {
    const dir = copyOf(`refused-${_name.replace(/\W+/g, "-")}`, edit);
    const before = slugs();
    await expect(restoreWorkspace({ connection: conn, dir, slug: "refused", actor: "cli" })).rejects.toThrow(message);
    await expect(restoreWorkspace({ connection: conn, dir, slug: "refused", actor: "cli" })).rejects.toBeInstanceOf(BackupError);
    expect(slugs()).toEqual(before);
  });

  test("an existing slug and a non-empty output folder are refused", async () => {
    await expect(restoreWorkspace({ connection: conn, dir: backupDir, slug: "tricky", actor: "cli" })).rejects.toThrow(/workspace "tricky" already exists/);
    expect(() => exportWorkspace({ connection: conn, workspace: original, outDir: backupDir, actor: "cli" })).toThrow(/is not empty/);
  });

  test("raw employee ids passed off as a backup are rejected without being echoed, and nothing is written", async () => {
    const dir = join(conn.dir, "doctored");
    const small = ensureWorkspace(conn.db, "small");
    expectImported(await importInto(conn, "jobs", resolve(import.meta.dirname, "../../fixtures/quirks/base-jobs.csv"), { workspace: small }));
    expectImported(await importInto(conn, "logs", resolve(import.meta.dirname, "../../fixtures/quirks/utf8-bom.csv"), { workspace: small }));
    exportWorkspace({ connection: conn, workspace: small, outDir: dir, actor: "cli" });
    rewrite(dir, "task_logs.csv", (t) => t.replace(/^[0-9a-f]{64},/m, "E1001,"), true);
    const before = slugs();
    const error = await restoreWorkspace({ connection: conn, dir, slug: "doctored", actor: "cli" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(/task_logs\.csv:2: column "employee_id": expected a pseudonymized employee id .* got "\(not shown\)"/);
    expect((error as Error).message).not.toContain("E1001");
    expect(slugs()).toEqual(before);
    // Built in a staging file and never copied: not even an audit event or an id was used here (decision 144).
    expect(listAudit(conn.db, { limit: 5 }).map((e) => e.workspaceSlug)).not.toContain("doctored");
  });

  test("with --include-pseudonym-key the restored workspace keeps the original key", async () => {
    const small = getWorkspaceBySlug(conn.db, "small")!;
    const dir = join(conn.dir, "with-key");
    const manifest = exportWorkspace({ connection: conn, workspace: small, outDir: dir, includePseudonymKey: true, actor: "cli" });
    expect(manifest.pseudonymKey).toBe(small.pseudonymKey);
    const { workspace, notes } = await restoreWorkspace({ connection: conn, dir, slug: "small-copy", actor: "cli" });
    expect(workspace.pseudonymKey).toBe(small.pseudonymKey);
    expect(notes.join(" ")).toContain("original pseudonym key");
    // A later import of raw ids lands on the same people.
    expectImported(await importInto(conn, "logs", resolve(import.meta.dirname, "../../fixtures/quirks/crlf-line-endings.csv"), { workspace }));
    analyzeWorkspaceNow(conn, workspace.id);
    const people = (ws: number) => conn.sqlite.prepare(`SELECT COUNT(*) FROM employees WHERE workspace_id = ?`).pluck().get(ws);
    const originalAfter = ensureWorkspace(conn.db, "small");
    expectImported(await importInto(conn, "logs", resolve(import.meta.dirname, "../../fixtures/quirks/crlf-line-endings.csv"), { workspace: originalAfter }));
    expect(people(workspace.id)).toBe(2);
    expect(people(originalAfter.id)).toBe(2);
  });
});
