/**
 * The bulk-write side of an import: prepared statements on one connection (drizzle's
 * batched insert measured about 6× slower here). The caller owns the transaction; every
 * method is synchronous so a batch is written in one step.
 */
import type Database from "better-sqlite3";
import type { roles } from "./schema";

export interface NewImport {
  workspaceId: number;
  kind: "jobs" | "logs" | "roster" | "survey";
  fileName: string;
  checksum: string;
  encoding: string;
  delimiter: string;
  actor: string;
  startedAt: string;
}

/**
 * A role's imported columns, as the roles table stores them (drizzle's inferred row type).
 * The importers' `JobRow` is one of these plus its line and statements; a backup's role is one
 * without the level index (`BackupRole`, db/queries/backup.ts).
 */
export type RoleValues = Pick<
  typeof roles.$inferSelect,
  "roleKey" | "title" | "department" | "level" | "levelLabel" | "headcount" | "annualCost" | "location" | "outcomes" | "description"
>;

export interface LogValues {
  roleId: number;
  employeeId: number;
  date: string;
  textId: number;
  minutes: number;
  tool: string | null;
  outcome: string | null;
  statementId: number | null;
}

export type ImportWriter = ReturnType<typeof createImportWriter>;

/**
 * Log rows per INSERT statement. One statement per 100 rows halves the CPU of a million-row
 * import against one per row (measured 3.5 s → 1.5 s), since each call crosses into native code;
 * 200 rows, with the workspace and import ids written into the statement instead of bound for
 * every row (8 values a row, not 10), take another ~10 % off (decision 165).
 */
const LOG_ROWS_PER_INSERT = 200;
/** Values bound per queued log row: role, employee, date, text, minutes, tool, outcome, statement. */
const LOG_VALUES = 8;

export function createImportWriter(sqlite: Database.Database, workspaceId: number) {
  const s = {
    insertImport: sqlite.prepare(
      `INSERT INTO imports (workspace_id, kind, file_name, checksum, encoding, delimiter, status, rows_read, rows_imported, notes, actor, started_at, finished_at)
       VALUES (@workspaceId, @kind, @fileName, @checksum, @encoding, @delimiter, 'imported', 0, 0, '[]', @actor, @startedAt, @startedAt)`,
    ),
    finishImport: sqlite.prepare(
      `UPDATE imports SET encoding = ?, delimiter = ?, rows_read = ?, rows_imported = ?, notes = ?, finished_at = ? WHERE id = ?`,
    ),
    markReplaced: sqlite.prepare(`UPDATE imports SET status = 'replaced' WHERE id = ? AND workspace_id = ?`),
    deleteLogsOfImport: sqlite.prepare(`DELETE FROM task_logs WHERE import_id = ? AND workspace_id = ?`),
    deleteSurveyOfImport: sqlite.prepare(`DELETE FROM survey_responses WHERE import_id = ? AND workspace_id = ?`),
    insertText: sqlite.prepare(`INSERT INTO task_texts (workspace_id, norm, text) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`),
    selectText: sqlite.prepare(`SELECT id FROM task_texts WHERE workspace_id = ? AND norm = ?`).pluck(),
    insertEmployee: sqlite.prepare(`INSERT INTO employees (workspace_id, hash) VALUES (?, ?) ON CONFLICT DO NOTHING`),
    selectEmployee: sqlite.prepare(`SELECT id FROM employees WHERE workspace_id = ? AND hash = ?`).pluck(),
    insertLog: sqlite.prepare(
      `INSERT INTO task_logs (workspace_id, import_id, role_id, employee_id, date, text_id, minutes, tool, outcome, statement_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    selectRoleId: sqlite.prepare(`SELECT id FROM roles WHERE workspace_id = ? AND role_key = ?`).pluck(),
    insertRole: sqlite.prepare(
      `INSERT INTO roles (workspace_id, import_id, role_key, title, department, level, level_label, headcount, jd_headcount, annual_cost, location, outcomes, description)
       VALUES (@workspaceId, @importId, @roleKey, @title, @department, @level, @levelLabel, @headcount, @headcount, @annualCost, @location, @outcomes, @description)`,
    ),
    updateRole: sqlite.prepare(
      `UPDATE roles SET import_id = @importId, title = @title, department = @department, level = @level, level_label = @levelLabel,
         headcount = @headcount, jd_headcount = @headcount, annual_cost = @annualCost, location = @location, outcomes = @outcomes, description = @description
       WHERE id = @id`,
    ),
    deleteStatements: sqlite.prepare(`DELETE FROM task_statements WHERE role_id = ?`),
    statementTexts: sqlite.prepare(`SELECT text_id FROM task_statements WHERE role_id = ? ORDER BY position`).pluck(),
    insertStatement: sqlite.prepare(
      `INSERT INTO task_statements (workspace_id, role_id, position, text, text_id) VALUES (?, ?, ?, ?, ?)`,
    ),
    // One pass over the workspace's log for all changed roles: task_logs has no index by role
    // (docs/decisions/062), and the set of changed roles rides in as a JSON array.
    relinkLogs: sqlite.prepare(
      `UPDATE task_logs SET statement_id = (
         SELECT s.id FROM task_statements s WHERE s.role_id = task_logs.role_id AND s.text_id = task_logs.text_id ORDER BY s.position LIMIT 1)
       WHERE workspace_id = ? AND role_id IN (SELECT value FROM json_each(?))`,
    ),
    statements: sqlite.prepare(`SELECT id, role_id AS roleId, text_id AS textId FROM task_statements WHERE workspace_id = ? ORDER BY position DESC`),
    rolesMissingFrom: sqlite.prepare(`SELECT role_key FROM roles WHERE workspace_id = ? AND (import_id IS NULL OR import_id <> ?) ORDER BY role_key`).pluck(),
  };

  // Log rows wait here until a full multi-row INSERT can be made; flushLogs() writes the rest.
  const pendingLogs: unknown[] = [];
  let pendingImportId = 0;
  let insertLogs: { importId: number; statement: Database.Statement } | null = null;
  /** The multi-row INSERT for one import: both ids are this module's own integers, written in as literals. */
  const insertLogsFor = (importId: number): Database.Statement => {
    if (insertLogs?.importId !== importId) {
      if (!Number.isSafeInteger(workspaceId) || !Number.isSafeInteger(importId)) throw new Error("workspace and import ids must be integers");
      const row = `(${workspaceId}, ${importId}, ?, ?, ?, ?, ?, ?, ?, ?)`;
      const statement = sqlite.prepare(
        `INSERT INTO task_logs (workspace_id, import_id, role_id, employee_id, date, text_id, minutes, tool, outcome, statement_id)
         VALUES ${Array(LOG_ROWS_PER_INSERT).fill(row).join(", ")}`,
      );
      insertLogs = { importId, statement };
    }
    return insertLogs.statement;
  };
  const flushLogs = () => {
    for (let i = 0; i < pendingLogs.length; i += LOG_VALUES) s.insertLog.run(workspaceId, pendingImportId, ...pendingLogs.slice(i, i + LOG_VALUES));
    pendingLogs.length = 0;
  };

  return {
    insertImport(values: NewImport): number {
      return Number(s.insertImport.run(values).lastInsertRowid);
    },
    finishImport(
      id: number,
      values: { encoding: string; delimiter: string; rowsRead: number; rowsImported: number; notes: string[]; finishedAt: string },
    ) {
      s.finishImport.run(values.encoding, values.delimiter, values.rowsRead, values.rowsImported, JSON.stringify(values.notes), values.finishedAt, id);
    },
    /** Marks an earlier import superseded; for logs its rows go too (a jobs import's roles are upserted instead). */
    replaceImport(id: number, kind: "jobs" | "logs" | "roster" | "survey"): number {
      const removed =
        kind === "logs" ? s.deleteLogsOfImport.run(id, workspaceId).changes : kind === "survey" ? s.deleteSurveyOfImport.run(id, workspaceId).changes : 0;
      s.markReplaced.run(id, workspaceId);
      return removed;
    },
    /** The id of a task text by its normalized form, inserted when new (the first wording seen is kept). */
    textId(norm: string, text: string): number {
      const inserted = s.insertText.run(workspaceId, norm, text);
      return inserted.changes ? Number(inserted.lastInsertRowid) : (s.selectText.get(workspaceId, norm) as number);
    },
    employeeId(hash: string): number {
      const inserted = s.insertEmployee.run(workspaceId, hash);
      return inserted.changes ? Number(inserted.lastInsertRowid) : (s.selectEmployee.get(workspaceId, hash) as number);
    },
    /** Queues a log row; rows reach the database in groups, and all of them by `flushLogs()`. */
    insertLog(importId: number, v: LogValues) {
      if (importId !== pendingImportId) {
        flushLogs();
        pendingImportId = importId;
      }
      pendingLogs.push(v.roleId, v.employeeId, v.date, v.textId, v.minutes, v.tool, v.outcome, v.statementId);
      if (pendingLogs.length === LOG_ROWS_PER_INSERT * LOG_VALUES) {
        insertLogsFor(importId).run(pendingLogs);
        pendingLogs.length = 0;
      }
    },
    /** Writes queued log rows; call before anything reads task_logs or the transaction ends. */
    flushLogs,
    /** Inserts or updates the role by (workspace, role_key); ids stay stable so logs stay linked. */
    upsertRole(importId: number, role: RoleValues): { id: number; existed: boolean } {
      const existing = s.selectRoleId.get(workspaceId, role.roleKey) as number | undefined;
      if (existing !== undefined) {
        s.updateRole.run({ ...role, importId, id: existing });
        return { id: existing, existed: true };
      }
      return { id: Number(s.insertRole.run({ ...role, workspaceId, importId }).lastInsertRowid), existed: false };
    },
    /**
     * Replaces the role's statements; returns false (and changes nothing) when the role already
     * has the same tasks in the same order, so re-importing a mostly unchanged jobs file does
     * not relink every role's logs.
     */
    replaceStatements(roleId: number, statements: readonly { text: string; textId: number }[]): boolean {
      const current = s.statementTexts.all(roleId) as number[];
      if (current.length === statements.length && current.every((id, i) => id === statements[i].textId)) return false;
      s.deleteStatements.run(roleId);
      statements.forEach((st, position) => s.insertStatement.run(workspaceId, roleId, position, st.text, st.textId));
      return true;
    },
    /** Points each log row of these roles at the statement with the same text, or at none. */
    relinkLogs(roleIds: readonly number[]) {
      if (roleIds.length) s.relinkLogs.run(workspaceId, JSON.stringify(roleIds));
    },
    /** role id → (text id → statement id), the first statement by position winning. */
    statementIndex(): Map<number, Map<number, number>> {
      const index = new Map<number, Map<number, number>>();
      for (const row of s.statements.all(workspaceId) as { id: number; roleId: number; textId: number }[]) {
        let byText = index.get(row.roleId);
        if (!byText) index.set(row.roleId, (byText = new Map()));
        byText.set(row.textId, row.id);
      }
      return index;
    },
    /** Role keys of the workspace that this import did not touch. */
    rolesNotIn(importId: number): string[] {
      return s.rolesMissingFrom.all(workspaceId, importId) as string[];
    },
  };
}
