/**
 * "Check the file" on the Import page: the whole file is read and validated exactly as an
 * import would (same readers, same role lookup), nothing is written, and the first rows are
 * shaped as they will be stored — employees only as a short pseudonym.
 */
import type { Connection } from "../../db/connection";
import { findImportByChecksum, listRoleRefs } from "../../db/queries/imports";
import type { Workspace } from "../../db/queries/workspaces";
import { createRoleResolver, jobsTable, LEVEL_LABELS, logsTable, readTable, type FileFacts, type ImportIssue, type TableReader } from "../../importers";
import { toSummary } from "./import-file.server";
import { createPseudonymizer, shortPseudonym } from "./pseudonymize.server";
import { sha256Of, type ImportSource } from "./source.server";
import type { FilePreview, ImportKind, JobPreviewRow, LogPreviewRow } from "./types";

export type { FilePreview, JobPreviewRow, LogPreviewRow };

export async function previewFile(options: {
  connection: Connection;
  workspace: Workspace;
  kind: ImportKind;
  source: ImportSource;
  limit?: number;
  maxIssues?: number;
}): Promise<FilePreview> {
  const { connection, workspace, kind, source } = options;
  const limit = options.limit ?? 20;
  const tapped = source.open();
  const readOptions = { maxIssues: options.maxIssues ?? 5000 };
  let read: FirstRows<JobPreviewRow> | FirstRows<LogPreviewRow>;
  if (kind === "jobs") {
    read = await firstRows(readTable(tapped, jobsTable, readOptions), limit, (row) => ({
      line: row.line,
      roleKey: row.roleKey,
      title: row.title,
      department: row.department,
      level: LEVEL_LABELS[row.level],
      levelWritten: row.levelLabel,
      headcount: row.headcount,
      annualCost: row.annualCost,
      statements: row.statements,
    }));
  } else {
    const roles = listRoleRefs(connection.db, workspace.id);
    const titles = new Map(roles.map((r) => [r.id, r.title]));
    const pseudonymize = createPseudonymizer(workspace.pseudonymKey);
    read = await firstRows(readTable(tapped, logsTable(createRoleResolver(roles)), readOptions), limit, (row) => ({
      line: row.line,
      employee: shortPseudonym(pseudonymize(row.employeeId)),
      role: titles.get(row.roleId) ?? "",
      date: row.date,
      task: row.task,
      minutes: row.minutes,
      tool: row.tool,
      outcome: row.outcome,
    }));
  }
  const { facts, rowsRead, rows, issues, issueCount } = read;
  const checksum = await sha256Of(source);
  const existing = findImportByChecksum(connection.db, workspace.id, kind, checksum);
  return {
    kind,
    fileName: source.fileName,
    checksum,
    facts,
    rowsRead,
    rows,
    issues,
    issueCount,
    duplicateOf: existing ? toSummary(existing) : null,
  };
}

interface FirstRows<Shown> {
  facts: FileFacts;
  rowsRead: number;
  rows: Shown[];
  issues: ImportIssue[];
  issueCount: number;
}

/** Reads the whole file (every problem counts) but shapes only its first `limit` rows. */
async function firstRows<Row, Shown>(reader: TableReader<string, Row>, limit: number, shape: (row: Row) => Shown): Promise<FirstRows<Shown>> {
  const rows: Shown[] = [];
  const issues: ImportIssue[] = [];
  for await (const batch of reader) {
    issues.push(...batch.issues);
    for (const row of batch.rows) {
      if (rows.length >= limit) break;
      rows.push(shape(row));
    }
  }
  return { facts: reader.facts, rowsRead: reader.rowsRead, rows, issues, issueCount: reader.issueCount };
}
