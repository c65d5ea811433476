/**
 * `orbital workspace import`: restores a backup folder into a new workspace. The folder is
 * checked against its manifest (and the format-2 files row by row) before anything is
 * written; the workspace is then built in a staging database through the normal import path
 * (jobs, then task logs), with the overrides, roster, survey, mappings and cover, analysed
 * once, and copied into the real database in one transaction (decision 144): the restored
 * dashboards equal the original's, and a restore that fails at any point changes nothing.
 */
import { existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { openDatabase, type Connection } from "../../db/connection";
import { copyWorkspace } from "../../db/copy-workspace";
import { recordAudit } from "../../db/queries/audit";
import { countWorkspaceData, restoreOverride, setPseudonymKey } from "../../db/queries/backup";
import { countBackupParts, countLogEmployees } from "../../db/queries/backup-parts";
import { createWorkspace, getWorkspaceBySlug, SLUG_PATTERN, type Workspace } from "../../db/queries/workspaces";
import { formatIssue } from "../../importers";
import { unescapeBackupCell } from "../../importers/backup-cells";
import { analyzeWorkspaceNow } from "../../db/pipeline/refresh";
import { importFile, type ImportProgress } from "../imports/import-file.server";
import { fileSource, sha256Of } from "../imports/source.server";
import { BackupError } from "./backup-error";
import { OVERRIDE_COLUMNS } from "./export-workspace.server";
import { BACKUP_FILES, backupFilesOf, parseManifest, PART_NAMES, type BackupManifest } from "./manifest";
import { readBackupParts, writeBackupParts, type BackupParts } from "./restore-parts.server";
import { makeStagingFolder, removeStrandedStagingFolders } from "./staging-folder.server";
import { faultPoint } from "../faults/fault-points.server";

/** Problems listed before "… and N more". */
const MAX_LISTED = 20;

export interface RestoreOptions {
  connection: Connection;
  dir: string;
  slug: string;
  /** Default: the name in the manifest. */
  name?: string;
  actor: string;
  onProgress?(step: "jobs" | "logs", progress: ImportProgress): void;
}

export interface RestoreResult {
  workspace: Workspace;
  manifest: BackupManifest;
  /** Things the person restoring should know (e.g. the new pseudonym key, parts an old backup lacks). */
  notes: string[];
  /** What the backup did not carry because its format predates them (e.g. "the roster"); empty for a current backup. */
  missingParts: string[];
}

/** Reads and checks the folder: manifest, files present, sizes and checksums. Writes nothing. */
export async function readBackupFolder(dir: string): Promise<BackupManifest> {
  const manifestPath = join(dir, "manifest.json");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new BackupError(`${dir}: no such folder`);
  if (!existsSync(manifestPath)) throw new BackupError(`${dir} has no manifest.json: is it a folder written by \`orbital workspace export\`?`);
  const parsed = parseManifest(readFileSync(manifestPath, "utf8"));
  if (!parsed.ok) throw new BackupError(`${join(dir, "manifest.json")}: ${parsed.message.replace(/^manifest\.json: /, "")}`);
  for (const key of backupFilesOf(parsed.manifest)) {
    const path = join(dir, BACKUP_FILES[key]);
    // parseManifest has checked that the version's every file is listed.
    const expected = parsed.manifest.files[key]!;
    if (!existsSync(path)) throw new BackupError(`${path} is missing (the manifest lists it with ${expected.rows} rows)`);
    // Streamed: a million-row task log is 130 MB.
    const bytes = statSync(path).size;
    const found = bytes !== expected.bytes ? `${bytes} bytes instead of ${expected.bytes}` : await sha256Of(fileSource(path));
    if (found !== expected.sha256) {
      const what = bytes !== expected.bytes ? found : `sha256 ${found.slice(0, 12)}… instead of ${expected.sha256.slice(0, 12)}…`;
      throw new BackupError(`${path} has changed since it was exported (${what}); nothing was imported`);
    }
  }
  return parsed.manifest;
}

export async function restoreWorkspace(options: RestoreOptions): Promise<RestoreResult> {
  const { connection, dir, slug } = options;
  const { db } = connection;
  if (!SLUG_PATTERN.test(slug)) throw new BackupError(`workspace slug "${slug}" must be lower-case letters, digits and dashes`);
  if (getWorkspaceBySlug(db, slug)) throw new BackupError(`workspace "${slug}" already exists: restore into a new slug (or delete it first)`);
  const manifest = await readBackupFolder(dir);
  // Checked row by row before anything is written.
  const parts = readBackupParts(dir, manifest);

  // Everything is built in a staging database of its own, then copied into this one in one
  // transaction: the restore lands whole or changes nothing here, even if the process dies
  // half-way (decision 144). The staging file is HR data: an owner-only temp folder, removed after.
  const stranded = removeStrandedStagingFolders({ includeOwn: false });
  const stagingDir = makeStagingFolder();
  try {
    const stagingPath = join(stagingDir, "staging.db");
    const stagedId = await buildStaging(options, stagingPath, manifest, parts);
    faultPoint("restore.staged");
    copyWorkspace(connection.path, stagingPath, stagedId, slug, (target, workspaceId) => {
      // Again on the copy, inside its transaction: a copy that lost anything rolls back.
      checkCounts(target, workspaceId, manifest);
      recordAudit(target.db, {
        workspaceId,
        workspaceSlug: slug,
        actor: options.actor,
        action: "workspace.import",
        detail: { folder: dir, from: manifest.workspace.slug, exportedAt: manifest.exportedAt, counts: manifest.counts, keptPseudonymKey: manifest.pseudonymKey !== null },
      });
    });
  } catch (error) {
    // Another process took the slug while this restore was staging.
    if (isUniqueSlugError(error)) throw new BackupError(`workspace "${slug}" already exists: restore into a new slug (or delete it first)`);
    throw error;
  } finally {
    rmSync(stagingDir, { recursive: true, force: true });
  }
  const missingParts = parts ? [] : Object.values(PART_NAMES);
  const notes = restoreNotes(manifest, missingParts);
  if (stranded) notes.push(`Removed ${stranded} staging folder(s) that an interrupted restore left in the temp folder.`);
  return { workspace: getWorkspaceBySlug(db, slug)!, manifest, notes, missingParts };
}

/**
 * The restore proper, into a fresh database file: jobs and task logs through the normal import
 * path, then overrides, the format-2 parts, one analysis and the count check. Returns the
 * staged workspace's id.
 */
async function buildStaging(options: RestoreOptions, stagingPath: string, manifest: BackupManifest, parts: BackupParts | null): Promise<number> {
  const staging = openDatabase(stagingPath);
  try {
    const workspace = createWorkspace(staging.db, { slug: options.slug, name: options.name ?? manifest.workspace.name, kThreshold: manifest.workspace.kThreshold });
    if (manifest.pseudonymKey) setPseudonymKey(staging.db, workspace.id, manifest.pseudonymKey);
    const staged = { ...options, connection: staging };
    await importBackupFile(staged, workspace, "jobs", manifest);
    if (manifest.files.logs.rows > 0) await importBackupFile(staged, workspace, "logs", manifest);
    staging.sqlite.transaction(() => {
      restoreOverrides(staging, workspace, join(options.dir, BACKUP_FILES.overrides));
      if (parts) writeBackupParts(staging.sqlite, workspace.id, options.dir, manifest, parts, options.actor);
      analyzeWorkspaceNow(staging, workspace.id);
      checkCounts(staging, workspace.id, manifest);
    })();
    return workspace.id;
  } finally {
    staging.close();
  }
}

const isUniqueSlugError = (error: unknown) => error instanceof Error && /UNIQUE constraint failed: workspaces\.slug/.test(error.message);

function restoreNotes(manifest: BackupManifest, missingParts: string[]): string[] {
  const notes: string[] = [];
  if (missingParts.length) {
    notes.push(
      `This backup has format version ${manifest.formatVersion}, written before backups carried ${joinWords(missingParts)}: ` +
        "the restored workspace has none of them. Import the roster and survey again and set the report cover if the original had them.",
    );
  }
  if (manifest.pseudonymKey) {
    notes.push("The workspace uses the original pseudonym key: task logs, rosters and surveys imported later link to the same people.");
    return notes;
  }
  notes.push(
    "The workspace has a new pseudonym key (the backup did not include the original one): task logs imported " +
      "later with raw employee ids will not link to the restored people, so the same person counts twice in " +
      "distinct-people figures. Export with --include-pseudonym-key if you will import more logs.",
  );
  if ((manifest.counts.rosterPeople ?? 0) > 0) {
    notes.push(
      "The restored roster keeps its hashes, so its headcounts and its links to the restored task logs and survey answers are " +
        "as before; but it cannot recognise anyone in a tracker export or survey imported later (their identifiers are " +
        "hashed with the new key). Import the roster again before such files, or restore a backup made with --include-pseudonym-key.",
    );
  }
  return notes;
}

const joinWords = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);

async function importBackupFile(options: RestoreOptions, workspace: Workspace, kind: "jobs" | "logs", manifest: BackupManifest) {
  const file = BACKUP_FILES[kind];
  const path = join(options.dir, file);
  const outcome = await importFile({
    connection: options.connection,
    workspace,
    kind,
    source: fileSource(path),
    actor: options.actor,
    backup: true,
    // Analysed once at the end, after the overrides.
    analyze: false,
    onProgress: (p) => options.onProgress?.(kind, p),
  });
  if (outcome.status === "rejected") {
    const lines = outcome.issues.slice(0, MAX_LISTED).map((problem) => formatIssue(path, problem));
    if (outcome.issueCount > lines.length) lines.push(`… and ${outcome.issueCount - lines.length} more problems`);
    throw new BackupError(`${lines.join("\n")}\n${path}: rejected (${outcome.issueCount} problems); nothing was restored`);
  }
  if (outcome.status === "duplicate") throw new Error(`a new workspace already had ${file}`);
  const expected = manifest.files[kind].rows;
  if (outcome.import.rowsImported !== expected) {
    throw new BackupError(`${path}: imported ${outcome.import.rowsImported} rows but the manifest says ${expected}; nothing was restored`);
  }
}

function restoreOverrides(connection: Connection, workspace: Workspace, path: string) {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true });
  const missing = OVERRIDE_COLUMNS.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length) throw new BackupError(`${path}: expected the columns ${OVERRIDE_COLUMNS.join(", ")}; missing ${missing.join(", ")}`);
  connection.sqlite.transaction(() => {
    parsed.data.forEach((raw, index) => {
      const cell = (column: (typeof OVERRIDE_COLUMNS)[number]) => unescapeBackupCell(raw[column] ?? "");
      const result = restoreOverride(connection.db, workspace.id, {
        norm: cell("norm"),
        class: cell("class"),
        atom: cell("atom") || null,
        reason: cell("reason"),
        actor: cell("actor"),
        createdAt: cell("created_at"),
      });
      if (!result.ok) throw new BackupError(`${path}: row ${index + 1}, column "${columnOf(result.field)}": ${result.message}; nothing was restored`);
    });
  })();
}

const columnOf = (field: string) => (field === "createdAt" ? "created_at" : field);

function checkCounts(connection: Connection, workspaceId: number, manifest: BackupManifest) {
  const counts = {
    ...countWorkspaceData(connection.db, workspaceId),
    // The manifest counts the task log's people; the employees table also holds survey-only respondents.
    employees: countLogEmployees(connection.sqlite, workspaceId),
    ...countBackupParts(connection.sqlite, workspaceId),
  };
  const expected = manifest.counts;
  const keys = ["roles", "taskStatements", "taskLogRows", "employees", "overrides", "rosterPeople", "surveyResponses", "mappings", "reportCover"] as const;
  // An older format has no figure for the newer parts (and restores none of them).
  const wrong = keys.filter((key) => expected[key] !== undefined && counts[key] !== expected[key]);
  if (wrong.length) {
    const detail = wrong.map((key) => `${key} ${counts[key]} (manifest: ${expected[key]})`).join(", ");
    throw new BackupError(`the restored workspace does not match the manifest: ${detail}; nothing was restored`);
  }
}
