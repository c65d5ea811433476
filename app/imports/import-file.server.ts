/**
 * The one import path, used by the CLI, the web Import page and the demo at first start:
 * checksum, duplicate check, then stream → validate → write, all in one transaction that
 * lands whole or changes nothing.
 *
 * The transaction runs on a dedicated connection opened for this import: the web server
 * shares one connection across requests, and an import awaits file reads between batches,
 * so a transaction on the shared handle would be seen (and joined) by other requests. With
 * WAL, the shared connection keeps reading the last committed state meanwhile
 * (docs/decisions/002-import-transactions.md). Locking and the analysis that follows the
 * commit: docs/decisions/110 and 111.
 */
import { openDatabase, type Connection } from "../../db/connection";
import { createImportWriter, type ImportWriter } from "../../db/import-writer";
import { recordAudit } from "../../db/queries/audit";
import { markAnalysisPending } from "../../db/queries/analysis-pending";
import { findImportByChecksum, getImport, listImportsOfSameFile, type ImportRecord } from "../../db/queries/imports";
import type { Workspace } from "../../db/queries/workspaces";
import { backupTable } from "../../importers/backup-cells";
import { applyRosterHeadcounts, createRosterWriter } from "../../db/roster-writer";
import { emptyFacts, jobsTable, readTable, type FileFacts, type ImportIssue, type TableReader } from "../../importers";
import { emptyTrackerStats } from "../../importers/tracker-formats";
import { logReadSpec, prepareRead, statsNotes, type LogReadPlan, type ReadChoices } from "./read-setup.server";
import { rosterNotes } from "./roster-notes.server";
import { beginImmediate, isBusyError, lockWaitMs } from "../../db/write-lock";
import { finishPendingAnalysis } from "../analysis-pending.server";
import { normalizeTaskText } from "../analyzer/normalize";
import { faultPoint } from "../faults/fault-points.server";
import { withImportLock } from "./import-lock.server";
import { writeLogsFromWorker } from "./log-writer.server";
import { readSurvey, writeSurveyResponses } from "./survey-import.server";
import { sha256Of, type ImportSource } from "./source.server";
import { flatCopy } from "../../importers/parse-once";
import type { ImportKind, ImportOutcome, ImportSummary } from "./types";


/** A backup's log: ids are pseudonyms already, no roster, no format or date choices. */
const BACKUP_LOG_PLAN: LogReadPlan = { format: null, dateOrder: null, skipUnknownPeople: false, backup: true };

/** From this size on, a task log on disk is parsed on a worker thread (decision 121). */
const WORKER_MIN_BYTES = 4 * 1024 * 1024;

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
}

export interface ImportFileOptions {
  /** The caller's connection (the server's shared one, or the CLI's); the import writes through its own. */
  connection: Connection;
  workspace: Workspace;
  kind: ImportKind;
  source: ImportSource;
  /** Re-import deliberately: earlier imports of the same file (same checksum or same file name) are superseded. */
  replace?: boolean;
  /** Who imports: an e-mail, "cli" or "system". */
  actor: string;
  /** The signed-in user, for the audit log. */
  actorUserId?: number | null;
  /** Problems kept in full (default 1000); all are counted. */
  maxIssues?: number;
  batchSize?: number;
  onProgress?(progress: ImportProgress): void;
  /**
   * Re-analyze the workspace after a successful commit (default true). Only the import
   * benchmark turns it off, to time the import on its own.
   */
  analyze?: boolean;
  /**
   * The file comes from `orbital workspace export`: its cells carry the backup's reversible
   * escape, and its employee ids are pseudonyms already, stored as they are instead of being
   * hashed a second time (docs/decisions/081-workspace-backup-format.md).
   */
  backup?: boolean;
  /** How to read the file: a column mapping, a log format, a date order, skipping unknown people. */
  choices?: ReadChoices;
  /**
   * Called when this import finds another writer holding the database and starts waiting for
   * it: before writing ("import") or before the analysis after the commit ("analysis").
   */
  onWait?(stage: "import" | "analysis"): void;
  /** How long to wait for another writer (default ORBITAL_LOCK_WAIT_S) before giving up. */
  lockWaitMs?: number;
  /**
   * Read and check a task log on a worker thread while this thread inserts (default: a file on
   * disk of at least 4 MB; starting the thread costs more than a small file's parsing). The
   * benchmark and tests set it to compare both paths (decision 121).
   */
  parseInWorker?: boolean;
  /** For an Excel workbook: the sheet to read (default: the first visible one). */
  sheet?: string;
}

export async function importFile(options: ImportFileOptions): Promise<ImportOutcome> {
  const { connection, workspace } = options;
  if (connection.path === ":memory:") throw new Error("importFile needs a database file (it opens its own connection)");
  const checksum = await sha256Of(options.source);
  const outcome = await withImportLock(connection.path, () => writeInTransaction(options, checksum));
  // Survey answers feed no stored analysis: the capabilities page reads them as they are.
  if (outcome.status === "imported" && options.analyze !== false && options.kind !== "survey") {
    // The import committed with its workspace marked "analysis pending"; the analysis clears the
    // mark. If another writer keeps the lock longer than we wait, the mark stays and the next
    // process to open the database finishes the work (decision 110).
    try {
      await finishPendingAnalysis(connection, workspace.id, { maxWaitMs: options.lockWaitMs ?? lockWaitMs(), onWait: () => options.onWait?.("analysis") });
    } catch (error) {
      if (!isBusyError(error)) throw error;
      return { ...outcome, analysisPending: true };
    }
  }
  return outcome;
}

/**
 * The transaction boundary (decision 111): BEGIN IMMEDIATE on a connection of its own, waiting
 * for other writers without blocking the event loop; the duplicate check under the lock, so two
 * imports of one file at once cannot both land; the "analysis pending" mark in the same commit.
 */
async function writeInTransaction(options: ImportFileOptions, checksum: string): Promise<ImportOutcome> {
  const { connection, workspace, kind } = options;
  const dedicated = openDatabase(connection.path, { migrate: false });
  // A bigger page cache than SQLite's 2 MB keeps the pages a bulk insert revisits (text and
  // employee lookups, the table's tail) from spilling to the WAL and being read back. 16 MB holds
  // them; 32 MB only kept ~20 MB more of the process's peak memory in spilled pages (decision 161).
  dedicated.sqlite.pragma("cache_size = -16384");
  // Temporary B-trees and statement journals (the GROUP BYs and relinks of this transaction) stay in
  // memory, not temp files. It once served deferred index builds, gone since decision 062; kept, not re-measured.
  dedicated.sqlite.pragma("temp_store = MEMORY");
  // A log import only inserts rows whose every id it just read or wrote in this same
  // transaction, and deletes only task_logs rows, which nothing references: foreign-key
  // checks (six per row) would verify what is true by construction. Measured ~15% faster.
  // Jobs imports keep them on: replacing statements relies on ON DELETE SET NULL.
  if (kind === "logs") dedicated.sqlite.pragma("foreign_keys = OFF");
  try {
    // IMMEDIATE takes the write lock now, so a concurrent writer waits (or is refused) before
    // any work instead of failing mid-import.
    await beginImmediate(dedicated.sqlite, { maxWaitMs: options.lockWaitMs ?? lockWaitMs(), onWait: () => options.onWait?.("import") });
    let result: ImportOutcome;
    try {
      const existing = findImportByChecksum(dedicated.db, workspace.id, kind, checksum);
      result = existing && !options.replace ? { status: "duplicate", existing: toSummary(existing), checksum } : await writeImport(dedicated, options, checksum);
      if (result.status === "imported" && kind !== "survey") markAnalysisPending(dedicated.db, workspace.id);
      faultPoint("import.before-commit");
    } catch (error) {
      dedicated.sqlite.exec("ROLLBACK");
      throw error;
    }
    dedicated.sqlite.exec(result.status === "imported" ? "COMMIT" : "ROLLBACK");
    if (result.status === "imported") faultPoint("import.after-commit");
    return result;
  } finally {
    dedicated.close();
  }
}

async function writeImport(conn: Connection, options: ImportFileOptions, checksum: string): Promise<ImportOutcome> {
  const { workspace, kind, source } = options;
  const started = Date.now();
  const writer = createImportWriter(conn.sqlite, workspace.id);
  const superseded = options.replace
    ? listImportsOfSameFile(conn.db, workspace.id, kind, { checksum, fileName: source.fileName })
    : [];
  const importId = writer.insertImport({
    workspaceId: workspace.id,
    kind,
    fileName: source.fileName,
    checksum,
    encoding: "",
    delimiter: "",
    actor: options.actor,
    startedAt: new Date(started).toISOString(),
  });
  const setup = kind === "survey" ? null : await prepareRead(conn.db, workspace, kind, source, options.backup ? {} : options.choices);
  if (setup?.kind === "refused") {
    const facts = emptyFacts();
    return { status: "rejected", fileName: source.fileName, checksum, facts, rowsRead: 0, issues: setup.issues, issueCount: setup.issues.length };
  }
  const stats = setup?.stats ?? emptyTrackerStats();
  const readOptions = { maxIssues: options.maxIssues, batchSize: options.batchSize, mapping: options.backup ? undefined : options.choices?.mapping, sheet: options.sheet ?? options.choices?.sheet };
  const progress = (reader: TableReader<string, unknown>) =>
    options.onProgress?.({ bytesRead: reader.bytesRead, totalBytes: source.size, rowsRead: reader.rowsRead });
  const textIdOf = textIds(writer);

  let reader: Pick<TableReader<string, unknown>, "facts" | "rowsRead" | "issueCount">;
  let rowsImported = 0;
  const notes: string[] = [];
  let issues: ImportIssue[] = [];
  let extraIssueCount = 0;
  if (setup === null) {
    const survey = await readSurvey(conn, workspace, source, readOptions, (found, surveyReader) => {
      issues.push(...found);
      progress(surveyReader);
    });
    reader = survey.reader;
    if (survey.extraIssues.length) {
      extraIssueCount = survey.extraIssues.length;
      issues = [...issues, ...survey.extraIssues].sort((a, b) => a.line - b.line).slice(0, options.maxIssues ?? 1000);
    }
    if (reader.issueCount + extraIssueCount === 0) {
      writeSurveyResponses(conn, writer, workspace.id, importId, survey.responses);
      rowsImported = survey.responses.length;
      if (survey.duplicates) {
        notes.push(`${survey.duplicates} earlier answer(s) of respondents who answered again were left out: the latest answer counts`);
      }
    }
  } else if (setup.kind === "jobs") {
    const jobs = readTable(source.open(), options.backup ? backupTable(jobsTable) : setup.spec, readOptions);
    reader = jobs;
    const relink: number[] = [];
    for await (const batch of jobs) {
      issues.push(...batch.issues);
      // After the first problem nothing more is written (it will roll back), but reading
      // goes on so the user sees every problem at once.
      if (jobs.issueCount === 0) {
        for (const row of batch.rows) {
          const role = writer.upsertRole(importId, row);
          const changed = writer.replaceStatements(role.id, row.statements.map((text) => ({ text, textId: textIdOf(text) })));
          if (role.existed && changed) relink.push(role.id);
          rowsImported++;
        }
      }
      progress(jobs);
    }
    if (jobs.issueCount === 0) {
      writer.relinkLogs(relink);
      applyRosterHeadcounts(conn.sqlite, workspace.id);
    }
    const untouched = writer.rolesNotIn(importId);
    if (untouched.length && jobs.issueCount === 0) {
      notes.push(`${untouched.length} role(s) already in the workspace are not in this file and were kept: ${untouched.slice(0, 10).join(", ")}${untouched.length > 10 ? ", …" : ""}`);
    }
  } else if (setup.kind === "roster") {
    const roster = readTable(source.open(), setup.spec, readOptions);
    reader = roster;
    const rosterWriter = createRosterWriter(conn.sqlite, workspace.id);
    // A roster is the whole current list of people: it replaces the previous one (rolled back with the rest on refusal).
    const replacedRosters = rosterWriter.replaceRoster(importId);
    for await (const batch of roster) {
      issues.push(...batch.issues);
      if (roster.issueCount === 0) {
        for (const row of batch.rows) rosterWriter.insertPerson(importId, row);
        rowsImported += batch.rows.length;
      }
      progress(roster);
    }
    if (roster.issueCount === 0) {
      applyRosterHeadcounts(conn.sqlite, workspace.id);
      if (replacedRosters.length) notes.push(`Replaced the roster of import #${replacedRosters.join(", #")}`);
      notes.push(...rosterNotes(conn.db, workspace.id));
    }
  } else if (source.path && (options.parseInWorker ?? source.size >= WORKER_MIN_BYTES)) {
    // What the spec is built from, for the parser's thread; a backup reads as one whatever was chosen.
    const logPlan: LogReadPlan = options.backup ? BACKUP_LOG_PLAN : setup.logPlan;
    // Parsing and validation overlap with the inserts (log-writer.server.ts, decision 121); the
    // worker builds the same spec from the same plan, and hands back what it counted for the notes.
    const logs = await writeLogsFromWorker({
      writer,
      importId,
      textIdOf,
      issues,
      path: source.path,
      workspace,
      conn,
      plan: logPlan,
      mapping: readOptions.mapping,
      sheet: readOptions.sheet,
      options,
      totalBytes: source.size,
    });
    reader = logs;
    rowsImported = logs.rowsImported;
    Object.assign(stats, logs.stats);
    writer.flushLogs();
  } else {
    // The log spec hands over pseudonyms already (an Orbital log's ids hashed as read, a
    // tracker's people resolved through the roster); a backup's ids are pseudonyms too.
    const spec = options.backup ? logReadSpec(conn.db, workspace, BACKUP_LOG_PLAN, stats) : setup.spec;
    const logs = readTable(source.open(), spec, readOptions);
    reader = logs;
    const statements = writer.statementIndex();
    const employeeIdOf = employeeIds(writer, (pseudonym: string) => pseudonym);
    for await (const batch of logs) {
      issues.push(...batch.issues);
      if (logs.issueCount === 0) {
        for (const row of batch.rows) {
          const textId = textIdOf(row.task);
          writer.insertLog(importId, {
            roleId: row.roleId,
            employeeId: employeeIdOf(row.employeeId),
            date: row.date,
            textId,
            minutes: row.minutes,
            tool: row.tool,
            outcome: row.outcome,
            statementId: statements.get(row.roleId)?.get(textId) ?? null,
          });
        }
        rowsImported += batch.rows.length;
      }
      progress(logs);
    }
    writer.flushLogs();
  }

  const facts = reader.facts;
  if (reader.issueCount + extraIssueCount > 0) {
    return {
      status: "rejected",
      fileName: source.fileName,
      checksum,
      facts,
      rowsRead: reader.rowsRead,
      issues,
      issueCount: reader.issueCount + extraIssueCount,
    };
  }
  for (const old of superseded) {
    const removed = writer.replaceImport(old.id, kind);
    notes.push(
      kind === "logs" || kind === "survey" ? `Replaced import #${old.id} (${removed} ${kind === "logs" ? "rows" : "responses"} removed)` : `Replaced import #${old.id}`,
    );
  }
  const finishedAt = new Date().toISOString();
  writer.finishImport(importId, {
    encoding: facts.container === "xlsx" ? "Excel workbook" : (facts.encoding ?? ""),
    delimiter: facts.delimiterName,
    rowsRead: reader.rowsRead,
    rowsImported,
    notes: [...factNotes(facts), ...(setup?.notes ?? []), ...(kind === "logs" ? statsNotes(stats, facts.format) : []), ...notes],
    finishedAt,
  });
  // The audit record lands in the same transaction as the data it describes.
  recordAudit(conn.db, {
    workspaceId: workspace.id,
    workspaceSlug: workspace.slug,
    actor: options.actor,
    actorUserId: options.actorUserId ?? null,
    action: `import.${kind}`,
    detail: { importId, fileName: source.fileName, checksum, rowsImported, replaced: superseded.map((o) => o.id) },
  });
  const record = getImport(conn.db, workspace.id, importId)!;
  return { status: "imported", import: toSummary(record), facts, replaced: superseded.map((o) => o.id), durationMs: Date.now() - started };
}

export function factNotes(facts: FileFacts): string[] {
  const notes =
    facts.container === "xlsx"
      ? [`Workbook: sheet "${facts.sheet}"${facts.sheets.length > 1 ? ` (of ${facts.sheets.map((s) => `"${s}"`).join(", ")})` : ""}`]
      : [`Encoding: ${facts.encodingNote}`, `Delimiter: ${facts.delimiterName}`];
  if (facts.format) notes.push(`Format: ${facts.format}`);
  const mapped = Object.entries(facts.mapped);
  if (mapped.length) notes.push(`Mapping: ${mapped.map(([field, header]) => `${field} ← "${header}"`).join(", ")}`);
  if (facts.ignoredColumns.length) notes.push(`Columns not imported: ${facts.ignoredColumns.join(", ")}`);
  return notes;
}

/**
 * Task text ids by raw wording (normalized once per distinct wording), inserting new texts.
 * `normalized` is the wording's normal form when the caller has it already (the parser thread).
 */
function textIds(writer: ImportWriter): (text: string, normalized?: string) => number {
  const cache = new Map<string, number>();
  // Wordings that differ only in case or spacing share a normal form (a million-row log: ~43,000
  // wordings, ~19,000 forms): the form's id once known saves an INSERT … ON CONFLICT and a SELECT.
  const byNorm = new Map<string, number>();
  return (text, normalized) => {
    let id = cache.get(text);
    if (id === undefined) {
      const norm = normalized ?? (normalizeTaskText(text) || text.toLowerCase());
      id = byNorm.get(norm);
      if (id === undefined) {
        id = writer.textId(norm, text);
        if (byNorm.size >= 200_000) byNorm.clear();
        byNorm.set(norm, id);
      }
      if (cache.size >= 200_000) cache.clear();
      // The parser's cells are slices of whole file chunks; a sliced string kept as a key keeps
      // its chunk alive (memory grew ~66 bytes per row). Key the cache by a flat copy.
      cache.set(flatCopy(text), id);
    }
    return id;
  };
}


function employeeIds(writer: ImportWriter, pseudonymize: (raw: string) => string): (rawId: string) => number {
  const cache = new Map<string, number>();
  return (rawId) => {
    let id = cache.get(rawId);
    if (id === undefined) {
      id = writer.employeeId(pseudonymize(rawId));
      if (cache.size >= 100_000) cache.clear();
      cache.set(rawId, id);
    }
    return id;
  };
}

export function toSummary(record: ImportRecord): ImportSummary {
  let notes: string[] = [];
  try {
    const parsed: unknown = JSON.parse(record.notes);
    if (Array.isArray(parsed)) notes = parsed.map(String);
  } catch {
    notes = [];
  }
  return { ...record, notes };
}
