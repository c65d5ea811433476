/**
 * Job descriptions: one row per role. Required: title, department, level, headcount,
 * responsibilities. Optional: role_id, annual_cost, location, outcomes, description.
 */
import { z } from "zod";
import type { ColumnSpec } from "./headers";
import { issue } from "./issues";
import { LEVEL_LABELS, parseLevel } from "./levels";
import { parseNumber } from "./numbers";
import { splitResponsibilities } from "./responsibilities";
import { optionalText, parsedField, recordOf, requiredText, zodIssues, type TableSpec } from "./table";

export type JobKey =
  | "roleId" | "title" | "department" | "level" | "headcount" | "responsibilities"
  | "annualCost" | "location" | "outcomes" | "description";

export const JOB_COLUMNS: readonly ColumnSpec<JobKey>[] = [
  { key: "roleId", name: "role_id", aliases: ["Role ID", "Job ID", "Job Code", "Position ID", "Role Key", "Role Code"], required: false },
  { key: "title", name: "title", aliases: ["Job Title", "Role Title", "Position", "Position Title", "Role", "Job"], required: true },
  { key: "department", name: "department", aliases: ["Dept", "Department Name", "Division", "Function", "Business Unit", "Team"], required: true },
  { key: "level", name: "level", aliases: ["Grade", "Seniority", "Band", "Job Level", "Career Level"], required: true },
  { key: "headcount", name: "headcount", aliases: ["FTE", "FTEs", "Head Count", "HC", "Employees", "Number of Employees"], required: true },
  { key: "responsibilities", name: "responsibilities", aliases: ["Key Responsibilities", "Tasks", "Duties", "Key Tasks", "Main Tasks", "Responsibility"], required: true },
  { key: "annualCost", name: "annual_cost", aliases: ["Annual Cost", "Cost", "Loaded Cost", "Cost per FTE", "Fully Loaded Cost", "Annual Salary", "Salary"], required: false },
  { key: "location", name: "location", aliases: ["Site", "Office", "City", "Work Location"], required: false },
  { key: "outcomes", name: "outcomes", aliases: ["Key Outcomes", "Deliverables", "KPIs", "Results"], required: false },
  { key: "description", name: "description", aliases: ["Summary", "Job Description", "Role Summary", "Purpose"], required: false },
];

/** A validated job description row, as it will be stored. */
export const JobRowSchema = z.object({
  line: z.number().int().positive(),
  roleKey: z.string().min(1).max(200),
  title: z.string().min(1),
  department: z.string().min(1),
  level: z.number().int().min(0).max(6),
  levelLabel: z.string().min(1),
  headcount: z.number().positive().finite(),
  annualCost: z.number().nonnegative().finite().nullable(),
  location: z.string().min(1).nullable(),
  outcomes: z.string().min(1).nullable(),
  description: z.string().min(1).nullable(),
  statements: z.array(z.string().min(1)).min(1),
});
export type JobRow = z.infer<typeof JobRowSchema>;

const levelField = parsedField((text) => {
  const result = parseLevel(text);
  return result.ok ? { ok: true, value: { level: result.level, written: text.trim() } } : result;
});

const headcountField = parsedField((text) => {
  const value = parseNumber(text, { thousands: true });
  if (value === null) return { ok: false, expected: "a headcount (a number of people or FTE, like 12 or 2.5)" };
  if (value <= 0) return { ok: false, expected: "a headcount above 0" };
  if (value > 10_000_000) return { ok: false, expected: "a headcount of at most 10,000,000" };
  return { ok: true, value };
});

const costField = parsedField<number | null>((text) => {
  const trimmed = text.trim();
  if (!trimmed) return { ok: true, value: null };
  const value = parseNumber(trimmed.replace(/^[$€£¥]\s*/, ""), { thousands: true, decimalComma: false });
  if (value === null) return { ok: false, expected: "an annual cost per FTE (a plain number, like 85000)" };
  if (value < 0) return { ok: false, expected: "an annual cost of 0 or more" };
  return { ok: true, value };
});

const statementsField = parsedField((text) => {
  const statements = splitResponsibilities(text);
  return statements.length
    ? { ok: true, value: statements }
    : { ok: false, expected: "at least one task (one per line, bullet or semicolon)" };
});

const JobRecordSchema = z.object({
  roleId: optionalText(200),
  title: requiredText("a job title", 300),
  department: requiredText("a department", 300),
  level: levelField,
  headcount: headcountField,
  responsibilities: statementsField,
  annualCost: costField,
  location: optionalText(300),
  outcomes: optionalText(),
  description: optionalText(),
});

/** The key a role is known by when the file has no role_id: its title, lower-cased and dashed. */
export function roleKeyFromTitle(title: string): string {
  return (
    title
      .normalize("NFKC")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "role"
  );
}

export const jobsTable: TableSpec<JobKey, JobRow> = {
  kind: "jobs",
  columns: JOB_COLUMNS,
  createValidator(match) {
    const seen = new Map<string, number>();
    const keys = JOB_COLUMNS.map((c) => c.key);
    return (cells, line) => {
      const record = recordOf(cells, match, keys);
      const parsed = JobRecordSchema.safeParse(record);
      if (!parsed.success) return { issues: zodIssues(parsed.error, record, match, line) };
      const v = parsed.data;
      const roleKey = v.roleId ?? roleKeyFromTitle(v.title);
      const firstLine = seen.get(roleKey);
      if (firstLine !== undefined) {
        const column = v.roleId ? (match.written.roleId ?? "role_id") : (match.written.title ?? "title");
        const what = v.roleId ? "role_id" : "title (the file has no role_id column, so titles must be unique)";
        return { issues: [issue(line, column, `a ${what} not used before, but line ${firstLine} has it`, v.roleId ?? v.title)] };
      }
      seen.set(roleKey, line);
      return {
        row: {
          line,
          roleKey,
          title: v.title,
          department: v.department,
          level: v.level.level,
          levelLabel: v.level.written,
          headcount: v.headcount,
          annualCost: v.annualCost,
          location: v.location,
          outcomes: v.outcomes,
          description: v.description,
          statements: v.responsibilities,
        },
      };
    };
  },
};

export { LEVEL_LABELS };
