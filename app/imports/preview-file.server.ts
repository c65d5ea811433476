/**
 * "Check the file" on the Import page: the whole file is read and validated exactly as an
 * import would (same readers, same role lookup), nothing is written, and the first rows are
 * shaped as they will be stored — employees only as a short pseudonym.
 */
import type { Connection } from "../../db/connection";
import { findImportByChecksum, listRoleRefs } from "../../db/queries/imports";
import type { Workspace } from "../../db/queries/workspaces";
import { emptyFacts, LEVEL_LABELS, readTable, type ImportIssue, type JobRow, type LogRow, type TableReader } from "../../importers";
import type { RosterRow } from "../../importers/roster-table";
import { prepareRead, statsNotes, type ReadChoices } from "./read-setup.server";
import { toSummary } from "./import-file.server";
import { shortPseudonym } from "./pseudonymize.server";
import { sha256Of, type ImportSource } from "./source.server";
import { readSurvey } from "./survey-import.server";
import type { FilePreview, ImportKind, JobPreviewRow, LogPreviewRow, RosterPreviewRow } from "./types";

export type { FilePreview, JobPreviewRow, LogPreviewRow, RosterPreviewRow };

export async function previewFile(options: {
  connection: Connection;
  workspace: Workspace;
  kind: ImportKind;
  source: ImportSource;
  choices?: ReadChoices;
  limit?: number;
  maxIssues?: number;
  /** For an Excel workbook: the sheet to read (default: the first visible one). */
  sheet?: string;
}): Promise<FilePreview> {
  const { connection, workspace, kind, source } = options;
  const limit = options.limit ?? 20;
  const readOptions = { maxIssues: options.maxIssues ?? 5000, mapping: options.choices?.mapping, sheet: options.sheet ?? options.choices?.sheet };
  const issues: ImportIssue[] = [];
  if (kind === "survey") return previewSurvey(options, readOptions);
  const setup = await prepareRead(connection.db, workspace, kind, source, options.choices);
  const titles = new Map(listRoleRefs(connection.db, workspace.id).map((r) => [r.id, r.title]));
  const rows: (JobPreviewRow | LogPreviewRow | RosterPreviewRow)[] = [];
  let reader: Pick<TableReader<string, unknown>, "facts" | "rowsRead" | "issueCount"> = { facts: emptyFacts(), rowsRead: 0, issueCount: 0 };
  if (setup.kind === "refused") issues.push(...setup.issues);
  else {
    const read = readTable<string, unknown>(source.open(), setup.spec, readOptions);
    reader = read;
    for await (const batch of read) {
      issues.push(...batch.issues);
      for (const row of batch.rows) {
        if (rows.length >= limit) break;
        rows.push(previewRow(kind, row, titles));
      }
    }
  }
  const { facts, rowsRead } = reader;
  const checksum = await sha256Of(source);
  const existing = findImportByChecksum(connection.db, workspace.id, kind, checksum);
  return {
    kind,
    fileName: source.fileName,
    checksum,
    facts,
    rowsRead,
    rows: rows as FilePreview["rows"],
    issues,
    issueCount: reader.issueCount + (setup.kind === "refused" ? setup.issues.length : 0),
    notes: [...setup.notes, ...(kind === "logs" ? statsNotes(setup.stats, facts.format) : [])],
    duplicateOf: existing ? toSummary(existing) : null,
  };
}

/** A survey file's check gives counts only: individual answers are never shown (decision 151). */
async function previewSurvey(
  options: { connection: Connection; workspace: Workspace; source: ImportSource },
  readOptions: { maxIssues: number },
): Promise<FilePreview> {
  const { connection, workspace, source } = options;
  const issues: ImportIssue[] = [];
  const read = await readSurvey(connection, workspace, source, readOptions, (found) => issues.push(...found));
  if (read.extraIssues.length) issues.splice(0, issues.length, ...[...issues, ...read.extraIssues].sort((a, b) => a.line - b.line));
  const checksum = await sha256Of(source);
  const existing = findImportByChecksum(connection.db, workspace.id, "survey", checksum);
  return {
    kind: "survey",
    fileName: source.fileName,
    checksum,
    facts: read.reader.facts,
    rowsRead: read.reader.rowsRead,
    rows: [],
    survey: { respondents: read.responses.length, duplicates: read.duplicates, roles: new Set(read.responses.map((r) => r.roleId)).size },
    issues,
    issueCount: read.reader.issueCount + read.extraIssues.length,
    notes: read.duplicates ? [`${read.duplicates} earlier answer(s) of respondents who answered again will be left out: the latest answer counts`] : [],
    duplicateOf: existing ? toSummary(existing) : null,
  };
}

function previewRow(kind: ImportKind, row: unknown, titles: Map<number, string>): JobPreviewRow | LogPreviewRow | RosterPreviewRow {
  if (kind === "jobs") {
    const job = row as JobRow;
    return {
      line: job.line,
      roleKey: job.roleKey,
      title: job.title,
      department: job.department,
      level: LEVEL_LABELS[job.level],
      levelWritten: job.levelLabel,
      headcount: job.headcount,
      annualCost: job.annualCost,
      statements: job.statements,
    };
  }
  if (kind === "roster") {
    const person = row as RosterRow;
    const by = [person.employeeIdHash && "employee id", person.emailHash && "e-mail", person.nameHash && "name"].filter(Boolean).join(", ");
    return { line: person.line, person: shortPseudonym(person.personHash), role: titles.get(person.roleId) ?? "", identifiers: by };
  }
  const log = row as LogRow;
  return {
    line: log.line,
    // The spec hands over the pseudonym already: only a short prefix is shown.
    employee: shortPseudonym(log.employeeId),
    role: titles.get(log.roleId) ?? "",
    date: log.date,
    task: log.task,
    minutes: log.minutes,
    tool: log.tool,
    outcome: log.outcome,
  };
}
