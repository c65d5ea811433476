/**
 * Backup format 2 on real files and a real SQLite file: a workspace with a roster, a saved
 * column mapping, two survey imports (a person answering again), a report cover with a logo and
 * an override is exported and restored into a NEW database file; the Capabilities page, the
 * roster headcounts, the report cover and each person's join of roster, task logs and survey
 * answers are the same. A format-1 backup still restores and says what it lacks; a truncated or
 * tampered backup is refused and the target database is unchanged, byte for byte of every table.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BackupError } from "../../app/backup/backup-error";
import { exportWorkspace } from "../../app/backup/export-workspace.server";
import { restoreWorkspace } from "../../app/backup/import-workspace.server";
import { BACKUP_FILES, type BackupFileKey } from "../../app/backup/manifest";
import { getReportCover, saveCover } from "../../app/report/cover.server";
import { loadCapabilities } from "../../app/routes/w.$workspace.capabilities/capabilities.server";
import { loadReportPage } from "../../app/routes/w.$workspace.report/report-page.server";
import { refreshAfterOverride } from "../../db/pipeline/refresh";
import { countWorkspaceData } from "../../db/queries/backup";
import { findImportMapping, saveImportMapping } from "../../db/queries/import-mappings";
import { addOverride } from "../../db/queries/overrides";
import { listRoleHeadcounts, resolvePerson } from "../../db/queries/roster";
import { getWorkspaceBySlug, type Workspace } from "../../db/queries/workspaces";
import { AI_USE_QUESTION, SURVEY_STATEMENTS } from "../../importers/survey-wording";
import { dashboardContext } from "../support/dashboard-context";
import { spawnOrbital } from "../support/child-process";
import { dumpDatabase } from "../support/db-dump";
import { expectImported, importInto, quirk } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";

/** A 1×1 PNG: what the report page stores for an uploaded PNG logo. */
const LOGO = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
const ROLES = [
  { key: "ENG-2", title: "Software Engineer", tasks: ["Write and review code for the payments service", "Fix production bugs", "Write unit tests"] },
  { key: "FIN-1", title: "Accountant", tasks: ["Reconcile invoices", "Prepare month-end journal entries", "Answer supplier queries"] },
  { key: "OPS-4", title: "Warehouse Associate", tasks: ["Pick and pack orders", "Load trucks at dock 3"] },
];
/** 36 people, 12 per role; the roster's counts differ from the job descriptions' (12, 4, 30). */
const PEOPLE = Array.from({ length: 36 }, (_, i) => ({ id: `E${100 + i}`, name: `Person ${i}`, email: `p${i}@acme.example`, role: ROLES[i % 3] }));
const MAPPING = { role: "Job Profile Name", employeeId: "Worker ID" };

let source: ReturnType<typeof tempDatabase>;
let target: ReturnType<typeof tempDatabase>;
let original: Workspace;
let backupDir: string;

function writeInputs(dir: string) {
  const csv = (rows: (string | number)[][]) => rows.map((r) => r.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : c)).join(",")).join("\n") + "\n";
  writeFileSync(join(dir, "roster.csv"), csv([["Employee ID", "Full Name", "Work Email", "Job Title"], ...PEOPLE.map((p) => [p.id, p.name, p.email, p.role.title])]));
  const logs: (string | number)[][] = [["employee_id", "role", "date", "task", "hours", "tool", "outcome"]];
  PEOPLE.forEach((p, i) => {
    for (let day = 1; day <= 5; day++) {
      p.role.tasks.forEach((task, t) => logs.push([p.id, p.role.key, `2026-07-0${day}`, task, 1 + ((i + t + day) % 4) * 0.5, (i + day) % 3 === 0 ? "Copilot" : "", ""]));
    }
  });
  writeFileSync(join(dir, "logs.csv"), csv(logs));
  const surveyHeader = (idColumn: string) => [idColumn, "role", "submitted_at", ...SURVEY_STATEMENTS.map((s) => s.text), AI_USE_QUESTION];
  const aiUse = ["Never", "Monthly", "Weekly", "Daily", "Several times a day"];
  writeFileSync(
    join(dir, "survey-1.csv"),
    csv([surveyHeader("employee_id"), ...PEOPLE.map((p, i) => [p.id, p.role.key, "2026-10-05", ...SURVEY_STATEMENTS.map((_, q) => 1 + ((i + q) % 5)), aiUse[i % 5]])]),
  );
  // Later: ten people answer again, found through the roster by e-mail; their new answers count.
  writeFileSync(
    join(dir, "survey-2.csv"),
    csv([surveyHeader("email"), ...PEOPLE.slice(0, 10).map((p) => [p.email.toUpperCase(), "", "2026-11-05", ...SURVEY_STATEMENTS.map(() => 5), "Daily"])]),
  );
}

beforeAll(async () => {
  source = tempDatabase();
  target = tempDatabase();
  writeInputs(source.dir);
  expectImported(await importInto(source, "jobs", quirk("base-jobs.csv")));
  original = getWorkspaceBySlug(source.db, "acme")!;
  for (const [kind, file] of [["roster", "roster.csv"], ["logs", "logs.csv"], ["survey", "survey-1.csv"], ["survey", "survey-2.csv"]] as const) {
    expectImported(await importInto(source, kind, join(source.dir, file)));
  }
  saveImportMapping(source.db, { workspaceId: original.id, kind: "roster", name: "Workday roster", headerKey: "worker id|job profile name", mapping: MAPPING });
  saveCover(source.db, original, { label: "ann@example.com", userId: null }, {
    preparedFor: "Acme board",
    preparedBy: "Kestrel Consulting",
    logo: LOGO,
    notes: { summary: "Read this first.", readiness: "=Survey of 36 people" },
  });
  expect(addOverride(source.db, { workspaceId: original.id, norm: "Fix production bugs", class: "specialized", reason: "on call", userId: null, actor: "ann@example.com" }).ok).toBe(true);
  refreshAfterOverride(source, original.id);
  original = getWorkspaceBySlug(source.db, "acme")!;
  backupDir = join(source.dir, "backup");
  exportWorkspace({ connection: source, workspace: original, outDir: backupDir, actor: "cli" });
}, 120_000);
afterAll(() => {
  source?.cleanup();
  target?.cleanup();
});

/** Database ids replaced by role keys, links without the slug: two workspaces' results compare as equal. */
function comparable(conn: typeof source, workspaceId: number, value: unknown): unknown {
  const slug = conn.sqlite.prepare(`SELECT slug FROM workspaces WHERE id = ?`).pluck().get(workspaceId) as string;
  const roleKey = new Map(conn.sqlite.prepare(`SELECT id, role_key FROM roles WHERE workspace_id = ?`).raw().all(workspaceId) as [number, string][]);
  const walk = (v: unknown, key?: string): unknown => {
    if (typeof v === "number") return key === "roleId" || key === "id" ? (roleKey.get(v) ?? `#${v}`) : Number(v.toPrecision(9));
    if (Array.isArray(v)) return v.map((item) => walk(item, key === "roleIds" ? "roleId" : undefined));
    if (v && typeof v === "object") {
      return Object.fromEntries(
        Object.entries(v)
          .filter(([k]) => !["shell", "generatedAt", "analyzedAt", "pdfProblem", "workspace"].includes(k))
          .map(([k, item]) => [k, walk(item, k)]),
      );
    }
    return typeof v === "string" ? v.replaceAll(`/w/${slug}/`, "/w/SLUG/") : v;
  };
  return walk(value);
}

/** Per roster person: role, minutes logged under their pseudonym, their latest survey answer. */
function people(conn: typeof source, workspaceId: number) {
  return conn.sqlite
    .prepare(
      `SELECT r.role_key AS role, p.person_hash AS person,
              (SELECT SUM(l.minutes) FROM task_logs l JOIN employees e ON e.id = l.employee_id WHERE e.workspace_id = p.workspace_id AND e.hash = p.person_hash) AS minutes,
              (SELECT json_array(s.q1, s.q10, s.ai_use) FROM survey_responses s JOIN employees e ON e.id = s.employee_id
                WHERE e.workspace_id = p.workspace_id AND e.hash = p.person_hash ORDER BY s.import_id DESC, s.id DESC LIMIT 1) AS answer
       FROM roster_people p JOIN roles r ON r.id = p.role_id WHERE p.workspace_id = ? ORDER BY p.person_hash`,
    )
    .all(workspaceId);
}

function capabilities(conn: typeof source, workspaceId: number, search = "") {
  return comparable(conn, workspaceId, loadCapabilities(dashboardContext(conn, workspaceId, search)));
}

describe("a workspace with roster, mapping, survey and cover, restored into a new database", () => {
  let copy: Workspace;
  let notes: string[];
  beforeAll(async () => {
    const result = await restoreWorkspace({ connection: target, dir: backupDir, slug: "acme-copy", actor: "cli" });
    copy = result.workspace;
    notes = result.notes;
    expect(result.missingParts).toEqual([]);
  }, 120_000);

  test("the Capabilities page gives the same figures, unfiltered and filtered", () => {
    for (const search of ["", "?department=Finance", "?level=0"]) {
      const before = capabilities(source, original.id, search);
      expect(capabilities(target, copy.id, search)).toEqual(before);
    }
    // Not a comparison of two empty pages: 36 respondents, the newer answers of ten of them counted.
    const view = loadCapabilities(dashboardContext(target, copy.id));
    expect(view.surveyed).toBe(true);
    expect(JSON.stringify(view.readiness)).toMatch(/"respondents":36/);
  });

  test("the roster headcounts are the same, and the roster still counts people", () => {
    const headcounts = (conn: typeof source, ws: number) => listRoleHeadcounts(conn.db, ws).map(({ roleId: _, ...h }) => h);
    expect(headcounts(target, copy.id)).toEqual(headcounts(source, original.id));
    expect(headcounts(target, copy.id).map((h) => [h.roleKey, h.fromJobDescription, h.fromRoster, h.source])).toEqual([
      ["FIN-1", 4, 12, "roster"],
      ["ENG-2", 12, 12, "roster"],
      ["OPS-4", 30, 12, "roster"],
    ]);
  });

  test("every roster person joins the same task-log hours and the same latest survey answer", () => {
    const after = people(target, copy.id);
    expect(after).toEqual(people(source, original.id));
    expect(after).toHaveLength(36);
    expect(after.every((p) => (p as { minutes: number | null }).minutes! > 0 && (p as { answer: string | null }).answer)).toBe(true);
    expect(after.filter((p) => (p as { answer: string }).answer === "[5,5,3]")).toHaveLength(10);
  });

  test("the report cover, its logo and notes, and the report page built on them are the same", () => {
    expect(getReportCover(target.db, copy.id)).toEqual(getReportCover(source.db, original.id));
    expect(getReportCover(target.db, copy.id)).toMatchObject({ preparedFor: "Acme board", logo: LOGO, notes: { readiness: "=Survey of 36 people" } });
    const page = (conn: typeof source, ws: number) => comparable(conn, ws, loadReportPage(dashboardContext(conn, ws, "", "editor")));
    expect(page(target, copy.id)).toEqual(page(source, original.id));
  });

  test("the saved column mapping is offered again for the same header row", () => {
    const found = findImportMapping(target.db, copy.id, "roster", "worker id|job profile name");
    expect(found).toMatchObject({ name: "Workday roster", kind: "roster", mapping: MAPPING });
  });

  test("counts match, and the summary says the roster cannot recognise people in later files without the key", () => {
    expect(countWorkspaceData(target.db, copy.id)).toEqual({ ...countWorkspaceData(source.db, original.id), members: 0 });
    // The copy from the staging file kept every reference whole.
    expect(target.sqlite.pragma("foreign_key_check")).toEqual([]);
    expect(notes.join(" ")).toMatch(/new pseudonym key/);
    expect(notes.join(" ")).toMatch(/restored roster keeps its hashes.*cannot recognise anyone/);
    // Which is what happens: the restored workspace's key differs, so a raw id finds nobody.
    expect(resolvePerson(target.db, copy, { employeeId: "E101" })).toMatchObject({ ok: false, reason: "unknown" });
  });

  test("no raw identifier of the roster or the surveys is in the backup folder", () => {
    const folder = Object.values(BACKUP_FILES)
      .map((f) => readFileSync(join(backupDir, f), "utf8"))
      .join("\n");
    for (const p of PEOPLE) {
      expect(folder).not.toContain(`${p.id},`);
      expect(folder).not.toContain(p.email);
      expect(folder).not.toContain(p.name);
    }
  });
});

test("with --include-pseudonym-key the restored roster recognises people in files imported later", async () => {
  const dir = join(source.dir, "with-key");
  exportWorkspace({ connection: source, workspace: original, outDir: dir, includePseudonymKey: true, actor: "cli" });
  const { workspace, notes } = await restoreWorkspace({ connection: target, dir, slug: "acme-keyed", actor: "cli" });
  expect(notes.join(" ")).toContain("original pseudonym key");
  // Restored beside another workspace, so every id moved: log rows still point at their own role's statements.
  const links = (conn: typeof source, ws: number) =>
    conn.sqlite
      .prepare(
        `SELECT COUNT(*) AS linked, SUM(s.workspace_id = l.workspace_id AND s.role_id = l.role_id) AS own
         FROM task_logs l JOIN task_statements s ON s.id = l.statement_id WHERE l.workspace_id = ?`,
      )
      .get(ws) as { linked: number; own: number };
  expect(workspace.id).not.toBe(original.id);
  expect(links(target, workspace.id)).toEqual(links(source, original.id));
  expect(links(target, workspace.id).linked).toBeGreaterThan(100);
  expect(links(target, workspace.id).own).toBe(links(target, workspace.id).linked);
  const inOriginal = resolvePerson(source.db, original, { email: "p7@acme.example" });
  const inCopy = resolvePerson(target.db, workspace, { email: "p7@acme.example" });
  expect(inCopy).toMatchObject({ ok: true, personHash: (inOriginal as { personHash: string }).personHash });
  // A later survey import lands on the restored people: still 36 respondents.
  expectImported(await importInto(target, "survey", join(source.dir, "survey-2.csv"), { workspace }));
  expect(target.sqlite.prepare(`SELECT COUNT(DISTINCT employee_id) FROM survey_responses WHERE workspace_id = ?`).pluck().get(workspace.id)).toBe(36);
});

test("a format-1 backup still restores, and the summary names what it did not carry", async () => {
  const dir = resolve(import.meta.dirname, "../../fixtures/backup-v1");
  const result = await restoreWorkspace({ connection: target, dir, slug: "from-v1", actor: "cli" });
  expect(result.manifest.formatVersion).toBe(1);
  expect(result.missingParts).toEqual(["the roster", "the saved column mappings", "the survey responses", "the report cover (prepared for/by, logo, section notes)"]);
  expect(result.notes[0]).toMatch(/format version 1, written before backups carried the roster, the saved column mappings, the survey responses and the report cover/);
  expect(countWorkspaceData(target.db, result.workspace.id)).toMatchObject({ roles: 3, taskStatements: 8, taskLogRows: 2, employees: 2, overrides: 1 });
  expect(listRoleHeadcounts(target.db, result.workspace.id).map((h) => [h.roleKey, h.fromJobDescription, h.fromRoster])).toEqual([
    ["FIN-1", 4, null],
    ["ENG-2", 12, null],
    ["OPS-4", 30, null],
  ]);
});

describe("a truncated or tampered backup is refused and the database is left as it was", () => {
  const KEY_OF: Record<string, BackupFileKey> = Object.fromEntries(Object.entries(BACKUP_FILES).map(([k, f]) => [f, k as BackupFileKey]));
  /** A copy of the backup with one file changed; `fixManifest`: as a forger would, so the checksum passes. */
  const tampered = (name: string, file: string, change: (text: string) => string, fixManifest: boolean) => {
    const dir = join(source.dir, `tampered-${name}`);
    cpSync(backupDir, dir, { recursive: true });
    const text = change(readFileSync(join(dir, file), "utf8"));
    writeFileSync(join(dir, file), text);
    if (fixManifest) {
      const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
      const key = KEY_OF[file];
      manifest.files[key] = { ...manifest.files[key], bytes: Buffer.byteLength(text), sha256: createHash("sha256").update(text).digest("hex") };
      writeFileSync(join(dir, "manifest.json"), JSON.stringify(manifest));
    }
    return dir;
  };
  const firstHash = () => readFileSync(join(backupDir, "roster.csv"), "utf8").split("\r\n")[1].split(",")[0];

  test.each([
    ["truncated roster", () => tampered("truncated", "roster.csv", (t) => t.slice(0, Math.floor(t.length / 2)), false), /roster\.csv has changed since it was exported \(\d+ bytes instead of \d+\); nothing was imported/],
    ["a survey file cut mid-row, checksum forged", () => tampered("cut", "survey_responses.csv", (t) => t.slice(0, t.indexOf("\r\n", 200) - 9), true), /survey_responses\.csv:3: Too few fields: expected 15 fields but parsed \d+; nothing was restored/],
    ["manifest without the roster", () => tampered("no-roster-entry", "manifest.json", (t) => JSON.stringify({ ...JSON.parse(t), files: { ...JSON.parse(t).files, roster: undefined } }), false), /manifest\.json: "files\.roster" is missing \(format version 2 has roster\.csv\)/],
    ["an answer out of range", () => tampered("answer", "survey_responses.csv", (t) => t.replace(/^(1,[0-9a-f]{64},[A-Z0-9-]+,[^,]*,)\d/m, (_m, head: string) => `${head}7`), true), /survey_responses\.csv:2: column "q1": expected a whole number from 1 to 5; nothing was restored/],
    ["a raw id in the roster", () => tampered("raw-id", "roster.csv", (t) => t.replace(firstHash(), "E100"), true), /roster\.csv:2: column "person": expected a keyed hash .*; nothing was restored/],
    ["an SVG logo", () => tampered("svg", "report_cover.json", (t) => t.replace(/data:image\/png;base64,[^"]+/, "data:image/svg+xml;base64,PHN2Zz48L3N2Zz4="), true), /report_cover\.json: "cover\.logo": expected null or a PNG as a data: URL/],
    ["a cover that is not JSON", () => tampered("cover-json", "report_cover.json", (t) => t.slice(0, -5), true), /report_cover\.json is not valid JSON/],
    // Found only while writing (the role keys come from jobs.csv): rolled back, the new workspace removed.
    ["a roster person in an unknown role", () => tampered("unknown-role", "roster.csv", (t) => t.replace(",FIN-1,", ",NOPE-9,"), true), /roster\.csv:\d+: column "role": expected a role_id of jobs\.csv, got "NOPE-9"; nothing was restored/],
  ])("%s", async (_name, make, message) => {
    const dir = make();
    const before = dumpDatabase(target.sqlite);
    const error = await restoreWorkspace({ connection: target, dir, slug: "tampered", actor: "cli" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("E100,");
    // Not a row, not an id sequence, not an audit event: the workspace was built in a staging file.
    expect(dumpDatabase(target.sqlite)).toEqual(before);
  });
});

test("a restore killed half-way (SIGKILL after the staged jobs import committed) leaves the database as it was", async () => {
  const tmp = join(target.dir, "tmp");
  mkdirSync(tmp);
  const before = dumpDatabase(target.sqlite);
  const dir = resolve(import.meta.dirname, "../../fixtures/backup-v1");
  const args = ["workspace", "import", "--dir", dir, "--workspace", "crashed", "--db", target.path];
  const child = spawnOrbital(args, { ORBITAL_FAULT_AT: "import.after-commit", TMPDIR: tmp });
  try {
    await child.waitFor(/paused at import\.after-commit/);
  } finally {
    await child.kill();
  }
  expect(dumpDatabase(target.sqlite)).toEqual(before);
  // What a killed restore leaves is its owner-only staging folder in TMPDIR, never rows in the database.
  expect(readdirSync(tmp).filter((f) => f.startsWith("orbital-"))).toEqual([expect.stringMatching(/^orbital-restore-/)]);
  const again = spawnOrbital(args, { TMPDIR: tmp });
  expect((await again.exited).code).toBe(0);
  expect(getWorkspaceBySlug(target.db, "crashed")).toBeDefined();
}, 60_000);
