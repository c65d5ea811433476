import { sql } from "drizzle-orm";
import type { Connection } from "../connection";
import { HOURS_PER_FTE_YEAR } from "../../app/analyzer/class-hours";
import { mainCues, rollupRole, type ClassifiedTask } from "../../app/analyzer/rollup";
import type { Atom, Cue, TaskClass } from "../../app/analyzer/taxonomy";
import { storeClassRangeSums } from "./class-range-sums";
import { currentOverrides, EFFECTIVE_COLUMNS } from "./effective-classification";

export interface RollupSummary {
  /** Roles that got a roll-up (they have classified time). */
  rolesAnalyzed: number;
  /** (role, text) pairs left out because their text has no class or atom yet. */
  unclassifiedTasks: number;
}

interface TaskRow {
  role_id: number;
  text_id: number;
  source: "logs" | "statements";
  minutes: number;
  log_rows: number;
  class: TaskClass | null;
  atom: Atom | null;
  cues: string | null;
  overridden: 0 | 1;
}

/**
 * Rebuilds role_rollups, role_analysis and class_range_sums from role_task_hours and the
 * effective classifications (overrides win). Cheap: it never reads the task log, so it is what runs
 * after an override.
 */
export function recomputeRollups(
  { db, sqlite }: Connection,
  workspaceId: number,
  options: { now?: Date } = {},
): RollupSummary {
  const ws = { ws: workspaceId };
  const analyzedAt = (options.now ?? new Date()).toISOString();
  sqlite.prepare("DELETE FROM role_rollups WHERE workspace_id = @ws").run(ws);
  sqlite.prepare("DELETE FROM role_analysis WHERE workspace_id = @ws").run(ws);

  const headcounts = new Map(
    sqlite.prepare("SELECT id, headcount FROM roles WHERE workspace_id = @ws").raw().all(ws) as [number, number][],
  );
  const loggers = new Map(
    sqlite
      .prepare("SELECT role_id, COUNT(*) FROM role_employees WHERE workspace_id = @ws GROUP BY role_id")
      .raw()
      .all(ws) as [number, number][],
  );
  const rows = db.all<TaskRow>(sql`
    SELECT rth.role_id, rth.text_id, rth.source, rth.minutes, rth.log_rows, t.cues, ${EFFECTIVE_COLUMNS}
    FROM role_task_hours rth
    JOIN task_texts t ON t.id = rth.text_id
    LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm
    WHERE rth.workspace_id = ${workspaceId}
    ORDER BY rth.role_id`);

  // Cues are parsed once per text, not once per role that does it.
  const cuesByText = new Map<number, Cue[]>();
  const cuesFor = (row: TaskRow & { class: TaskClass }): Cue[] => {
    let cues = cuesByText.get(row.text_id);
    if (!cues) {
      cues = row.cues ? (JSON.parse(row.cues) as Cue[]) : [];
      cuesByText.set(row.text_id, cues);
    }
    // A person overrode the class: only the cues that agree with them still explain the role.
    return row.overridden ? cues.filter((c) => c.toward === row.class) : cues;
  };

  const insertCell = sqlite.prepare(
    `INSERT INTO role_rollups (workspace_id, role_id, class, atom, hours, share, tasks) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRole = sqlite.prepare(
    `INSERT INTO role_analysis (role_id, workspace_id, weighting, minutes_logged, log_rows, employees, atomization, main_cues, analyzed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  let unclassifiedTasks = 0;
  let rolesAnalyzed = 0;
  const writeRole = (roleId: number, roleRows: TaskRow[]) => {
    const tasks: ClassifiedTask[] = [];
    let minutesLogged = 0;
    let logRows = 0;
    for (const row of roleRows) {
      if (row.source === "logs") {
        minutesLogged += row.minutes;
        logRows += row.log_rows;
      }
      if (row.class === null || row.atom === null) {
        unclassifiedTasks++;
        continue;
      }
      tasks.push({ minutes: row.minutes, class: row.class, atom: row.atom, cues: cuesFor(row as TaskRow & { class: TaskClass }) });
    }
    const rollup = rollupRole(tasks, headcounts.get(roleId) ?? 0, HOURS_PER_FTE_YEAR);
    if (rollup.atomization === null) return;
    for (const cell of rollup.cells) {
      insertCell.run(workspaceId, roleId, cell.class, cell.atom, cell.hours, cell.share, cell.tasks);
    }
    const weighting = roleRows.some((r) => r.source === "logs") ? "logs" : "statements";
    insertRole.run(
      roleId,
      workspaceId,
      weighting,
      minutesLogged,
      logRows,
      loggers.get(roleId) ?? 0,
      rollup.atomization,
      JSON.stringify(mainCues(tasks)),
      analyzedAt,
    );
    rolesAnalyzed++;
  };

  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i].role_id !== rows[start].role_id) {
      writeRole(rows[start].role_id, rows.slice(start, i));
      start = i;
    }
  }
  // After role_analysis is written: the ranges' hours are weighted by it. Here, so that every
  // change of the roll-ups (an analysis, an override) changes the stored sums with them.
  storeClassRangeSums({ db, sqlite }, workspaceId);
  return { rolesAnalyzed, unclassifiedTasks };
}
