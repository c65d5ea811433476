/**
 * Restoring the parts format version 2 added (docs/decisions/144-backup-format-2.md): every
 * file is read and checked row by row before the restore writes anything, then written inside
 * the restore's one transaction. Hashes are stored as they are in the backup.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type Database from "better-sqlite3";
import type { z } from "zod";
import { createBackupPartsWriter } from "../../db/queries/backup-parts";
import { applyRosterHeadcounts } from "../../db/roster-writer";
import { unescapeBackupCell } from "../../importers/backup-cells";
import { MAX_COVER_TEXT, MAX_NOTE } from "../report/cover";
import { logoFromUpload } from "../report/logo";
import { BackupError } from "./backup-error";
import { BACKUP_FILES, type BackupManifest } from "./manifest";
import { CoverFileSchema, describeIssue, MappingsFileSchema, RosterRowSchema, ROSTER_COLUMNS, SURVEY_COLUMNS, SurveyRowSchema, type CoverFile, type MappingsFile } from "./part-files";

type Lined<T> = T & { line: number };

export interface BackupParts {
  roster: Lined<z.output<typeof RosterRowSchema>>[];
  survey: Lined<z.output<typeof SurveyRowSchema>>[];
  mappings: MappingsFile["mappings"];
  cover: CoverFile["cover"];
}

const NOTHING = "nothing was restored";

/** The format-2 files, checked; null for an older backup, which has none of them. */
export function readBackupParts(dir: string, manifest: BackupManifest): BackupParts | null {
  if (manifest.formatVersion < 2) return null;
  return {
    roster: readCsv(join(dir, BACKUP_FILES.roster), ROSTER_COLUMNS, RosterRowSchema),
    survey: readCsv(join(dir, BACKUP_FILES.survey), SURVEY_COLUMNS, SurveyRowSchema),
    mappings: checkMappings(join(dir, BACKUP_FILES.mappings), readJson(join(dir, BACKUP_FILES.mappings), MappingsFileSchema).mappings),
    cover: checkCover(join(dir, BACKUP_FILES.cover), readJson(join(dir, BACKUP_FILES.cover), CoverFileSchema).cover),
  };
}

function readCsv<S extends z.ZodTypeAny>(path: string, columns: readonly string[], schema: S): Lined<z.output<S>>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, "utf8"), { header: true, skipEmptyLines: true });
  const missing = columns.filter((c) => !parsed.meta.fields?.includes(c));
  if (missing.length) throw new BackupError(`${path}: expected the columns ${columns.join(", ")}; missing ${missing.join(", ")}; ${NOTHING}`);
  const broken = parsed.errors[0];
  if (broken) throw new BackupError(`${path}:${(broken.row ?? 0) + 2}: ${broken.message}; ${NOTHING}`);
  return parsed.data.map((raw, index) => {
    const line = index + 2;
    const cells = Object.fromEntries(columns.map((c) => [c, unescapeBackupCell(raw[c] ?? "")]));
    const result = schema.safeParse(cells);
    // The cell is not echoed: in a doctored file it may be a raw identifier.
    if (!result.success) throw new BackupError(`${path}:${line}: ${describeIssue(result.error, (c) => `column "${c}"`)}; ${NOTHING}`);
    return { ...(result.data as z.output<S>), line };
  });
}

function readJson<S extends z.ZodTypeAny>(path: string, schema: S): z.output<S> {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new BackupError(`${path} is not valid JSON (${error instanceof Error ? error.message : String(error)}); ${NOTHING}`);
  }
  const result = schema.safeParse(json);
  if (!result.success) throw new BackupError(`${path}: ${describeIssue(result.error, (p) => `"${p}"`)}; ${NOTHING}`);
  return result.data as z.output<S>;
}

/** A mapping's name is unique per kind of file, as the Import page saves it. */
function checkMappings(path: string, mappings: MappingsFile["mappings"]): MappingsFile["mappings"] {
  const seen = new Set<string>();
  mappings.forEach((m, index) => {
    const key = `${m.kind}\u0000${m.name}`;
    if (seen.has(key)) throw new BackupError(`${path}: "mappings.${index}.name": expected one mapping per name and kind, got "${m.name}" (${m.kind}) twice; ${NOTHING}`);
    seen.add(key);
  });
  return mappings;
}

/** The cover as the report page would have saved it: lengths within its limits, the logo a PNG within the upload limit. */
function checkCover(path: string, cover: CoverFile["cover"]): CoverFile["cover"] {
  if (!cover) return null;
  for (const [field, text] of [["preparedFor", cover.preparedFor], ["preparedBy", cover.preparedBy]] as const) {
    if (text && text.length > MAX_COVER_TEXT) throw new BackupError(`${path}: "cover.${field}": expected at most ${MAX_COVER_TEXT} characters; ${NOTHING}`);
  }
  for (const [id, note] of Object.entries(cover.notes)) {
    if (note.length > MAX_NOTE) throw new BackupError(`${path}: "cover.notes.${id}": expected at most ${MAX_NOTE} characters; ${NOTHING}`);
  }
  if (cover.logo) {
    // Through the upload's own check: a PNG is kept byte for byte, anything else would not come back the same.
    const bytes = Buffer.from(cover.logo.slice(cover.logo.indexOf(",") + 1), "base64");
    const checked = logoFromUpload("logo", bytes);
    if (!checked.ok || checked.dataUrl !== cover.logo) {
      throw new BackupError(`${path}: "cover.logo": expected a PNG image of at most 200 KB (${checked.ok ? "not a PNG" : checked.message}); ${NOTHING}`);
    }
  }
  return cover;
}

/**
 * Writes the parts into the new workspace, on the restore's connection inside its transaction
 * (the caller's): the roster (then the roles' headcounts, as a roster import does), the survey
 * responses under one restored import per original import, the mappings, the cover.
 */
export function writeBackupParts(sqlite: Database.Database, workspaceId: number, dir: string, manifest: BackupManifest, parts: BackupParts, actor: string) {
  const writer = createBackupPartsWriter(sqlite, workspaceId);
  const at = new Date().toISOString();
  const roleOf = (file: string, row: { role: string; line: number }) => {
    const id = writer.roleId(row.role);
    if (id === undefined) throw new BackupError(`${join(dir, file)}:${row.line}: column "role": expected a role_id of jobs.csv, got "${row.role}"; ${NOTHING}`);
    return id;
  };
  if (parts.roster.length) {
    const importId = writer.insertImport({ kind: "roster", fileName: BACKUP_FILES.roster, checksum: manifest.files.roster!.sha256, rows: parts.roster.length, actor, at });
    for (const p of parts.roster) {
      writer.insertPerson(importId, roleOf(BACKUP_FILES.roster, p), { personHash: p.person, employeeIdHash: p.employee_id_hash, emailHash: p.email_hash, nameHash: p.name_hash });
    }
  }
  applyRosterHeadcounts(sqlite, workspaceId);

  // One import per original survey import, in their order: each person's newest answer stays the one that counts.
  const byImport = new Map<number, BackupParts["survey"]>();
  for (const r of parts.survey) byImport.set(r.import, [...(byImport.get(r.import) ?? []), r]);
  for (const [, rows] of [...byImport].sort(([a], [b]) => a - b)) {
    const importId = writer.insertImport({ kind: "survey", fileName: BACKUP_FILES.survey, checksum: manifest.files.survey!.sha256, rows: rows.length, actor, at });
    for (const r of rows) {
      writer.insertResponse(importId, roleOf(BACKUP_FILES.survey, r), {
        employee: r.employee_id,
        submittedAt: r.submitted_at,
        answers: [r.q1, r.q2, r.q3, r.q4, r.q5, r.q6, r.q7, r.q8, r.q9, r.q10],
        aiUse: r.ai_use,
      });
    }
  }
  for (const m of parts.mappings) writer.insertMapping({ ...m, mapping: JSON.stringify(m.mapping) });
  if (parts.cover) writer.insertCover({ ...parts.cover, notes: JSON.stringify(parts.cover.notes) });
}
