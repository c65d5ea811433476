/**
 * The survey branch of the one import path (import-file.server.ts): read the whole file
 * (a survey is thousands of rows, not millions), resolve respondents through the one seam,
 * keep each respondent's latest answer, write. Problems found after reading (an unknown role or
 * a respondent the roster lacks)
 * join the reader's, in line order; with any problem nothing is written.
 */
import type { Connection } from "../../db/connection";
import type { ImportWriter } from "../../db/import-writer";
import { readTable, type ImportIssue, type ReadOptions, type TableReader } from "../../importers";
import { keepLatest } from "../../importers/survey-latest";
import { createSurveyTable, type SurveyKey, type SurveyRow } from "../../importers/survey-table";
import { hasRoster } from "../../db/queries/roster";
import type { Workspace } from "../../db/queries/workspaces";
import { resolveRespondents, type ResolvedResponse } from "../survey/respondents.server";
import type { ImportSource } from "./source.server";

export interface SurveyRead {
  reader: TableReader<SurveyKey, SurveyRow>;
  responses: ResolvedResponse[];
  /** Problems beyond the reader's own (e.g. an unknown role). */
  extraIssues: ImportIssue[];
  /** Earlier answers of respondents who answered again in this file. */
  duplicates: number;
}

export async function readSurvey(
  conn: Connection,
  workspace: Workspace,
  source: ImportSource,
  readOptions: ReadOptions,
  onBatch: (issues: ImportIssue[], reader: TableReader<SurveyKey, SurveyRow>) => void,
): Promise<SurveyRead> {
  // With a roster the role comes from it: the survey's `role` column becomes optional.
  const spec = createSurveyTable({ roster: hasRoster(conn.db, workspace.id) });
  const reader = readTable(source.open(), spec, readOptions);
  const rows: SurveyRow[] = [];
  for await (const batch of reader) {
    onBatch(batch.issues, reader);
    rows.push(...batch.rows);
  }
  const resolved = resolveRespondents(conn.db, workspace, rows);
  const { kept, dropped } = keepLatest(resolved.responses, (r) => r.respondentHash);
  return { reader, responses: kept, extraIssues: resolved.issues, duplicates: dropped };
}

export function writeSurveyResponses(conn: Connection, writer: ImportWriter, workspaceId: number, importId: number, responses: readonly ResolvedResponse[]) {
  const insert = conn.sqlite.prepare(
    `INSERT INTO survey_responses (workspace_id, import_id, employee_id, role_id, submitted_at, q1, q2, q3, q4, q5, q6, q7, q8, q9, q10, ai_use)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const r of responses) {
    insert.run(workspaceId, importId, writer.employeeId(r.respondentHash), r.roleId, r.submittedAt, ...r.answers, r.aiUse);
  }
}
