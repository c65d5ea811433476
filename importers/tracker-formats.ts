/**
 * Time-tracker exports read as task logs, unchanged: Toggl Track and Clockify detailed
 * reports, Harvest's detailed time report and Jira Tempo worklogs. Each format is recognized
 * from its header row (or forced with `--format`); people are resolved through the roster by
 * whichever identifier the export carries; billing columns (rates, amounts, billable flags)
 * are never read. Every row becomes the same `LogRow` an Orbital CSV gives, its employee
 * already pseudonymized (docs/decisions/142-time-tracker-formats.md).
 */
import { parseDate } from "./dates";
import { headerKey, missingColumn, type ColumnSpec } from "./headers";
import { issue, type ImportIssue } from "./issues";
import type { LogRow } from "./logs-table";
import { parseHours } from "./numbers";
import { maskIdentifier, type IdentifierKind, type PersonIdentifiers } from "./person-identity";
import { flatCopy, memoize } from "./parse-once";
import type { TableSpec } from "./table";

export type TrackerFormatId = "toggl" | "clockify" | "harvest" | "tempo";
export type LogFormatId = TrackerFormatId | "orbital";
export const LOG_FORMATS: readonly LogFormatId[] = ["toggl", "clockify", "harvest", "tempo", "orbital"];
export type DateOrder = "DMY" | "MDY";

type TrackerKey = "employeeId" | "email" | "name" | "firstName" | "lastName" | "date" | "task" | "fallbackTask" | "duration" | "hoursDecimal";

interface TrackerFormat {
  id: TrackerFormatId;
  label: string;
  /** Headers (compared as `headerKey`) that together say "this is that export". */
  signature: readonly string[];
  columns: readonly ColumnSpec<TrackerKey>[];
}

const col = (key: TrackerKey, name: string, required = false, aliases: string[] = []): ColumnSpec<TrackerKey> => ({ key, name, aliases, required });

export const TRACKER_FORMATS: readonly TrackerFormat[] = [
  {
    id: "tempo",
    label: "Jira Tempo worklogs",
    signature: ["Issue Key", "Work date", "Hours"],
    columns: [
      col("date", "Work date", true),
      col("duration", "Hours", true),
      col("email", "Username"),
      col("name", "Full name"),
      col("task", "Work Description", true, ["Worklog Description"]),
      col("fallbackTask", "Issue summary", false, ["Issue Summary"]),
    ],
  },
  {
    id: "harvest",
    label: "Harvest detailed time report",
    signature: ["Notes", "Hours", "First Name", "Last Name"],
    columns: [
      col("date", "Date", true),
      col("task", "Notes", true),
      col("duration", "Hours", true),
      col("firstName", "First Name", true),
      col("lastName", "Last Name", true),
      // Harvest's task is a category of work ("Design", "Meetings"): the task when Notes is empty.
      col("fallbackTask", "Task"),
      col("employeeId", "Employee Id", false, ["Employee ID"]),
    ],
  },
  {
    id: "clockify",
    label: "Clockify detailed report",
    signature: ["Start Date", "Duration (decimal)"],
    columns: [
      col("name", "User"),
      col("email", "Email"),
      col("task", "Description", true),
      col("fallbackTask", "Task"),
      col("date", "Start Date", true),
      // "Duration (h)" is HH:MM:SS, exact to the second; the decimal column is rounded to 0.01 h.
      col("duration", "Duration (h)"),
      col("hoursDecimal", "Duration (decimal)"),
    ],
  },
  {
    id: "toggl",
    label: "Toggl Track detailed report",
    signature: ["Start date", "Start time", "Duration", "Description"],
    columns: [
      col("name", "User"),
      col("email", "Email"),
      col("task", "Description", true),
      col("fallbackTask", "Task"),
      col("date", "Start date", true),
      col("duration", "Duration", true),
    ],
  },
];

export const FORMAT_LABELS: Record<LogFormatId, string> = {
  toggl: "Toggl Track detailed report",
  clockify: "Clockify detailed report",
  harvest: "Harvest detailed time report",
  tempo: "Jira Tempo worklogs",
  orbital: "Orbital task log",
};

/** The tracker whose signature the header row carries, or null (an Orbital log, or unknown). */
export function recognizeTracker(cells: readonly string[]): TrackerFormatId | null {
  const keys = new Set(cells.map((c) => headerKey(c.replace(/^\uFEFF/, "").trim())));
  const found = TRACKER_FORMATS.find((f) => f.signature.every((h) => keys.has(headerKey(h))));
  return found?.id ?? null;
}

/** How a person in an export is found in the roster. */
export type PersonMatch =
  | { ok: true; roleId: number; personHash: string }
  | { ok: false; reason: "unknown" | "ambiguous" | "no-roster"; by: IdentifierKind; expected?: string };

export interface TrackerStats {
  /** Rows of people not in the roster, skipped with `skipUnknownPeople`. */
  skippedRows: number;
  skippedMinutes: number;
  /** Distinct people (by identifier) those rows belonged to. */
  skippedPeople: Set<string>;
  /**
   * Rows whose task column was empty (or, in Tempo, only the issue key) and were read from the
   * fallback column instead (Tempo's Issue summary, the other trackers' Task).
   */
  fellBack: number;
  /** The two columns as the file names them, and whether issue-key placeholders counted; set with the first such row. */
  fellBackFrom: { task: string; fallback: string; placeholders: boolean } | null;
}

export const emptyTrackerStats = (): TrackerStats => ({ skippedRows: 0, skippedMinutes: 0, skippedPeople: new Set(), fellBack: 0, fellBackFrom: null });

export interface TrackerOptions {
  resolvePerson(person: PersonIdentifiers): PersonMatch;
  /** Day/month order of slash dates: from `--date-format`, or inferred from the file; null when neither. */
  dateOrder: DateOrder | null;
  skipUnknownPeople: boolean;
  stats: TrackerStats;
}

const HAS_WORD = /[\p{L}\p{N}]/u;
/**
 * A worklog description that names no work: the issue key alone, or the comment Jira and Tempo
 * write when a person logs time without one ("Working on issue KES-123"). The Issue summary
 * says what the work was (decision 204).
 */
const PLACEHOLDER_DESCRIPTION = /^(?:working\s+on\s+(?:issue\s+)?)?[a-z][a-z0-9_]*-\d+\.?$/i;
export const isPlaceholderDescription = (text: string) => PLACEHOLDER_DESCRIPTION.test(text.trim());
const HMS = /^(\d{1,4}):([0-5]\d):([0-5]\d)$/;
const SLASHED = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$/;

/** A duration written HH:MM:SS (Toggl, Clockify's "Duration (h)"), as minutes: above 0 and at most 24:00:00. */
export function parseHms(raw: string): { ok: true; value: number } | { ok: false; expected: string } {
  const m = HMS.exec(raw.trim());
  if (!m) return { ok: false, expected: "a duration as HH:MM:SS (like 01:30:00)" };
  const minutes = Number(m[1]) * 60 + Number(m[2]) + Number(m[3]) / 60;
  if (minutes === 0) return { ok: false, expected: "a duration above 00:00:00" };
  if (minutes > 1440) return { ok: false, expected: "at most 24:00:00 in one row (a longer entry is a timer left running: split or fix it in the tracker)" };
  return { ok: true, value: minutes };
}

/** A tracker's date: ISO (with or without a time), DD.MM.YYYY, or a slash date read in `order`. */
export function parseTrackerDate(raw: string, order: DateOrder | null): { ok: true; date: string } | { ok: false; expected: string; ambiguous?: boolean } {
  const text = raw.trim();
  const m = SLASHED.exec(text);
  if (!m || text.includes(".")) {
    // Keep only the date of "2026-07-01 09:30" or "01.07.2026 09:30".
    const iso = parseDate(text);
    if (iso.ok) return iso;
    const first = text.split(/[ T]/)[0];
    return parseDate(first);
  }
  if (!order) return { ok: false, ambiguous: true, expected: "dates whose day/month order the file shows (no day above 12 anywhere): pass --date-format DMY or --date-format MDY" };
  const [a, b, year] = [Number(m[1]), Number(m[2]), m[3]];
  const [day, month] = order === "DMY" ? [a, b] : [b, a];
  return parseDate(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
}

/**
 * Evidence of day/month order in one date cell: "DMY" when the first number is above 12,
 * "MDY" when the second is, null when it cannot tell (or is not a slash date).
 */
export function dateOrderEvidence(raw: string): DateOrder | null {
  const m = SLASHED.exec(raw.trim());
  if (!m || raw.includes(".")) return null;
  if (Number(m[1]) > 12) return "DMY";
  if (Number(m[2]) > 12) return "MDY";
  return null;
}

export function isSlashDate(raw: string): boolean {
  return SLASHED.test(raw.trim()) && !raw.includes(".");
}



const WHICH: Record<IdentifierKind, string> = { employee_id: "employee id", email: "e-mail", name: "name" };

/** The TableSpec reading one tracker's export into Orbital log rows. */
const flat = (text: string | null) => (text === null ? null : flatCopy(text));

export function trackerTable(formatId: TrackerFormatId, options: TrackerOptions): TableSpec<TrackerKey, LogRow> {
  const format = TRACKER_FORMATS.find((f) => f.id === formatId)!;
  const { stats } = options;
  return {
    kind: "logs",
    columns: format.columns,
    checkHeader(match, cells, line) {
      const issues: ImportIssue[] = [];
      const { index } = match;
      const hasPerson = index.employeeId !== undefined || index.email !== undefined || index.name !== undefined || (index.firstName !== undefined && index.lastName !== undefined);
      if (!hasPerson) {
        const first = format.columns.find((c) => c.key === "email" || c.key === "firstName" || c.key === "employeeId")!;
        issues.push(missingColumn(line, first, cells));
      }
      if (formatId === "clockify" && index.duration === undefined && index.hoursDecimal === undefined) {
        issues.push(missingColumn(line, format.columns.find((c) => c.key === "duration")!, cells, format.columns.find((c) => c.key === "hoursDecimal")));
      }
      return issues;
    },
    createValidator(match) {
      const at = (key: TrackerKey) => match.index[key] ?? -1;
      const iEmployee = at("employeeId"), iEmail = at("email"), iName = at("name"), iFirst = at("firstName"), iLast = at("lastName");
      const iDate = at("date"), iTask = at("task"), iFallback = at("fallbackTask"), iDuration = at("duration"), iDecimal = at("hoursDecimal");
      const cell = (cells: readonly string[], i: number) => (i < 0 ? "" : (cells[i] ?? ""));
      const written = (key: TrackerKey) => match.written[key] ?? key;
      const date = memoize((text: string) => parseTrackerDate(text, options.dateOrder));
      const hms = memoize(parseHms);
      const hours = memoize(parseHours);
      let ambiguousReported = false;
      // A person's identifiers repeat on every row of theirs: resolve each combination once.
      // Keys and identifiers kept are flat copies: cells are slices of whole file chunks, and a
      // slice kept would keep its chunk alive (copied once per person, not per row).
      type Known = { person: PersonIdentifiers; personKey: string; who: PersonMatch };
      const people = new Map<string, Known>();
      // Consecutive rows are often one person's: the previous row's person first (decision 165).
      let last: Known | null = null;

      return (cells, line) => {
        const issues: ImportIssue[] = [];
        const employeeId = cell(cells, iEmployee).trim() || null;
        const email = cell(cells, iEmail).trim() || null;
        const name = (iName >= 0 ? cell(cells, iName).trim() : [cell(cells, iFirst).trim(), cell(cells, iLast).trim()].filter(Boolean).join(" ")) || null;
        if (!last || last.person.employeeId !== employeeId || last.person.email !== email || last.person.name !== name) {
          const personKey = `${employeeId ?? ""}\u0000${email ?? ""}\u0000${name ?? ""}`;
          let known = people.get(personKey);
          if (!known) {
            const person = { employeeId: flat(employeeId), email: flat(email), name: flat(name) };
            known = { person, personKey: flatCopy(personKey), who: options.resolvePerson(person) };
            if (people.size < 100_000) people.set(known.personKey, known);
          }
          last = known;
        }
        const { person, personKey, who } = last;

        const day = date(cell(cells, iDate));
        if (!day.ok) {
          if (!("ambiguous" in day && day.ambiguous)) issues.push(issue(line, written("date"), day.expected, cell(cells, iDate)));
          else if (!ambiguousReported) {
            // One problem says it for the whole file; the other rows are dropped silently (the file is refused anyway).
            ambiguousReported = true;
            issues.push(issue(line, written("date"), day.expected, cell(cells, iDate)));
          }
        }
        let task = cell(cells, iTask).trim();
        let fellBack = false;
        // Only Tempo's fallback, the issue's summary, says more than a placeholder key does.
        if (iFallback >= 0 && (!task || (formatId === "tempo" && isPlaceholderDescription(task)))) {
          const summary = cell(cells, iFallback).trim();
          if (summary !== "") {
            task = summary;
            fellBack = true;
          }
        }
        if (!task || task.length > 2000 || !HAS_WORD.test(task)) {
          const described = iFallback >= 0 ? `a task description (or a value in ${written("fallbackTask")} to read when it is empty)` : "a task description";
          issues.push(issue(line, written("task"), task.length > 2000 ? "a task description of at most 2000 characters" : described, cell(cells, iTask)));
        }
        const useHms = iDuration >= 0 && formatId !== "harvest" && formatId !== "tempo" && cell(cells, iDuration).trim() !== "";
        const durationCell = useHms ? cell(cells, iDuration) : iDecimal >= 0 ? cell(cells, iDecimal) : cell(cells, iDuration);
        const duration = useHms ? hms(durationCell) : hours(durationCell);
        if (!duration.ok) issues.push(issue(line, useHms || iDecimal < 0 ? written("duration") : written("hoursDecimal"), duration.expected, durationCell));

        if (!who.ok) {
          const column = who.by === "employee_id" ? written("employeeId") : who.by === "email" ? written("email") : (match.written.name ?? `${written("firstName")} + ${written("lastName")}`);
          const value = who.by === "employee_id" ? person.employeeId : who.by === "email" ? person.email : person.name;
          if (who.reason === "unknown" && options.skipUnknownPeople) {
            if (issues.length) return { issues };
            stats.skippedRows++;
            if (duration.ok) stats.skippedMinutes += duration.value;
            if (stats.skippedPeople.size < 100_000) stats.skippedPeople.add(personKey);
            return { issues: [] };
          }
          const expected =
            who.reason === "no-roster"
              ? "a roster to find people in: this export names people, not roles; import the roster first (orbital import roster FILE)"
              : who.reason === "ambiguous"
                ? (who.expected ?? `one person, but several in the roster have this ${WHICH[who.by]}`)
                : `a person in the roster (matched by ${WHICH[who.by]}); import them in the roster, or skip such rows with --skip-unknown-people`;
          issues.push(issue(line, column, expected, value ? maskIdentifier(who.by, value) : ""));
        }
        if (issues.length || !who.ok || !day.ok || !duration.ok) return { issues };
        if (fellBack) {
          stats.fellBack++;
          stats.fellBackFrom ??= { task: written("task"), fallback: written("fallbackTask"), placeholders: formatId === "tempo" };
        }
        return { row: { line, employeeId: who.personHash, roleId: who.roleId, date: day.date, task, minutes: duration.value, tool: null, outcome: null } };
      };
    },
  };
}
