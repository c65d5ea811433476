/**
 * Survey responses: one row per response, as Google Forms, Microsoft Forms or Orbital's
 * template export them. The questions are matched by their text (survey-wording.ts), so a
 * Forms export imports without a mapping step. Who answered (employee_id or e-mail) and their
 * role stay raw here, in memory only: the caller resolves and pseudonymizes them.
 */
import { headerKey, missingColumn, type ColumnSpec } from "./headers";
import { issue, type ImportIssue } from "./issues";
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

export type SurveyKey = "employeeId" | "email" | "role" | "timestamp" | QuestionKey | "aiUse";

export const SURVEY_COLUMNS: readonly ColumnSpec<SurveyKey>[] = [
  { key: "employeeId", name: "employee_id", aliases: ["Employee ID", "Employee Number", "Staff ID", "Person ID", "Worker ID"], required: false },
  { key: "email", name: "email", aliases: ["Email Address", "E-mail", "E-mail address", "Your email", "Work email"], required: false },
  {
    key: "role",
    name: "role",
    aliases: ["Role ID", "Job Title", "Title", "Position", "Your role", "Your job title", "What is your job title?", "What is your role?"],
    required: true,
  },
  // Google Forms: "Timestamp"; Microsoft Forms: "Completion time" ("Start time" is left out).
  { key: "timestamp", name: "submitted_at", aliases: ["Timestamp", "Completion time", "Submitted", "Submitted at", "Date"], required: false },
  ...SURVEY_STATEMENTS.map((s): ColumnSpec<SurveyKey> => ({ key: s.key, name: s.text, aliases: [], required: true })),
  { key: "aiUse", name: AI_USE_QUESTION, aliases: [], required: true },
];

export interface SurveyRow {
  line: number;
  /** The raw identifier as written: an employee id, or an e-mail lower-cased. Never stored. */
  respondent: string;
  respondentKind: "employee_id" | "email";
  /** The role cell as written (role_id or job title), and its header, for the resolver's messages. */
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

export const surveyTable: TableSpec<SurveyKey, SurveyRow> = {
  kind: "survey",
  columns: SURVEY_COLUMNS,
  headerKey: surveyHeaderKey,
  checkHeader(match, cells, line) {
    if (match.index.employeeId !== undefined || match.index.email !== undefined) return [];
    return [missingColumn(line, SURVEY_COLUMNS[0], cells, SURVEY_COLUMNS[1])];
  },
  createValidator(match) {
    const cell = (cells: readonly string[], key: SurveyKey) => {
      const index = match.index[key];
      return index === undefined ? "" : (cells[index] ?? "");
    };
    const problem = (line: number, key: SurveyKey, expected: string, found: string) => issue(line, match.written[key] ?? key, expected, found);
    const roleColumn = match.written.role ?? "role";

    return (cells, line) => {
      const issues: ImportIssue[] = [];
      // The employee id wins when a file has both: it is what the task logs name people by.
      const employeeId = cell(cells, "employeeId").trim();
      const email = cell(cells, "email").trim().toLowerCase();
      let respondent = "";
      let respondentKind: SurveyRow["respondentKind"] = "employee_id";
      if (employeeId) {
        if (employeeId.length > 200) issues.push(problem(line, "employeeId", "an employee identifier of at most 200 characters", employeeId));
        respondent = employeeId;
      } else if (match.index.email !== undefined && EMAIL.test(email) && email.length <= 320) {
        respondent = email;
        respondentKind = "email";
      } else if (match.index.email !== undefined) {
        const expected = email
          ? "the respondent's e-mail address (anonymous responses cannot be matched to a role: have the form record e-mail addresses)"
          : "the respondent's e-mail address";
        issues.push(problem(line, "email", expected, cell(cells, "email")));
      } else {
        issues.push(problem(line, "employeeId", "an employee identifier", cell(cells, "employeeId")));
      }

      const role = cell(cells, "role").trim();
      if (!role) issues.push(problem(line, "role", "the respondent's role_id or job title", ""));

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
      return { row: { line, respondent, respondentKind, role, roleColumn, submittedAt, answers, aiUse } };
    };
  },
};
