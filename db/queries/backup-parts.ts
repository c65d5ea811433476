/**
 * The parts of a workspace backup added in format version 2 (docs/decisions/144-backup-format-2.md):
 * the roster, saved column mappings, survey responses and the report cover, read as stored
 * and written back as they were. Every person appears only as the stored keyed hashes; they
 * are copied, never recomputed, so a restored roster joins the restored task logs and survey
 * answers exactly as the original did whatever key the restored workspace holds.
 */
import type Database from "better-sqlite3";

export interface BackupRosterPerson {
  /** The pseudonym the person's task-log rows and survey answers are stored under. */
  personHash: string;
  roleKey: string;
  employeeIdHash: string | null;
  emailHash: string | null;
  nameHash: string | null;
}

export interface BackupSurveyResponse {
  /** The survey import the answer came from, in import order (newer imports win per person). */
  importId: number;
  employee: string;
  roleKey: string;
  submittedAt: string | null;
  answers: number[];
  aiUse: number;
}

export interface BackupMapping {
  kind: "jobs" | "logs" | "roster";
  name: string;
  headerKey: string;
  /** The stored JSON text: Orbital field → the file's header. */
  mapping: string;
  createdAt: string;
}

export interface BackupCover {
  preparedFor: string | null;
  preparedBy: string | null;
  logo: string | null;
  /** The stored JSON text: section id → note. */
  notes: string;
  updatedAt: string;
}

export function listBackupRoster(sqlite: Database.Database, workspaceId: number): BackupRosterPerson[] {
  return sqlite
    .prepare(
      `SELECT p.person_hash AS personHash, r.role_key AS roleKey, p.employee_id_hash AS employeeIdHash,
              p.email_hash AS emailHash, p.name_hash AS nameHash
       FROM roster_people p JOIN roles r ON r.id = p.role_id
       WHERE p.workspace_id = ? ORDER BY p.id`,
    )
    .all(workspaceId) as BackupRosterPerson[];
}

/** Every stored response (not only each person's latest), oldest import first, in row order. */
export function listBackupSurvey(sqlite: Database.Database, workspaceId: number): BackupSurveyResponse[] {
  const rows = sqlite
    .prepare(
      `SELECT s.import_id AS importId, e.hash AS employee, r.role_key AS roleKey, s.submitted_at AS submittedAt,
              json_array(s.q1, s.q2, s.q3, s.q4, s.q5, s.q6, s.q7, s.q8, s.q9, s.q10) AS answers, s.ai_use AS aiUse
       FROM survey_responses s JOIN employees e ON e.id = s.employee_id JOIN roles r ON r.id = s.role_id
       WHERE s.workspace_id = ? ORDER BY s.import_id, s.id`,
    )
    .all(workspaceId) as Array<Omit<BackupSurveyResponse, "answers"> & { answers: string }>;
  return rows.map((r) => ({ ...r, answers: JSON.parse(r.answers) as number[] }));
}

export function listBackupMappings(sqlite: Database.Database, workspaceId: number): BackupMapping[] {
  return sqlite
    .prepare(
      `SELECT kind, name, header_key AS headerKey, mapping, created_at AS createdAt
       FROM import_mappings WHERE workspace_id = ? ORDER BY id`,
    )
    .all(workspaceId) as BackupMapping[];
}

export function getBackupCover(sqlite: Database.Database, workspaceId: number): BackupCover | undefined {
  return sqlite
    .prepare(
      `SELECT prepared_for AS preparedFor, prepared_by AS preparedBy, logo, notes, updated_at AS updatedAt
       FROM report_covers WHERE workspace_id = ?`,
    )
    .get(workspaceId) as BackupCover | undefined;
}

export interface PartCounts {
  rosterPeople: number;
  surveyResponses: number;
  mappings: number;
  reportCover: number;
}

export function countBackupParts(sqlite: Database.Database, workspaceId: number): PartCounts {
  const count = (table: string) => (sqlite.prepare(`SELECT COUNT(*) FROM ${table} WHERE workspace_id = ?`).pluck().get(workspaceId) as number);
  return {
    rosterPeople: count("roster_people"),
    surveyResponses: count("survey_responses"),
    mappings: count("import_mappings"),
    reportCover: count("report_covers"),
  };
}

/** Distinct people in the task log (the employees table also holds survey-only respondents). */
export function countLogEmployees(sqlite: Database.Database, workspaceId: number): number {
  return sqlite.prepare(`SELECT COUNT(DISTINCT employee_id) FROM task_logs WHERE workspace_id = ?`).pluck().get(workspaceId) as number;
}

/** What a restore records as the import of a restored roster or survey file. */
export interface RestoredImport {
  kind: "roster" | "survey";
  fileName: string;
  checksum: string;
  rows: number;
  actor: string;
  at: string;
}

/**
 * The write side of restoring the format-2 parts, on the caller's connection and inside the
 * caller's transaction. Role keys are resolved against the roles the restore already wrote;
 * `roleId` answers undefined for a key the backup's jobs file does not have.
 */
export function createBackupPartsWriter(sqlite: Database.Database, workspaceId: number) {
  const roleIds = new Map(
    (sqlite.prepare(`SELECT role_key, id FROM roles WHERE workspace_id = ?`).raw().all(workspaceId) as [string, number][]).map(([k, id]) => [k, id]),
  );
  const s = {
    insertImport: sqlite.prepare(
      `INSERT INTO imports (workspace_id, kind, file_name, checksum, encoding, delimiter, status, rows_read, rows_imported, notes, actor, started_at, finished_at)
       VALUES (?, ?, ?, ?, 'utf-8', ',', 'imported', ?, ?, '["Restored from a workspace backup"]', ?, ?, ?)`,
    ),
    findEmployee: sqlite.prepare(`SELECT id FROM employees WHERE workspace_id = ? AND hash = ?`).pluck(),
    insertEmployee: sqlite.prepare(`INSERT INTO employees (workspace_id, hash) VALUES (?, ?)`),
    insertPerson: sqlite.prepare(
      `INSERT INTO roster_people (workspace_id, import_id, role_id, person_hash, employee_id_hash, email_hash, name_hash) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertResponse: sqlite.prepare(
      `INSERT INTO survey_responses (workspace_id, import_id, employee_id, role_id, submitted_at, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, ai_use)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertMapping: sqlite.prepare(`INSERT INTO import_mappings (workspace_id, kind, name, header_key, mapping, created_at) VALUES (?, ?, ?, ?, ?, ?)`),
    insertCover: sqlite.prepare(`INSERT INTO report_covers (workspace_id, prepared_for, prepared_by, logo, notes, updated_at) VALUES (?, ?, ?, ?, ?, ?)`),
  };
  const employeeId = (hash: string): number => {
    const found = s.findEmployee.get(workspaceId, hash) as number | undefined;
    return found ?? Number(s.insertEmployee.run(workspaceId, hash).lastInsertRowid);
  };
  return {
    roleId: (roleKey: string): number | undefined => roleIds.get(roleKey),
    insertImport(v: RestoredImport): number {
      return Number(s.insertImport.run(workspaceId, v.kind, v.fileName, v.checksum, v.rows, v.rows, v.actor, v.at, v.at).lastInsertRowid);
    },
    insertPerson(importId: number, roleId: number, p: Omit<BackupRosterPerson, "roleKey">) {
      s.insertPerson.run(workspaceId, importId, roleId, p.personHash, p.employeeIdHash, p.emailHash, p.nameHash);
    },
    insertResponse(importId: number, roleId: number, r: Omit<BackupSurveyResponse, "roleKey" | "importId">) {
      s.insertResponse.run(workspaceId, importId, employeeId(r.employee), roleId, r.submittedAt, ...r.answers, r.aiUse);
    },
    insertMapping(m: BackupMapping) {
      s.insertMapping.run(workspaceId, m.kind, m.name, m.headerKey, m.mapping, m.createdAt);
    },
    insertCover(c: BackupCover) {
      s.insertCover.run(workspaceId, c.preparedFor, c.preparedBy, c.logo, c.notes, c.updatedAt);
    },
  };
}
