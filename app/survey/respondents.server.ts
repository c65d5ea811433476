/**
 * Who answered the survey, and in which role: THE one place that turns a response's raw
 * identity into a pseudonymized employee and a role.
 *
 * With a roster (people → roles) the respondent is looked up there by employee id, e-mail or
 * name, and the roster decides the role; the response's `role` column is only the fallback
 * for people the roster lacks. Without a roster the `role` column decides (a role_id or an
 * exact job title, resolved like a task log's).
 *
 * Pseudonyms are the ones the task logs use (importers/person-identity.ts): a person found in
 * the roster is stored under the roster's `personHash`, which is what their tracker rows are
 * stored under; anyone else under `personPseudonym` (an employee id hashes exactly as a
 * canonical Orbital log's), so a respondent who also logs tasks is the same employee row.
 * The raw identifiers never leave this function; messages show them masked.
 */
import type { Db } from "../../db/connection";
import { listRoleRefs } from "../../db/queries/imports";
import { createPersonResolver, hasRoster } from "../../db/queries/roster";
import { createRoleResolver, type ImportIssue } from "../../importers";
import { maskIdentifier, personPseudonym, type IdentifierKind } from "../../importers/person-identity";
import type { SurveyRow } from "../../importers/survey-table";

export interface ResolvedResponse {
  line: number;
  /** The person's pseudonym (db/schema.ts `employees.hash`). */
  respondentHash: string;
  roleId: number;
  submittedAt: string | null;
  answers: number[];
  aiUse: number;
}

const WHICH: Record<IdentifierKind, string> = { employee_id: "employee id", email: "e-mail", name: "name" };

export function resolveRespondents(
  db: Db,
  workspace: { id: number; pseudonymKey: string },
  rows: readonly SurveyRow[],
): { responses: ResolvedResponse[]; issues: ImportIssue[] } {
  const resolveRole = createRoleResolver(listRoleRefs(db, workspace.id));
  const findPerson = hasRoster(db, workspace.id) ? createPersonResolver(db, workspace) : null;
  const responses: ResolvedResponse[] = [];
  const issues: ImportIssue[] = [];
  for (const row of rows) {
    const answer = { line: row.line, submittedAt: row.submittedAt, answers: row.answers, aiUse: row.aiUse };
    const found = findPerson?.(row.person);
    if (found?.ok) {
      // The roster is the HR record of who holds which role: it wins over what a respondent typed.
      responses.push({ ...answer, respondentHash: found.personHash, roleId: found.roleId });
      continue;
    }
    if (found && found.reason !== "unknown") {
      // A name several people share: guessing would pool two people's answers under one pseudonym.
      const value = identifierOf(row, found.by);
      issues.push({
        line: row.line,
        column: row.personColumns[found.by],
        expected: found.expected ?? `one person, but several in the roster have this ${WHICH[found.by]}: add an employee id or e-mail column`,
        found: value ? maskIdentifier(found.by, value) : "",
      });
      continue;
    }
    if (found && !row.role) {
      const value = identifierOf(row, found.by);
      issues.push({
        line: row.line,
        column: row.personColumns[found.by],
        expected: `a person in the roster (matched by ${WHICH[found.by]}); import them in the roster, or give their role_id or job title in a "role" column`,
        found: value ? maskIdentifier(found.by, value) : "",
      });
      continue;
    }
    const role = resolveRole(row.role);
    if (!role.ok) {
      issues.push({ line: row.line, column: row.roleColumn, expected: role.expected, found: row.role });
      continue;
    }
    responses.push({ ...answer, respondentHash: personPseudonym(workspace.pseudonymKey, row.person), roleId: role.roleId });
  }
  return { responses, issues };
}

function identifierOf(row: SurveyRow, kind: IdentifierKind): string | null | undefined {
  return kind === "employee_id" ? row.person.employeeId : kind === "email" ? row.person.email : row.person.name;
}
