/**
 * `orbital workspace export`: a workspace as a folder of CSV files in the importers' own
 * formats plus manifest.json, so a consultant can keep a client's data outside the
 * installation and restore it later (`import-workspace.server.ts`).
 *
 * Employee ids leave as the keyed hashes stored at import; the raw ids were never stored.
 * The pseudonym key stays behind unless asked for: with it, anyone holding the folder could
 * test guessed employee ids against the hashes (docs/decisions/082-backup-pseudonyms.md).
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Connection } from "../../db/connection";
import { recordAudit } from "../../db/queries/audit";
import { iterateBackupLogs, listBackupOverrides, listBackupRoles } from "../../db/queries/backup";
import { getBackupCover, listBackupMappings, listBackupRoster, listBackupSurvey } from "../../db/queries/backup-parts";
import type { Workspace } from "../../db/queries/workspaces";
import { JOB_COLUMNS, LOG_COLUMNS } from "../../importers";
import packageJson from "../../package.json";
import { BackupError } from "./backup-error";
import { createBackupCsv } from "./csv-file.server";
import { writeBackupJson } from "./json-file.server";
import { ROSTER_COLUMNS, SURVEY_COLUMNS, type CoverFile, type MappingsFile } from "./part-files";
import { BACKUP_FILES, BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupManifest } from "./manifest";

export const OVERRIDE_COLUMNS = ["norm", "task", "class", "atom", "reason", "actor", "created_at"] as const;

const jobsHeader = JOB_COLUMNS.map((c) => c.name);
// Minutes, not hours: the stored unit, so no rounding on the way out and back.
const logsHeader = LOG_COLUMNS.filter((c) => c.key !== "hours").map((c) => c.name);

export interface ExportOptions {
  connection: Connection;
  workspace: Workspace;
  /** A new or empty folder. */
  outDir: string;
  /** Put the pseudonym key into the manifest (the folder must then be guarded like raw data). */
  includePseudonymKey?: boolean;
  /** Who exports, for the audit log ("cli"). */
  actor: string;
  now?: Date;
}

export function exportWorkspace(options: ExportOptions): BackupManifest {
  const { connection, workspace, outDir } = options;
  const { db } = connection;
  if (existsSync(outDir) && readdirSync(outDir).length > 0) {
    throw new BackupError(`${outDir} is not empty: export into a new or empty folder, so no earlier backup is mixed in.`);
  }
  const roles = listBackupRoles(db, workspace.id);
  const bare = roles.find((r) => r.statements.length === 0);
  if (bare) {
    throw new BackupError(`role "${bare.title}" (${bare.roleKey}) has no task statements, which a jobs file cannot express; re-import its job description first.`);
  }
  mkdirSync(outDir, { recursive: true, mode: 0o700 });

  // One read transaction: the three files describe the same moment even if an import lands meanwhile.
  const written = connection.sqlite.transaction(() => {
    const jobs = createBackupCsv(join(outDir, BACKUP_FILES.jobs), jobsHeader);
    for (const r of roles) {
      const responsibilities = r.statements.map((s) => `• ${s}`).join("\n");
      jobs.write([r.roleKey, r.title, r.department, r.levelLabel, r.headcount, responsibilities, r.annualCost, r.location, r.outcomes, r.description]);
    }
    const employees = new Set<string>();
    const logs = createBackupCsv(join(outDir, BACKUP_FILES.logs), logsHeader);
    for (const l of iterateBackupLogs(connection.sqlite, workspace.id)) {
      employees.add(l.employee);
      logs.write([l.employee, l.roleKey, l.date, l.task, l.minutes, l.tool, l.outcome]);
    }
    const overrides = createBackupCsv(join(outDir, BACKUP_FILES.overrides), OVERRIDE_COLUMNS);
    const overrideRows = listBackupOverrides(db, workspace.id);
    for (const o of overrideRows) overrides.write([o.norm, o.text, o.class, o.atom, o.reason, o.actor, o.createdAt]);
    return {
      files: { jobs: jobs.close(), logs: logs.close(), overrides: overrides.close(), ...writeParts(connection, workspace.id, outDir) },
      employees: employees.size,
      overrides: overrideRows.length,
    };
  })();

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    orbitalVersion: packageJson.version,
    exportedAt: (options.now ?? new Date()).toISOString(),
    workspace: { slug: workspace.slug, name: workspace.name, kThreshold: workspace.kThreshold },
    employeeIds: "hmac-sha256",
    pseudonymKey: options.includePseudonymKey ? workspace.pseudonymKey : null,
    cellEscape: "leading-apostrophe",
    files: written.files,
    counts: {
      roles: roles.length,
      taskStatements: roles.reduce((n, r) => n + r.statements.length, 0),
      taskLogRows: written.files.logs.rows,
      employees: written.employees,
      overrides: written.overrides,
      rosterPeople: written.files.roster.rows,
      surveyResponses: written.files.survey.rows,
      mappings: written.files.mappings.rows,
      reportCover: written.files.cover.rows,
    },
  };
  writeFileSync(join(outDir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n", { mode: 0o600, flag: "wx" });
  recordAudit(db, {
    workspaceId: workspace.id,
    workspaceSlug: workspace.slug,
    actor: options.actor,
    action: "workspace.export",
    detail: { folder: outDir, counts: manifest.counts, includesPseudonymKey: manifest.pseudonymKey !== null },
  });
  return manifest;
}

/**
 * The format-2 parts (decision 144): the roster and the survey responses as CSV (hashes, role
 * keys, answers), the saved column mappings and the report cover as JSON (the logo stays the
 * PNG data: URL it is stored as).
 */
function writeParts(connection: Connection, workspaceId: number, outDir: string) {
  const roster = createBackupCsv(join(outDir, BACKUP_FILES.roster), ROSTER_COLUMNS);
  for (const p of listBackupRoster(connection.sqlite, workspaceId)) roster.write([p.personHash, p.roleKey, p.employeeIdHash, p.emailHash, p.nameHash]);

  // Import ids become 1, 2, … in import order: what "the newest import's answer counts" needs.
  const survey = createBackupCsv(join(outDir, BACKUP_FILES.survey), SURVEY_COLUMNS);
  const ordinal = new Map<number, number>();
  for (const r of listBackupSurvey(connection.sqlite, workspaceId)) {
    if (!ordinal.has(r.importId)) ordinal.set(r.importId, ordinal.size + 1);
    survey.write([ordinal.get(r.importId)!, r.employee, r.roleKey, r.submittedAt, ...r.answers, r.aiUse]);
  }

  const mappingRows = listBackupMappings(connection.sqlite, workspaceId);
  const mappingsFile: MappingsFile = {
    mappings: mappingRows.map((m) => ({ kind: m.kind, name: m.name, headerKey: m.headerKey, mapping: JSON.parse(m.mapping) as Record<string, string>, createdAt: m.createdAt })),
  };
  const stored = getBackupCover(connection.sqlite, workspaceId);
  const coverFile: CoverFile = { cover: stored ? { ...stored, notes: parseNotes(stored.notes) } : null };
  return {
    roster: roster.close(),
    survey: survey.close(),
    mappings: writeBackupJson(join(outDir, BACKUP_FILES.mappings), mappingsFile, mappingRows.length),
    cover: writeBackupJson(join(outDir, BACKUP_FILES.cover), coverFile, stored ? 1 : 0),
  };
}

/** The cover's notes object; a hand-edited row that is not JSON exports as no notes (as the report shows it). */
function parseNotes(text: string): Record<string, string> {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  } catch {
    return {};
  }
}
