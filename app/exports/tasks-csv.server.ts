/**
 * tasks.csv (each selected role's tasks, as the role page lists them) and overrides.csv (the
 * history of corrections). No employee data: a task's hours are the role's, and hours that
 * come from fewer than k people read "fewer than k people".
 */
import { suppressedLabel } from "../charts/format";
import type { Db } from "../../db/connection";
import { getRoleTasks, listRoleSummaries, type DashboardFilter } from "../../db/queries/dashboard";
import { listOverrides } from "../../db/queries/overrides";
import { roleKeysById } from "../../db/queries/role-keys";
import { LEVEL_LABELS } from "../../importers/levels";
import type { CsvValue } from "../csv/write-csv";
import { round, type CsvTable } from "./csv-table";

const yesNo = (value: boolean) => (value ? "yes" : "no");

/**
 * Rows are read one role at a time as the file streams out: a large organization's task list
 * takes a while to build (tens of ms for a role with 2,000 logged texts), and other people's
 * pages are served in between instead of waiting for the whole file.
 */
export function tasksCsv(db: Db, workspaceId: number, filter: DashboardFilter, k: number): CsvTable {
  return { header: TASK_COLUMNS, rows: taskRows(db, workspaceId, filter, k) };
}

const TASK_COLUMNS = [
  "role_id",
  "role_title",
  "department",
  "level",
  "task",
  "in_job_description",
  "logged",
  "class",
  "atom",
  "confidence",
  // The classifier's calibrated probabilities (decision 102), summing to 1; an override changes
  // the class, not these. Blank for a text classified before they were stored.
  "p_automatable",
  "p_democratized",
  "p_specialized",
  "rationale",
  "overridden",
  "classifier_class",
  "annual_hours",
  "logged_hours",
];

function* taskRows(db: Db, workspaceId: number, filter: DashboardFilter, k: number): Generator<CsvValue[]> {
  const keys = roleKeysById(db, workspaceId);
  for (const summary of listRoleSummaries(db, workspaceId, filter)) {
    const view = getRoleTasks(db, workspaceId, summary.roleId);
    if (!view) continue;
    const { role } = view;
    for (const t of view.tasks) {
      yield [
        keys.get(role.roleId) ?? null,
        role.title,
        role.department,
        LEVEL_LABELS[role.level] ?? role.level,
        t.text,
        yesNo(t.statementPosition !== null),
        yesNo(t.logged),
        t.class,
        t.atom,
        t.confidence === null ? null : round(t.confidence, 3),
        ...(t.probabilities === null ? [null, null, null] : [round(t.probabilities.automatable, 3), round(t.probabilities.democratized, 3), round(t.probabilities.specialized, 3)]),
        t.rationale,
        yesNo(t.overridden),
        t.classifierClass,
        t.suppressed ? suppressedLabel(k) : round(t.hours, 1),
        t.suppressed ? suppressedLabel(k) : round(t.loggedHours, 2),
      ];
    }
  }
}

/** Every override, newest first, whatever the filter: overrides apply to a text in every role. */
export function overridesCsv(db: Db, workspaceId: number): CsvTable {
  return {
    header: ["created_at", "by", "task", "from_class", "from_atom", "to_class", "to_atom", "reason", "in_force"],
    rows: listOverrides(db, workspaceId).map((o) => [
      o.createdAt,
      o.actor,
      o.text ?? o.norm,
      o.from.class,
      o.from.atom,
      o.to.class,
      o.to.atom,
      o.reason,
      yesNo(o.isCurrent),
    ]),
  };
}
