/**
 * Task logs: one row per piece of work. Required: employee_id, role (role_id or exact job
 * title), date, task, and hours or minutes. Optional: tool, outcome.
 */
import { z } from "zod";
import { parseDate } from "./dates";
import { missingColumn, type ColumnSpec } from "./headers";
import { parseHours, parseMinutes } from "./numbers";
import type { RoleResult } from "./role-resolver";
import { issue, type ImportIssue } from "./issues";
import { memoize } from "./parse-once";
import type { TableSpec } from "./table";

export type LogKey = "employeeId" | "role" | "date" | "task" | "hours" | "minutes" | "tool" | "outcome";

export const LOG_COLUMNS: readonly ColumnSpec<LogKey>[] = [
  { key: "employeeId", name: "employee_id", aliases: ["Employee ID", "Employee", "Emp ID", "Employee Number", "Staff ID", "Person ID", "Worker ID"], required: true },
  { key: "role", name: "role", aliases: ["Role ID", "Job Title", "Title", "Position", "Job", "Role Title"], required: true },
  { key: "date", name: "date", aliases: ["Work Date", "Day", "Entry Date", "Log Date"], required: true },
  { key: "task", name: "task", aliases: ["Task Description", "Activity", "Description", "Work", "Work Item"], required: true },
  { key: "hours", name: "hours", aliases: ["Hrs", "Duration (h)", "Duration (hours)", "Hours Spent", "Time (h)", "Time Spent (h)"], required: false },
  { key: "minutes", name: "minutes", aliases: ["Mins", "Duration (min)", "Duration (minutes)", "Minutes Spent", "Time (min)"], required: false },
  { key: "tool", name: "tool", aliases: ["Tools", "Tool Used", "AI Tool", "AI Assistant", "Assistant"], required: false },
  { key: "outcome", name: "outcome", aliases: ["Result", "Status", "Deliverable"], required: false },
];

/** A validated task log row. `employeeId` is the raw identifier: it lives only in memory until pseudonymized. */
export const LogRowSchema = z.object({
  line: z.number().int().positive(),
  employeeId: z.string().min(1).max(200),
  roleId: z.number().int().positive(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  task: z.string().min(1),
  minutes: z.number().positive().max(1440),
  tool: z.string().min(1).nullable(),
  outcome: z.string().min(1).nullable(),
});
export type LogRow = z.infer<typeof LogRowSchema>;

const HAS_WORD = /[\p{L}\p{N}]/u;


/**
 * Log files run to millions of rows, so this validator is plain code (zod's per-row cost
 * measured 6× the rest of the pipeline); `LogRowSchema` states the contract and the
 * property tests hold every row to it.
 */
export function logsTable(resolveRole: (value: string) => RoleResult): TableSpec<LogKey, LogRow> {
  const date = memoize(parseDate);
  const hours = memoize(parseHours);
  const minutes = memoize(parseMinutes);

  return {
    kind: "logs",
    columns: LOG_COLUMNS,
    checkHeader(match, cells, line) {
      if (match.index.hours !== undefined || match.index.minutes !== undefined) return [];
      return [missingColumn(line, LOG_COLUMNS[4], cells, LOG_COLUMNS[5])];
    },
    createValidator(match) {
      const at = (key: LogKey) => match.index[key] ?? -1;
      const iEmployee = at("employeeId"), iRole = at("role"), iDate = at("date"), iTask = at("task");
      const iHours = at("hours"), iMinutes = at("minutes"), iTool = at("tool"), iOutcome = at("outcome");
      const cell = (cells: readonly string[], index: number) => (index < 0 ? "" : (cells[index] ?? ""));
      const problem = (line: number, key: LogKey, expected: string, found: string) =>
        issue(line, match.written[key] ?? key, expected, found);

      return (cells, line) => {
        let issues: ImportIssue[] | undefined;
        const employeeId = cells[iEmployee].trim();
        if (!employeeId || employeeId.length > 200) {
          (issues ??= []).push(problem(line, "employeeId", employeeId ? "an employee identifier of at most 200 characters" : "an employee identifier", cells[iEmployee]));
        }
        let roleId = 0;
        const roleCell = cells[iRole];
        const role = roleCell.trim() ? resolveRole(roleCell) : ({ ok: false, expected: "a role_id or job title" } as const);
        if (role.ok) roleId = role.roleId;
        else (issues ??= []).push(problem(line, "role", role.expected, roleCell));
        const day = date(cells[iDate]);
        if (!day.ok) (issues ??= []).push(problem(line, "date", day.expected, cells[iDate]));
        const task = cells[iTask].trim();
        if (!task || task.length > 2000 || !HAS_WORD.test(task)) {
          const expected = task.length > 2000 ? "a task description of at most 2000 characters" : "a task description";
          (issues ??= []).push(problem(line, "task", expected, cells[iTask]));
        }
        // Hours win when a row fills both columns; a file may use either per row.
        const hoursCell = cell(cells, iHours);
        const minutesCell = cell(cells, iMinutes);
        const useHours = iHours >= 0 && (hoursCell.trim() !== "" || iMinutes < 0 || minutesCell.trim() === "");
        const durationCell = useHours ? hoursCell : minutesCell;
        const duration = useHours ? hours(hoursCell) : minutes(minutesCell);
        if (!duration.ok) {
          const key = useHours ? "hours" : "minutes";
          (issues ??= []).push(problem(line, key, durationCell.trim() === "" ? `a number of ${key}` : duration.expected, durationCell));
        }
        const tool = cell(cells, iTool).trim();
        if (tool.length > 200) (issues ??= []).push(problem(line, "tool", "at most 200 characters", tool));
        const outcome = cell(cells, iOutcome).trim();
        if (outcome.length > 2000) (issues ??= []).push(problem(line, "outcome", "at most 2000 characters", outcome));
        if (issues || !role.ok || !day.ok || !duration.ok) return { issues: issues ?? [] };
        return {
          row: { line, employeeId, roleId, date: day.date, task, minutes: duration.value, tool: tool || null, outcome: outcome || null },
        };
      };
    },
  };
}
