/**
 * The writing half of a task log import whose reading runs on a worker thread
 * (log-parse-worker.server.ts, decision 121): this thread only maps each batch's numbers to
 * database ids and inserts, inside the import's transaction. Problems are collected exactly as
 * the in-thread path does, and once there is one nothing more is written.
 */
import type { Connection } from "../../db/connection";
import type { ImportWriter } from "../../db/import-writer";
import type { Workspace } from "../../db/queries/workspaces";
import type { FileFacts, ImportIssue } from "../../importers";
import type { ColumnMapping } from "../../importers/headers";
import type { TrackerStats } from "../../importers/tracker-formats";
import { logReadRefs, type LogReadPlan } from "./read-setup.server";
import { createLogStrings, parseLogsInWorker, type LogColumns, type LogStrings } from "./log-parse-worker.server";

export interface WorkerLogsResult {
  facts: FileFacts;
  /** Filled while reading (rows skipped, fallbacks): the summary's notes. */
  stats: TrackerStats;
  rowsRead: number;
  issueCount: number;
  rowsImported: number;
}

export async function writeLogsFromWorker(input: {
  writer: ImportWriter;
  importId: number;
  /** Task text id for a wording (the import's shared cache); the worker sends the normalized form along. */
  textIdOf(text: string, norm?: string): number;
  issues: ImportIssue[];
  path: string;
  workspace: Workspace;
  conn: Connection;
  /** How the file is read, as prepareRead decided it on this thread. */
  plan: LogReadPlan;
  mapping?: ColumnMapping;
  /** An Excel workbook's sheet. */
  sheet?: string;
  options: { maxIssues?: number; batchSize?: number; onProgress?(p: { bytesRead: number; totalBytes: number; rowsRead: number }): void };
  totalBytes: number;
}): Promise<WorkerLogsResult> {
  const { writer, importId, workspace, options } = input;
  const statements = writer.statementIndex();
  const strings = createLogStrings();
  // Database ids for the worker's string numbers, filled as strings arrive.
  let taskIds: number[] = [];
  let employeeIds: number[] = [];
  let rowsImported = 0;
  const batches = parseLogsInWorker({
    path: input.path,
    refs: logReadRefs(input.conn.db, workspace.id, input.plan),
    workspace: { id: workspace.id, pseudonymKey: workspace.pseudonymKey },
    plan: input.plan,
    mapping: input.mapping,
    sheet: input.sheet,
    maxIssues: options.maxIssues,
    batchSize: options.batchSize,
  });
  for (;;) {
    const next = await batches.next();
    if (next.done) return { facts: next.value.facts, stats: next.value.stats, rowsRead: next.value.rowsRead, issueCount: next.value.issueCount, rowsImported };
    const { issues, columns, progress } = next.value;
    input.issues.push(...issues);
    if (columns && progress.issueCount === 0) {
      if (columns.reset) {
        taskIds = [];
        employeeIds = [];
      }
      const known = strings.apply(columns);
      for (let i = taskIds.length; i < known.tasks.length; i++) taskIds.push(input.textIdOf(known.tasks[i][0], known.tasks[i][1]));
      for (let i = employeeIds.length; i < known.employees.length; i++) employeeIds.push(writer.employeeId(known.employees[i]));
      insertBatch(writer, importId, columns, known, taskIds, employeeIds, statements);
      rowsImported += columns.count;
    }
    options.onProgress?.({ bytesRead: progress.bytesRead, totalBytes: input.totalBytes, rowsRead: progress.rowsRead });
  }
}

function insertBatch(
  writer: ImportWriter,
  importId: number,
  c: LogColumns,
  known: LogStrings,
  taskIds: number[],
  employeeIds: number[],
  statements: Map<number, Map<number, number>>,
) {
  for (let i = 0; i < c.count; i++) {
    const roleId = c.role[i];
    const textId = taskIds[c.task[i]];
    writer.insertLog(importId, {
      roleId,
      employeeId: employeeIds[c.employee[i]],
      date: known.dates[c.date[i]],
      textId,
      minutes: c.minutes[i],
      tool: c.tool[i] < 0 ? null : known.tools[c.tool[i]],
      outcome: c.outcome[i] < 0 ? null : known.outcomes[c.outcome[i]],
      statementId: statements.get(roleId)?.get(textId) ?? null,
    });
  }
}
