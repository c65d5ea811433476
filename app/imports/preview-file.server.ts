/**
 * "Check the file" on the Import page: the whole file is read and validated exactly as an
 * import would (same readers, same role lookup), nothing is written, and the first rows are
 * shaped as they will be stored — employees only as a short pseudonym.
 */
import type { Connection } from "../../db/connection";
import { findImportByChecksum, listRoleRefs } from "../../db/queries/imports";
import type { Workspace } from "../../db/queries/workspaces";
import { createRoleResolver, jobsTable, LEVEL_LABELS, logsTable, readTable, type FileFacts, type ImportIssue } from "../../importers";
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
  /** For an Excel workbook: the sheet to read (default: the first visible one). */
  sheet?: string;
}): Promise<FilePreview> {
  const { connection, workspace, kind, source } = options;
  const limit = options.limit ?? 20;
  const tapped = source.open();
  const readOptions = { maxIssues: options.maxIssues ?? 5000, sheet: options.sheet };
  const issues: ImportIssue[] = [];
  let facts: FileFacts;
  let rowsRead: number;
  let issueCount: number;
  let rows: JobPreviewRow[] | LogPreviewRow[];

  if (kind === "jobs") {
    const reader = readTable(tapped, jobsTable, readOptions);
    const preview: JobPreviewRow[] = [];
    for await (const batch of reader) {
      issues.push(...batch.issues);
      for (const row of batch.rows) {
        if (preview.length >= limit) break;
        preview.push({
          line: row.line,
          roleKey: row.roleKey,
          title: row.title,
          department: row.department,
          level: LEVEL_LABELS[row.level],
          levelWritten: row.levelLabel,
          headcount: row.headcount,
          annualCost: row.annualCost,
          statements: row.statements,
        });
      }
    }
    ({ facts, rowsRead, issueCount } = reader);
    rows = preview;
  } else {
    const roles = listRoleRefs(connection.db, workspace.id);
    const titles = new Map(roles.map((r) => [r.id, r.title]));
    const pseudonymize = createPseudonymizer(workspace.pseudonymKey);
    const reader = readTable(tapped, logsTable(createRoleResolver(roles)), readOptions);
    const preview: LogPreviewRow[] = [];
    for await (const batch of reader) {
      issues.push(...batch.issues);
      for (const row of batch.rows) {
        if (preview.length >= limit) break;
        preview.push({
          line: row.line,
          employee: shortPseudonym(pseudonymize(row.employeeId)),
          role: titles.get(row.roleId) ?? "",
          date: row.date,
          task: row.task,
          minutes: row.minutes,
          tool: row.tool,
          outcome: row.outcome,
        });
      }
    }
    ({ facts, rowsRead, issueCount } = reader);
    rows = preview;
  }
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
