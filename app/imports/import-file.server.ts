/**
 * The one import path, used by the CLI, the web Import page and the demo at first start:
 * checksum, duplicate check, then stream → validate → write, all in one transaction that
 * lands whole or changes nothing.
 *
 * The transaction runs on a dedicated connection opened for this import: the web server
 * shares one connection across requests, and an import awaits file reads between batches,
 * so a transaction on the shared handle would be seen (and joined) by other requests. With
 * WAL, the shared connection keeps reading the last committed state meanwhile
 * (docs/decisions/002-import-transactions.md).
 */
import { openDatabase, type Connection } from "../../db/connection";
import { createImportWriter, type ImportWriter } from "../../db/import-writer";
import { recordAudit } from "../../db/queries/audit";
import { findImportByChecksum, getImport, listImportsOfSameFile, listRoleRefs, type ImportRecord } from "../../db/queries/imports";
import type { Workspace } from "../../db/queries/workspaces";
import { backupTable } from "../../importers/backup-cells";
import { createRoleResolver, jobsTable, logsTable, readTable, type FileFacts, type ImportIssue, type TableReader } from "../../importers";
import { normalizeTaskText } from "../analyzer/normalize";
import { withImportLock } from "./import-lock.server";
import { createPseudonymizer } from "./pseudonymize.server";
import { sha256Of, type ImportSource } from "./source.server";
import type { ImportKind, ImportOutcome, ImportSummary } from "./types";


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
  /** For an Excel workbook: the sheet to read (default: the first visible one). */
  sheet?: string;
}

export async function importFile(options: ImportFileOptions): Promise<ImportOutcome> {
  const { connection, workspace, kind } = options;
  if (connection.path === ":memory:") throw new Error("importFile needs a database file (it opens its own connection)");
  const checksum = await sha256Of(options.source);
  const outcome = await withImportLock(connection.path, async (): Promise<ImportOutcome> => {
    const existing = findImportByChecksum(connection.db, workspace.id, kind, checksum);
    if (existing && !options.replace) return { status: "duplicate", existing: toSummary(existing), checksum };

    const dedicated = openDatabase(connection.path, { migrate: false });
    // A bigger page cache than SQLite's 2 MB keeps the pages a bulk insert revisits (text and
    // employee lookups, the table's tail) from spilling to the WAL and being read back.
    dedicated.sqlite.pragma("cache_size = -32768");
    // Deferred index builds sort in memory instead of in temp files.
    dedicated.sqlite.pragma("temp_store = MEMORY");
    // A log import only inserts rows whose every id it just read or wrote in this same
    // transaction, and deletes only task_logs rows, which nothing references: foreign-key
    // checks (six per row) would verify what is true by construction. Measured ~15% faster.
    // Jobs imports keep them on: replacing statements relies on ON DELETE SET NULL.
    if (kind === "logs") dedicated.sqlite.pragma("foreign_keys = OFF");
    try {
      // IMMEDIATE takes the write lock now, so a concurrent writer fails fast instead of mid-import.
      dedicated.sqlite.exec("BEGIN IMMEDIATE");
      let result: ImportOutcome;
      try {
        result = await writeImport(dedicated, options, checksum);
      } catch (error) {
        dedicated.sqlite.exec("ROLLBACK");
        throw error;
      }
      dedicated.sqlite.exec(result.status === "imported" ? "COMMIT" : "ROLLBACK");
      return result;
    } finally {
      dedicated.close();
    }
  });
  if (outcome.status === "imported" && options.analyze !== false) {
    // Loaded on first use: the classifier's language model is ~40 MB that reading a file never needs.
    const { analyzeWorkspaceNow } = await import("../analysis.server");
    analyzeWorkspaceNow(connection, workspace.id);
  }
  return outcome;
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
  const readOptions = { maxIssues: options.maxIssues, batchSize: options.batchSize, sheet: options.sheet };
  const progress = (reader: TableReader<string, unknown>) =>
    options.onProgress?.({ bytesRead: reader.bytesRead, totalBytes: source.size, rowsRead: reader.rowsRead });
  const textIdOf = textIds(writer);

  let reader: TableReader<string, unknown>;
  let rowsImported = 0;
  const notes: string[] = [];
  const issues: ImportIssue[] = [];
  if (kind === "jobs") {
    const jobs = readTable(source.open(), options.backup ? backupTable(jobsTable) : jobsTable, readOptions);
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
    if (jobs.issueCount === 0) writer.relinkLogs(relink);
    const untouched = writer.rolesNotIn(importId);
    if (untouched.length && jobs.issueCount === 0) {
      notes.push(`${untouched.length} role(s) already in the workspace are not in this file and were kept: ${untouched.slice(0, 10).join(", ")}${untouched.length > 10 ? ", …" : ""}`);
    }
  } else {
    const spec = logsTable(createRoleResolver(listRoleRefs(conn.db, workspace.id)));
    const logs = readTable(source.open(), options.backup ? backupTable(spec, { pseudonymColumn: "employeeId" }) : spec, readOptions);
    reader = logs;
    const statements = writer.statementIndex();
    const pseudonymize = options.backup ? (pseudonym: string) => pseudonym : createPseudonymizer(workspace.pseudonymKey);
    const employeeIdOf = employeeIds(writer, pseudonymize);
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
  if (reader.issueCount > 0) {
    return {
      status: "rejected",
      fileName: source.fileName,
      checksum,
      facts,
      rowsRead: reader.rowsRead,
      issues,
      issueCount: reader.issueCount,
    };
  }
  for (const old of superseded) {
    const removed = writer.replaceImport(old.id, kind);
    notes.push(kind === "logs" ? `Replaced import #${old.id} (${removed} rows removed)` : `Replaced import #${old.id}`);
  }
  const finishedAt = new Date().toISOString();
  writer.finishImport(importId, {
    encoding: facts.container === "xlsx" ? "Excel workbook" : (facts.encoding ?? ""),
    delimiter: facts.delimiterName,
    rowsRead: reader.rowsRead,
    rowsImported,
    notes: [...factNotes(facts), ...notes],
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
  if (facts.ignoredColumns.length) notes.push(`Columns not imported: ${facts.ignoredColumns.join(", ")}`);
  return notes;
}

/** Task text ids by raw wording (normalized once per distinct wording), inserting new texts. */
function textIds(writer: ImportWriter): (text: string) => number {
  const cache = new Map<string, number>();
  return (text) => {
    let id = cache.get(text);
    if (id === undefined) {
      const norm = normalizeTaskText(text) || text.toLowerCase();
      id = writer.textId(norm, text);
      if (cache.size >= 200_000) cache.clear();
      // The parser's cells are slices of whole file chunks; a sliced string kept as a key keeps
      // its chunk alive (memory grew ~66 bytes per row). Key the cache by a flat copy.
      cache.set(flatCopy(text), id);
    }
    return id;
  };
}

/** A copy of `text` that shares no memory with the string it was sliced from. */
function flatCopy(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
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
