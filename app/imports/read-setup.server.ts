/**
 * How a file of each kind is read: the table spec, with the workspace's roles, roster and
 * pseudonym key wired in. The import and the Import page's check ("preview") both read
 * through this, so a file checked on the page is read exactly as it will be imported.
 */
import type { Db } from "../../db/connection";
import { listRoleRefs } from "../../db/queries/imports";
import { listRosterIdentities } from "../../db/queries/roster";
import type { Workspace } from "../../db/queries/workspaces";
import { createRoleResolver, jobsTable, type ImportIssue, type JobRow } from "../../importers";
import type { LogRow } from "../../importers/logs-table";
import type { ColumnMapping } from "../../importers/headers";
import { findDateOrder } from "../../importers/log-file";
import { rosterTable, type RosterRow } from "../../importers/roster-table";
import type { TableSpec } from "../../importers/table";
import { emptyTrackerStats, type DateOrder, type LogFormatId, type TrackerStats } from "../../importers/tracker-formats";
import { logReadSpecFrom, type LogReadPlan, type LogReadRefs } from "./log-read-spec.server";
import type { ImportSource } from "./source.server";
import type { ImportKind } from "./types";

/** The choices a person can make about how a file is read (CLI flags, web form). */
export interface ReadChoices {
  /** Orbital field → the file's header (`--map`). */
  mapping?: ColumnMapping;
  /** Logs: read as this format whatever the header says (`--format`). */
  format?: LogFormatId | null;
  /** Logs: day/month order of slash dates (`--date-format`). */
  dateOrder?: DateOrder | null;
  /** Logs: import the rows of people in the roster, skip (and count) the others. */
  skipUnknownPeople?: boolean;
  /** An Excel workbook's sheet to read (`--sheet`; default the first visible sheet). */
  sheet?: string;
}

export type { LogReadPlan, LogReadRefs };

interface SetupBase {
  /** Notes for the import summary known before reading (date order inferred). */
  notes: string[];
  stats: TrackerStats;
}

/**
 * How a file of one kind is read, or why it is refused before its rows are read (dates in both
 * orders). A survey has no spec here: survey-import.server.ts reads it, resolving respondents
 * as it goes.
 */
export type ReadSetup =
  | (SetupBase & { kind: "jobs"; spec: TableSpec<string, JobRow> })
  | (SetupBase & { kind: "roster"; spec: TableSpec<string, RosterRow> })
  /** `logPlan`: what the spec was built from, for a reading elsewhere (the parser thread). */
  | (SetupBase & { kind: "logs"; spec: TableSpec<string, LogRow>; logPlan: LogReadPlan })
  | (SetupBase & { kind: "refused"; issues: ImportIssue[] });

export async function prepareRead(db: Db, workspace: Workspace, kind: Exclude<ImportKind, "survey">, source: ImportSource, choices: ReadChoices = {}): Promise<ReadSetup> {
  const stats = emptyTrackerStats();
  if (kind === "jobs") return { kind, spec: jobsTable, notes: [], stats };
  const resolveRole = createRoleResolver(listRoleRefs(db, workspace.id));
  if (kind === "roster") return { kind, spec: rosterTable(workspace.pseudonymKey, resolveRole), notes: [], stats };

  const format = choices.format ?? null;
  let dateOrder = choices.dateOrder ?? null;
  const notes: string[] = [];
  if (dateOrder) notes.push(`Dates: ${dateOrder === "DMY" ? "day/month/year" : "month/day/year"} (--date-format ${dateOrder})`);
  else {
    const found = await findDateOrder(source.open(), format);
    if ("issues" in found) return { kind: "refused", issues: found.issues, notes, stats };
    dateOrder = found.order;
    if (found.note) notes.push(found.note);
  }
  const logPlan: LogReadPlan = { format, dateOrder, skipUnknownPeople: choices.skipUnknownPeople ?? false };
  return { kind, spec: logReadSpec(db, workspace, logPlan, stats), logPlan, notes, stats };
}

/** What a task log's spec reads from the database: the workspace's roles and (unless a backup) its roster. */
export function logReadRefs(db: Db, workspaceId: number, plan: LogReadPlan): LogReadRefs {
  return { roles: listRoleRefs(db, workspaceId), people: plan.backup ? [] : listRosterIdentities(db, workspaceId) };
}

/**
 * The one task-log spec, on whichever thread reads: the workspace's roles, roster and pseudonym
 * key wired in; rows come out with pseudonyms. `stats` is filled as rows are read.
 */
export function logReadSpec(db: Db, workspace: Pick<Workspace, "id" | "pseudonymKey">, plan: LogReadPlan, stats: TrackerStats): TableSpec<string, LogRow> {
  return logReadSpecFrom(logReadRefs(db, workspace.id, plan), workspace.pseudonymKey, plan, stats);
}

/** What the summary says after a logs import about rows skipped or read from a fallback column. */
export function statsNotes(stats: TrackerStats, format: string | null): string[] {
  const notes: string[] = [];
  if (stats.skippedRows) {
    const hours = (stats.skippedMinutes / 60).toLocaleString("en", { maximumFractionDigits: 2 });
    notes.push(
      `Skipped ${stats.skippedRows.toLocaleString("en")} row(s), ${hours} h, of ${stats.skippedPeople.size} person(s) not in the roster (--skip-unknown-people)`,
    );
  }
  const from = stats.fellBackFrom;
  if (stats.fellBack && from) {
    const placeholder = from.placeholders ? ' or only the issue key ("Working on issue …")' : "";
    notes.push(`${stats.fellBack.toLocaleString("en")} row(s) had an empty ${from.task}${placeholder}: the ${from.fallback} was used as the task`);
  }
  if (format && !format.startsWith("Orbital")) notes.push("Billing columns (billable flags, rates, amounts) are ignored, never stored");
  return notes;
}
