/**
 * Orbital's database schema. One SQLite file holds every workspace; every row that belongs
 * to an organization carries `workspace_id` so access checks and deletion are one predicate.
 *
 * Conventions:
 * - timestamps are ISO-8601 UTC strings (`2026-11-25T15:44:06.000Z`), dates are `YYYY-MM-DD`;
 * - durations are minutes as REAL (timesheets log 0.25 h and 20 min alike);
 * - levels are the index on the ladder in `importers/levels.ts` (0 Entry … 6 Executive);
 * - task classes are `TASK_CLASSES` from the analyzer's taxonomy ("automatable" | "democratized" | "specialized").
 *
 * Migrations are generated with `npm run db:generate` and committed; never edit a merged one.
 */
import { sql } from "drizzle-orm";
import { TASK_CLASSES } from "../app/analyzer/taxonomy";
import {
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

const createdAt = () =>
  text("created_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`);

// Foreign keys that repeat across tables. The referenced tables are declared below, hence the
// arrow functions: drizzle resolves `references` lazily.
const userId = () =>
  integer("user_id")
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });
const workspaceId = () =>
  integer("workspace_id")
    .notNull()
    .references(() => workspaces.id, { onDelete: "cascade" });
const roleId = () =>
  integer("role_id")
    .notNull()
    .references(() => roles.id, { onDelete: "cascade" });
const importId = () =>
  integer("import_id")
    .notNull()
    .references(() => imports.id, { onDelete: "cascade" });
const textId = () =>
  integer("text_id")
    .notNull()
    .references(() => taskTexts.id);
const employeeId = () =>
  integer("employee_id")
    .notNull()
    .references(() => employees.id);
const taskClass = () => text("class", { enum: TASK_CLASSES });

// ---------------------------------------------------------------- accounts and access

export const users = sqliteTable("users", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Stored lower-cased; compared lower-cased. */
  email: text("email").notNull().unique(),
  passwordHash: text("password_hash").notNull(),
  isAdmin: integer("is_admin", { mode: "boolean" }).notNull().default(false),
  createdAt: createdAt(),
});

export const sessions = sqliteTable(
  "sessions",
  {
    /** sha256 of the random token held in the cookie: a leaked database cannot log anyone in. */
    id: text("id").primaryKey(),
    userId: userId(),
    createdAt: createdAt(),
    expiresAt: text("expires_at").notNull(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

/** Installation-wide key/value settings (setup token hash, session secret when generated…). */
export const appSettings = sqliteTable("app_settings", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
});

export const workspaces = sqliteTable("workspaces", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  /** Per-workspace HMAC key for pseudonymizing employee identifiers. Never shown, never exported. */
  pseudonymKey: text("pseudonym_key").notNull(),
  /** Figures from fewer than this many distinct employees are suppressed. */
  kThreshold: integer("k_threshold").notNull().default(5),
  /**
   * Set (to the time) in the same transaction as an import that changes the data, cleared in
   * the transaction that stores the new analysis: while set, the stored figures lag the data and
   * whichever process opens the database next finishes the analysis (decision 110).
   */
  analysisPendingSince: text("analysis_pending_since"),
  createdAt: createdAt(),
});

export const memberships = sqliteTable(
  "memberships",
  {
    userId: userId(),
    workspaceId: workspaceId(),
    role: text("role", { enum: ["viewer", "editor", "admin"] }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.workspaceId] }),
    index("memberships_workspace_idx").on(t.workspaceId),
  ],
);

/**
 * Who did what, when. No foreign keys on purpose: the record of a deletion must outlive
 * the workspace and the user it names.
 */
export const auditEvents = sqliteTable(
  "audit_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: createdAt(),
    workspaceId: integer("workspace_id"),
    workspaceSlug: text("workspace_slug"),
    actorUserId: integer("actor_user_id"),
    /** e-mail of a signed-in user, or "cli" / "system". */
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    /** JSON object with the details of the event. */
    detail: text("detail").notNull().default("{}"),
  },
  // (workspace, id): the Settings page reads a workspace's newest events without sorting its whole history.
  (t) => [index("audit_workspace_idx").on(t.workspaceId, t.id)],
);

// ---------------------------------------------------------------- imported organization data

export const imports = sqliteTable(
  "imports",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceId(),
    kind: text("kind", { enum: ["jobs", "logs", "roster", "survey"] }).notNull(),
    fileName: text("file_name").notNull(),
    /** sha256 of the file's bytes, hex. */
    checksum: text("checksum").notNull(),
    encoding: text("encoding").notNull(),
    delimiter: text("delimiter").notNull(),
    /** "imported", or "replaced" once a later `--replace` import of the same file superseded it. */
    status: text("status", { enum: ["imported", "replaced"] }).notNull(),
    rowsRead: integer("rows_read").notNull(),
    rowsImported: integer("rows_imported").notNull(),
    /** Non-fatal notes (JSON array of strings), e.g. the encoding that was detected. */
    notes: text("notes").notNull().default("[]"),
    actor: text("actor").notNull(),
    startedAt: text("started_at").notNull(),
    finishedAt: text("finished_at").notNull(),
  },
  (t) => [index("imports_workspace_idx").on(t.workspaceId, t.kind, t.checksum)],
);

export const roles = sqliteTable(
  "roles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceId(),
    importId: integer("import_id").references(() => imports.id, { onDelete: "set null" }),
    /** The CSV's role_id, or one derived from the title when the file has none. */
    roleKey: text("role_key").notNull(),
    title: text("title").notNull(),
    department: text("department").notNull(),
    /** Index on the ladder: 0 Entry, 1 Junior, 2 Mid, 3 Senior, 4 Lead/Manager, 5 Director, 6 Executive. */
    level: integer("level").notNull(),
    /** The level as written in the file ("Grade 7", "L3", "Sr."). */
    levelLabel: text("level_label").notNull(),
    /**
     * The headcount the dashboards use: the roster's count of people when a roster names the
     * role, else the job description's (docs/decisions/141-roster-headcount.md).
     */
    headcount: real("headcount").notNull(),
    /** The job description's headcount column, kept beside the roster's count (null: rows from before rosters, equal to `headcount`). */
    jdHeadcount: real("jd_headcount"),
    /** People the roster puts in this role; null when the workspace has no roster. */
    rosterHeadcount: integer("roster_headcount"),
    /** Loaded annual cost per FTE, in the organization's currency. */
    annualCost: real("annual_cost"),
    location: text("location"),
    outcomes: text("outcomes"),
    description: text("description"),
  },
  (t) => [
    uniqueIndex("roles_workspace_key_uq").on(t.workspaceId, t.roleKey),
    index("roles_workspace_dept_idx").on(t.workspaceId, t.department),
    index("roles_workspace_level_idx").on(t.workspaceId, t.level),
  ],
);

/**
 * One row per distinct normalized task text in a workspace (statements and log texts alike),
 * carrying the analyzer's classification. Classifying per distinct text is what lets a
 * million log rows with 20,000 distinct texts classify 20,000 times.
 */
export const taskTexts = sqliteTable(
  "task_texts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceId(),
    /** Normalized form (see `app/analyzer/normalize.ts`): the cache and override key. */
    norm: text("norm").notNull(),
    /** The text as first seen, for display. */
    text: text("text").notNull(),
    taskClass: taskClass(),
    confidence: real("confidence"),
    /** Calibrated class probabilities (sum 1); confidence is the chosen class's. Null before classifier 1.2.0. */
    pAutomatable: real("p_automatable"),
    pDemocratized: real("p_democratized"),
    pSpecialized: real("p_specialized"),
    atom: text("atom"),
    /** JSON array of { cue, weight, toward }. */
    cues: text("cues"),
    rationale: text("rationale"),
    classifierVersion: text("classifier_version"),
  },
  (t) => [uniqueIndex("task_texts_workspace_norm_uq").on(t.workspaceId, t.norm)],
);

export const taskStatements = sqliteTable(
  "task_statements",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceId(),
    roleId: roleId(),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    textId: textId(),
  },
  (t) => [index("task_statements_role_idx").on(t.roleId, t.position)],
);

/** Pseudonymized employees: `hash` is HMAC-SHA256(workspace key, raw id); the raw id is never stored. */
export const employees = sqliteTable(
  "employees",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceId(),
    hash: text("hash").notNull(),
  },
  (t) => [uniqueIndex("employees_workspace_hash_uq").on(t.workspaceId, t.hash)],
);

/**
 * The roster: one row per person, joining the people in task logs to roles. Every identifier
 * is stored only as HMAC(workspace key, kind + normalized form) (importers/person-identity.ts);
 * `personHash` is the pseudonym the person's log rows are stored under. A roster import
 * replaces the workspace's whole roster.
 */
export const rosterPeople = sqliteTable(
  "roster_people",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceId(),
    importId: importId(),
    roleId: roleId(),
    personHash: text("person_hash").notNull(),
    employeeIdHash: text("employee_id_hash"),
    emailHash: text("email_hash"),
    nameHash: text("name_hash"),
  },
  (t) => [
    index("roster_people_workspace_idx").on(t.workspaceId, t.roleId),
    index("roster_people_employee_idx").on(t.workspaceId, t.employeeIdHash),
    index("roster_people_email_idx").on(t.workspaceId, t.emailHash),
    index("roster_people_name_idx").on(t.workspaceId, t.nameHash),
  ],
);

/**
 * Column mappings a person saved on the Import page, offered again for a file with the same
 * header row. `headerKey` is the file's normalized header row; `mapping` a JSON object of
 * Orbital field → the file's header. Headers only: no cell of any file is kept.
 */
export const importMappings = sqliteTable(
  "import_mappings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceId(),
    kind: text("kind", { enum: ["jobs", "logs", "roster"] }).notNull(),
    name: text("name").notNull(),
    headerKey: text("header_key").notNull(),
    mapping: text("mapping").notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("import_mappings_name_uq").on(t.workspaceId, t.kind, t.name), index("import_mappings_header_idx").on(t.workspaceId, t.headerKey)],
);

export const taskLogs = sqliteTable(
  "task_logs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceId(),
    importId: importId(),
    roleId: roleId(),
    employeeId: employeeId(),
    date: text("date").notNull(),
    textId: textId(),
    minutes: real("minutes").notNull(),
    tool: text("tool"),
    outcome: text("outcome"),
    /**
     * The role's task statement this log row matches, when one does. Deliberately no foreign
     * key: statement ids change whenever a role's job description is re-imported, and with a
     * key SQLite scans the whole log for every deleted statement (31 s for one jobs re-import
     * on a million rows). The import relinks a role's logs whenever its statements change.
     */
    statementId: integer("statement_id"),
  },
  // No secondary index: every reader goes through the whole log once (analysis, backups, a
  // --replace, relinking after a jobs re-import), and each index would cost the bulk import a
  // rebuild of about a second per million rows (docs/decisions/062-task-log-indexes.md).
);

// ---------------------------------------------------------------- people stay in charge

/**
 * A person's correction of the analyzer, keyed by normalized text so it survives re-imports.
 * Every override is kept; the newest per (workspace, norm) wins.
 */
export const overrides = sqliteTable(
  "overrides",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceId(),
    norm: text("norm").notNull(),
    taskClass: taskClass().notNull(),
    atom: text("atom"),
    reason: text("reason").notNull(),
    userId: integer("user_id"),
    actor: text("actor").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("overrides_workspace_norm_idx").on(t.workspaceId, t.norm, t.id)],
);

// ---------------------------------------------------------------- stored analysis (written by `analyze`)

/**
 * Hours per (role, task text): the weighted input of every roll-up. Source "logs" when the
 * role has task logs, else "statements" (equal weights over the role's statements).
 */
export const roleTaskHours = sqliteTable(
  "role_task_hours",
  {
    workspaceId: workspaceId(),
    roleId: roleId(),
    textId: textId(),
    source: text("source", { enum: ["logs", "statements"] }).notNull(),
    minutes: real("minutes").notNull(),
    logRows: integer("log_rows").notNull(),
    employees: integer("employees").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.textId] }), index("rth_workspace_idx").on(t.workspaceId)],
);

/** Which pseudonymized employees worked in which role: distinct counts for the k-threshold. */
export const roleEmployees = sqliteTable(
  "role_employees",
  {
    workspaceId: workspaceId(),
    roleId: roleId(),
    employeeId: employeeId(),
    minutes: real("minutes").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.employeeId] }), index("re_workspace_idx").on(t.workspaceId)],
);

/** Per role × class × atom hours after overrides: what every dashboard aggregates. */
export const roleRollups = sqliteTable(
  "role_rollups",
  {
    workspaceId: workspaceId(),
    roleId: roleId(),
    taskClass: taskClass().notNull(),
    atom: text("atom").notNull(),
    /** Hours in a typical year for the whole role (all headcount): see docs/decisions on weighting. */
    hours: real("hours").notNull(),
    /** Share of the role's time (0–1). */
    share: real("share").notNull(),
    tasks: integer("tasks").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.roleId, t.taskClass, t.atom] }),
    index("rr_workspace_idx").on(t.workspaceId),
  ],
);

/** Per-role summary written by `analyze`. */
export const roleAnalysis = sqliteTable("role_analysis", {
  roleId: integer("role_id")
    .primaryKey()
    .references(() => roles.id, { onDelete: "cascade" }),
  workspaceId: workspaceId(),
  weighting: text("weighting", { enum: ["logs", "statements"] }).notNull(),
  minutesLogged: real("minutes_logged").notNull(),
  logRows: integer("log_rows").notNull(),
  employees: integer("employees").notNull(),
  /** Share of the role's time in well-defined atoms that can be handed to AI (0–1). */
  atomization: real("atomization").notNull(),
  /** JSON array of the role's strongest cues. */
  mainCues: text("main_cues").notNull().default("[]"),
  analyzedAt: text("analyzed_at").notNull(),
});

/**
 * The sums behind the uncertainty ranges of the class shares (app/analyzer/share-range.ts),
 * written by the pipeline with the roll-ups (after every analysis and override) so that the
 * Overview reads a few rows instead of every task's probabilities (docs/decisions/178).
 * One row for the whole workspace (`department` null; written whenever the roll-ups are, so
 * its absence means "not computed yet") and one per department with analysed time.
 */
export const classRangeSums = sqliteTable(
  "class_range_sums",
  {
    workspaceId: workspaceId(),
    department: text("department"),
    /** Annualized hours of the analysed tasks (H). */
    hours: real("hours").notNull(),
    /** Σ h·p per class: the expected hours in the class. */
    expectedAutomatable: real("expected_automatable").notNull(),
    expectedDemocratized: real("expected_democratized").notNull(),
    expectedSpecialized: real("expected_specialized").notNull(),
    /** Σ h²·p(1 − p) per class: the variance of those hours, each task text one draw. */
    varianceAutomatable: real("variance_automatable").notNull(),
    varianceDemocratized: real("variance_democratized").notNull(),
    varianceSpecialized: real("variance_specialized").notNull(),
  },
  (t) => [index("crs_workspace_department_idx").on(t.workspaceId, t.department)],
);

/**
 * The report's editable cover, one row per workspace: who it is prepared for and by, a logo
 * (a sanitized PNG or SVG as a data: URL, size-limited) and a short note per report section.
 */
export const reportCovers = sqliteTable("report_covers", {
  workspaceId: integer("workspace_id")
    .primaryKey()
    .references(() => workspaces.id, { onDelete: "cascade" }),
  preparedFor: text("prepared_for"),
  preparedBy: text("prepared_by"),
  logo: text("logo"),
  /** JSON object: section id → note. */
  notes: text("notes").notNull().default("{}"),
  updatedAt: text("updated_at").notNull(),
});

// ---------------------------------------------------------------- people's readiness (survey)

/**
 * One orchestrator-capability survey response per respondent and import (the wording:
 * importers/survey-wording.ts). The respondent is a pseudonymized employee like any log
 * author; no e-mail or name is stored. When a person answered in several imports, the
 * newest import's answer counts (db/queries/survey.ts); within a file the latest answer
 * was kept at import. Answers are 1–5; `ai_use` is 0 Never … 4 Several times a day.
 */
export const surveyResponses = sqliteTable(
  "survey_responses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    workspaceId: workspaceId(),
    importId: importId(),
    employeeId: employeeId(),
    roleId: roleId(),
    /** When the form was submitted, when the export said (`YYYY-MM-DDTHH:MM:SS`, the form's own clock). */
    submittedAt: text("submitted_at"),
    q1: integer("q1").notNull(),
    q2: integer("q2").notNull(),
    q3: integer("q3").notNull(),
    q4: integer("q4").notNull(),
    q5: integer("q5").notNull(),
    q6: integer("q6").notNull(),
    q7: integer("q7").notNull(),
    q8: integer("q8").notNull(),
    q9: integer("q9").notNull(),
    q10: integer("q10").notNull(),
    aiUse: integer("ai_use").notNull(),
  },
  (t) => [index("survey_workspace_employee_idx").on(t.workspaceId, t.employeeId), index("survey_import_idx").on(t.importId)],
);
