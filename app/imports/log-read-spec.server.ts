/**
 * A task log's table spec from plain data: the plan (format, date order, choices), the
 * workspace's roles and roster as read from the database, and its pseudonym key. The import's
 * thread (read-setup.server.ts) and the log parser's thread (log-parse-worker.server.ts) both
 * build the spec here, so they read alike; the parser's thread gets the data with its job and
 * needs no database connection, nor the database modules, which took most of its start-up
 * (decision 165).
 */
import { createRoleResolver, logsTable } from "../../importers";
import { backupTable } from "../../importers/backup-cells";
import { logFileTable } from "../../importers/log-file";
import type { LogRow } from "../../importers/logs-table";
import type { KnownRole } from "../../importers/role-resolver";
import { rosterResolver, type RosterIdentity } from "../../importers/roster-index";
import type { TableSpec } from "../../importers/table";
import type { DateOrder, LogFormatId, TrackerStats } from "../../importers/tracker-formats";
import { createPseudonymizer } from "./pseudonymize.server";

/**
 * Everything a task log's spec depends on besides the database, decided before reading: the
 * import's thread builds the spec from it, and so does the parser thread (decision 121).
 * Plain data, so it crosses to a worker as it is.
 */
export interface LogReadPlan {
  format: LogFormatId | null;
  /** Given (`--date-format`) or found in the file on the import's thread. */
  dateOrder: DateOrder | null;
  skipUnknownPeople: boolean;
  /** A workspace backup: escaped cells, Orbital's own columns, employee ids already pseudonyms. */
  backup?: boolean;
}

/** What the spec needs from the database: plain data, so it crosses to a worker as it is. */
export interface LogReadRefs {
  roles: KnownRole[];
  /** The roster's people (empty for a backup, whose ids are pseudonyms already). */
  people: RosterIdentity[];
}

/** The spec; `stats` is filled as rows are read (rows skipped, fallbacks). */
export function logReadSpecFrom(refs: LogReadRefs, pseudonymKey: string, plan: LogReadPlan, stats: TrackerStats): TableSpec<string, LogRow> {
  const resolveRole = createRoleResolver(refs.roles);
  if (plan.backup) return backupTable(logsTable(resolveRole), { pseudonymColumn: "employeeId" }) as unknown as TableSpec<string, LogRow>;
  return logFileTable({
    format: plan.format,
    resolveRole,
    pseudonymize: createPseudonymizer(pseudonymKey),
    resolvePerson: rosterResolver(refs.people, pseudonymKey),
    dateOrder: plan.dateOrder,
    skipUnknownPeople: plan.skipUnknownPeople,
    stats,
  });
}
