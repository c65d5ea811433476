/**
 * Who answered the survey, and in which role: THE one place that turns a response's raw
 * identity into a pseudonymized employee and a role.
 *
 * Today (no roster yet) the response itself carries the role: its `role` cell is a role_id or
 * an exact job title, resolved like a task log's. When the roster (people → roles) lands, this
 * function looks the respondent up there first and keeps the role column as the fallback;
 * nothing else in the import needs to change.
 *
 * Employee ids are hashed with the workspace key exactly as task logs' are, so a respondent who
 * also logs tasks is the same pseudonymized employee in both. E-mails are lower-cased first.
 * The raw identifier never leaves this function.
 */
import type { Db } from "../../db/connection";
import { listRoleRefs } from "../../db/queries/imports";
import { createRoleResolver, type ImportIssue } from "../../importers";
import type { SurveyRow } from "../../importers/survey-table";
import { createPseudonymizer } from "../imports/pseudonymize.server";

export interface ResolvedResponse {
  line: number;
  /** HMAC of the identifier (db/schema.ts `employees.hash`). */
  respondentHash: string;
  roleId: number;
  submittedAt: string | null;
  answers: number[];
  aiUse: number;
}

export function resolveRespondents(
  db: Db,
  workspace: { id: number; pseudonymKey: string },
  rows: readonly SurveyRow[],
): { responses: ResolvedResponse[]; issues: ImportIssue[] } {
  const resolveRole = createRoleResolver(listRoleRefs(db, workspace.id));
  const pseudonymize = createPseudonymizer(workspace.pseudonymKey);
  const responses: ResolvedResponse[] = [];
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const role = resolveRole(row.role);
    if (!role.ok) {
      issues.push({ line: row.line, column: row.roleColumn, expected: role.expected, found: row.role });
      continue;
    }
    responses.push({
      line: row.line,
      respondentHash: pseudonymize(row.respondent),
      roleId: role.roleId,
      submittedAt: row.submittedAt,
      answers: row.answers,
      aiUse: row.aiUse,
    });
  }
  return { responses, issues };
}
