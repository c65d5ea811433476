/**
 * What a workspace backup reads and writes (app/backup/): the imported data as it is stored
 * (roles with their statements, task logs with pseudonyms, overrides), the counts a manifest
 * states, and overrides restored with their original author and time.
 */
import type Database from "better-sqlite3";
import { asc, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { OverrideInputSchema } from "./overrides";
import type { Db } from "../connection";
import type { RoleValues } from "../import-writer";
import { overrides, workspaces } from "../schema";

/**
 * A role as stored, without its level index: the level label the file wrote ("Sr.", "L3")
 * lands on the same rung when imported again.
 */
export type BackupRole = Omit<RoleValues, "level"> & {
  /** In job-description order. */
  statements: string[];
};

/** Every role of the workspace, in the order they were created, with its task statements. */
export function listBackupRoles(db: Db, workspaceId: number): BackupRole[] {
  const roles = db.all<Omit<BackupRole, "statements"> & { id: number }>(sql`
    SELECT id, role_key AS roleKey, title, department, level_label AS levelLabel, COALESCE(jd_headcount, headcount) AS headcount,
           annual_cost AS annualCost, location, outcomes, description
    FROM roles WHERE workspace_id = ${workspaceId} ORDER BY id`);
  const statements = new Map<number, string[]>();
  for (const s of db.all<{ roleId: number; text: string }>(
    sql`SELECT role_id AS roleId, text FROM task_statements WHERE workspace_id = ${workspaceId} ORDER BY role_id, position, id`,
  )) {
    statements.set(s.roleId, [...(statements.get(s.roleId) ?? []), s.text]);
  }
  return roles.map(({ id, ...role }) => ({ ...role, statements: statements.get(id) ?? [] }));
}

export interface BackupLogRow {
  /** The stored keyed hash, never a raw identifier (raw ids never reach the database). */
  employee: string;
  roleKey: string;
  date: string;
  /** The task's text as first seen: every wording of it normalizes to the same key. */
  task: string;
  minutes: number;
  tool: string | null;
  outcome: string | null;
}

/**
 * The task log row by row, in insertion order, without holding it in memory: a million rows
 * stream through a prepared statement's iterator (hence the raw handle, not drizzle).
 */
export function iterateBackupLogs(sqlite: Database.Database, workspaceId: number): IterableIterator<BackupLogRow> {
  return sqlite
    .prepare(
      `SELECT e.hash AS employee, r.role_key AS roleKey, l.date AS date, t.text AS task, l.minutes AS minutes,
              l.tool AS tool, l.outcome AS outcome
       FROM task_logs l
       JOIN employees e ON e.id = l.employee_id
       JOIN roles r ON r.id = l.role_id
       JOIN task_texts t ON t.id = l.text_id
       WHERE l.workspace_id = ?
       ORDER BY l.id`,
    )
    .iterate(workspaceId) as IterableIterator<BackupLogRow>;
}

export interface BackupOverride {
  /** The normalized text: the override's key. */
  norm: string;
  /** The text as first seen; null when no import contains it any more. */
  text: string | null;
  class: "automatable" | "democratized" | "specialized";
  atom: string | null;
  reason: string;
  actor: string;
  createdAt: string;
}

/** Every override (the whole history, not only those in force), oldest first. */
export function listBackupOverrides(db: Db, workspaceId: number): BackupOverride[] {
  return db.all<BackupOverride>(sql`
    SELECT o.norm AS norm, t.text AS text, o.class AS class, o.atom AS atom, o.reason AS reason,
           o.actor AS actor, o.created_at AS createdAt
    FROM overrides o LEFT JOIN task_texts t ON t.workspace_id = o.workspace_id AND t.norm = o.norm
    WHERE o.workspace_id = ${workspaceId}
    ORDER BY o.id`);
}

export interface WorkspaceCounts {
  roles: number;
  taskStatements: number;
  taskTexts: number;
  employees: number;
  taskLogRows: number;
  overrides: number;
  members: number;
}

export function countWorkspaceData(db: Db, workspaceId: number): WorkspaceCounts {
  const count = (table: string) =>
    db.get<{ n: number }>(sql`SELECT COUNT(*) AS n FROM ${sql.raw(table)} WHERE workspace_id = ${workspaceId}`)!.n;
  return {
    roles: count("roles"),
    taskStatements: count("task_statements"),
    taskTexts: count("task_texts"),
    employees: count("employees"),
    taskLogRows: count("task_logs"),
    overrides: count("overrides"),
    members: count("memberships"),
  };
}

const RestoredOverrideSchema = OverrideInputSchema.extend({
  createdAt: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, "an ISO-8601 UTC time like 2026-11-25T15:44:06.000Z"),
});

export type RestoreOverrideResult = { ok: true } | { ok: false; field: string; message: string };

/** An override as a backup file holds it: text cells, checked here. */
export interface RestoreOverrideInput {
  norm: string;
  class: string;
  atom: string | null;
  reason: string;
  actor: string;
  createdAt: string;
}

/**
 * An override from a backup, kept with its original author and time. Unlike `addOverride`
 * it does not require the text to be in the workspace: a backup keeps the history of texts
 * no import contains any more, as the original workspace did.
 */
export function restoreOverride(db: Db, workspaceId: number, input: RestoreOverrideInput): RestoreOverrideResult {
  const parsed = RestoredOverrideSchema.safeParse({ ...input, workspaceId, userId: null });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, field: String(issue.path[0]), message: issue.message };
  }
  const v = parsed.data;
  db.insert(overrides)
    .values({ workspaceId, norm: v.norm, taskClass: v.class, atom: v.atom, reason: v.reason, userId: null, actor: v.actor, createdAt: v.createdAt })
    .run();
  return { ok: true };
}

/** A restored workspace keeps the original's pseudonym key when the backup carries it. */
export function setPseudonymKey(db: Db, workspaceId: number, key: string): void {
  db.update(workspaces).set({ pseudonymKey: key }).where(eq(workspaces.id, workspaceId)).run();
}

/** The overrides of a workspace as stored (for comparing a restored workspace with its original). */
export function listStoredOverrides(db: Db, workspaceId: number) {
  return db
    .select({ norm: overrides.norm, class: overrides.taskClass, atom: overrides.atom, reason: overrides.reason, actor: overrides.actor, createdAt: overrides.createdAt })
    .from(overrides)
    .where(eq(overrides.workspaceId, workspaceId))
    .orderBy(asc(overrides.id))
    .all();
}

export interface WorkspaceListEntry {
  id: number;
  slug: string;
  name: string;
  kThreshold: number;
  createdAt: string;
  roles: number;
  taskLogRows: number;
  members: number;
}

/** Every workspace with the size of what it holds, by slug. */
export function listWorkspacesWithCounts(db: Db): WorkspaceListEntry[] {
  return db.all<WorkspaceListEntry>(sql`
    SELECT w.id AS id, w.slug AS slug, w.name AS name, w.k_threshold AS kThreshold, w.created_at AS createdAt,
           (SELECT COUNT(*) FROM roles r WHERE r.workspace_id = w.id) AS roles,
           (SELECT COUNT(*) FROM task_logs l WHERE l.workspace_id = w.id) AS taskLogRows,
           (SELECT COUNT(*) FROM memberships m WHERE m.workspace_id = w.id) AS members
    FROM workspaces w ORDER BY w.slug`);
}
