/**
 * Survey responses: one row per response, as Google Forms, Microsoft Forms or Orbital's
 * template export them. The questions are matched by their text (survey-wording.ts), so a
 * Forms export imports without a mapping step. Who answered (employee_id, e-mail, and with a
 * roster the name) and their role stay raw here, in memory only: the caller
 * (app/survey/respondents.server.ts) resolves and pseudonymizes them.
 */
import { headerKey, missingColumn, type ColumnSpec } from "./headers";
import { issue, type ImportIssue } from "./issues";
import type { IdentifierKind, PersonIdentifiers } from "./person-identity";
import {
  AGREEMENT_EXPECTED,
  AI_USE_EXPECTED,
  AI_USE_QUESTION,
  parseAgreement,
  parseAiUse,
  QUESTION_KEYS,
  SURVEY_STATEMENTS,
  type QuestionKey,
} from "./survey-wording";
import type { TableSpec } from "./table";

export type SurveyKey = "employeeId" | "email" | "name" | "role" | "timestamp" | QuestionKey | "aiUse";

const EMPLOYEE_ID_COLUMN: ColumnSpec<SurveyKey> = { key: "employeeId", name: "employee_id", aliases: ["Employee ID", "Employee Number", "Staff ID", "Person ID", "Worker ID"], required: false };
const EMAIL_COLUMN: ColumnSpec<SurveyKey> = { key: "email", name: "email", aliases: ["Email Address", "E-mail", "E-mail address", "Your email", "Work email"], required: false };
// Microsoft Forms writes the signed-in respondent's display name as "Name".
const NAME_COLUMN: ColumnSpec<SurveyKey> = { key: "name", name: "name", aliases: ["Full Name", "Your name", "Employee Name", "Respondent"], required: false };
const ROLE_ALIASES = ["Role ID", "Job Title", "Title", "Position", "Your role", "Your job title", "What is your job title?", "What is your role?"];

/**
 * The columns of a survey file. With a roster the respondent's role comes from it, so `role`
 * is optional (a fallback for people the roster lacks) and a `name` column may identify
 * people; without one the survey must say the role, and a name alone identifies nobody
 * (it stays an unimported column, never read).
 */
export function surveyColumns(options: { roster: boolean }): readonly ColumnSpec<SurveyKey>[] {
  return [
    EMPLOYEE_ID_COLUMN,
    EMAIL_COLUMN,
    ...(options.roster ? [NAME_COLUMN] : []),
    { key: "role", name: "role", aliases: ROLE_ALIASES, required: !options.roster },
    // Google Forms: "Timestamp"; Microsoft Forms: "Completion time" ("Start time" is left out).
    { key: "timestamp", name: "submitted_at", aliases: ["Timestamp", "Completion time", "Submitted", "Submitted at", "Date"], required: false },
    ...SURVEY_STATEMENTS.map((s): ColumnSpec<SurveyKey> => ({ key: s.key, name: s.text, aliases: [], required: true })),
    { key: "aiUse", name: AI_USE_QUESTION, aliases: [], required: true },
  ];
}

/** The columns without a roster (the template's). */
export const SURVEY_COLUMNS = surveyColumns({ roster: false });

export interface SurveyRow {
  line: number;
  /**
   * The raw identifiers as written (e-mail lower-cased; name only with a roster), in memory
   * only: the resolver hashes them. At least one of them is present.
   */
  person: PersonIdentifiers;
  /** The headers the identifiers were read from, for the resolver's messages (shared by all rows). */
  personColumns: Readonly<Record<IdentifierKind, string>>;
  /** The role cell as written (role_id or job title; "" when absent, allowed with a roster), and its header. */
  role: string;
  roleColumn: string;
  /** ISO-like `YYYY-MM-DDTHH:MM:SS` when the timestamp could be read, else null (file order decides). */
  submittedAt: string | null;
  /** q1 … q10 as 1–5. */
  answers: number[];
  /** 0 Never … 4 Several times a day. */
  aiUse: number;
}

/**
 * Forms headers carry decorations: a numbered prefix ("1. I can…"), a Google grid's
 * "Question [row]" form, curly quotes, trailing spaces. Compare what is left.
 */
export function surveyHeaderKey(header: string): string {
  let text = header.trim();
  const grid = /\[([^\]]+)\]\s*$/.exec(text);
  if (grid) text = grid[1];
  text = text.replace(/^\s*(?:q(?:uestion)?\s*)?\d{1,2}\s*[.):-]\s*/i, "");
  return headerKey(text);
}

/** Dates Forms tools write: ISO, `2026/11/03 10:15:22`, `11/3/2026 10:15:22 AM` (month first, as both tools export in English). */
export function parseSubmittedAt(cell: string): string | null {
  const text = cell.trim();
  let m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(AM|PM)?)?/i.exec(text);
  let year: number, month: number, day: number;
  if (m) {
    [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^(\d{1,2})\/(\d{1,2})\/(\d{2,4})(?:[ ,]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?/i.exec(text);
    if (!m) return null;
    [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3]) < 100 ? 2000 + Number(m[3]) : Number(m[3])];
  }
  let hour = m[4] === undefined ? 0 : Number(m[4]);
  const ampm = m[7]?.toUpperCase();
  if (ampm === "PM" && hour < 12) hour += 12;
  if (ampm === "AM" && hour === 12) hour = 0;
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${m[5] ?? "00"}:${m[6] ?? "00"}`;
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** The survey's table spec; `roster`: whether the workspace has one (people → roles). */
export function createSurveyTable(options: { roster: boolean }): TableSpec<SurveyKey, SurveyRow> {
  const columns = surveyColumns(options);
  return {
    kind: "survey",
    columns,
    headerKey: surveyHeaderKey,
    checkHeader(match, cells, line) {
      if (match.index.employeeId !== undefined || match.index.email !== undefined) return [];
      if (options.roster && match.index.name !== undefined) return [];
      return [
        options.roster
          ? missingColumn(line, EMPLOYEE_ID_COLUMN, cells, EMAIL_COLUMN, `a column naming the respondent: "employee_id", "email" or "name"`)
          : missingColumn(line, EMPLOYEE_ID_COLUMN, cells, EMAIL_COLUMN),
      ];
    },
    createValidator(match) {
      const cell = (cells: readonly string[], key: SurveyKey) => {
        const index = match.index[key];
        return index === undefined ? "" : (cells[index] ?? "");
      };
      const problem = (line: number, key: SurveyKey, expected: string, found: string) => issue(line, match.written[key] ?? key, expected, found);
      const roleColumn = match.written.role ?? "role";
      const personColumns = { employee_id: match.written.employeeId ?? "employee_id", email: match.written.email ?? "email", name: match.written.name ?? "name" };
      const hasName = options.roster && match.index.name !== undefined;

      return (cells, line) => {
        const issues: ImportIssue[] = [];
        // The employee id wins when a file has several: it is what the task logs name people by.
        const employeeId = cell(cells, "employeeId").trim();
        const emailCell = cell(cells, "email").trim().toLowerCase();
        const name = hasName ? cell(cells, "name").trim() : "";
        const email = EMAIL.test(emailCell) && emailCell.length <= 320 ? emailCell : "";
        if (employeeId.length > 200) issues.push(problem(line, "employeeId", "an employee identifier of at most 200 characters", employeeId));
        if (name.length > 300) issues.push(problem(line, "name", "a name of at most 300 characters", name));
        if (!employeeId && !email && !name) {
          if (match.index.email !== undefined) {
            const expected = emailCell
              ? "the respondent's e-mail address (anonymous responses cannot be matched to a role: have the form record e-mail addresses)"
              : "the respondent's e-mail address";
            issues.push(problem(line, "email", expected, cell(cells, "email")));
          } else if (match.index.employeeId !== undefined || !hasName) {
            issues.push(problem(line, "employeeId", "an employee identifier", cell(cells, "employeeId")));
          } else {
            issues.push(problem(line, "name", "the respondent's name", cell(cells, "name")));
          }
        }
        const person: PersonIdentifiers = { employeeId: employeeId || null, email: email || null, name: name || null };

        const role = cell(cells, "role").trim();
        if (!role && !options.roster) issues.push(problem(line, "role", "the respondent's role_id or job title", ""));

        const answers: number[] = [];
        for (const key of QUESTION_KEYS) {
          const raw = cell(cells, key);
          const value = parseAgreement(raw);
          if (value === null) issues.push(problem(line, key, raw.trim() ? AGREEMENT_EXPECTED : `an answer (${AGREEMENT_EXPECTED})`, raw));
          else answers.push(value);
        }
        const aiRaw = cell(cells, "aiUse");
        const aiUse = parseAiUse(aiRaw);
        if (aiUse === null) issues.push(problem(line, "aiUse", aiRaw.trim() ? AI_USE_EXPECTED : `an answer (${AI_USE_EXPECTED})`, aiRaw));

        // An unreadable timestamp is not an error: Forms exports list responses in submission order.
        const stamp = cell(cells, "timestamp");
        const submittedAt = stamp.trim() ? parseSubmittedAt(stamp) : null;

        if (issues.length || aiUse === null) return { issues };
        return { row: { line, person, personColumns, role, roleColumn, submittedAt, answers, aiUse } };
      };
    },
  };
}

/** The spec without a roster (role column required). */
export const surveyTable = createSurveyTable({ roster: false });
