import { and, desc, eq, lt } from "drizzle-orm";
import type { Db } from "../connection";
import { auditEvents } from "../schema";
import { withoutRevisionChange } from "./revision";

export interface AuditInput {
  workspaceId?: number | null;
  workspaceSlug?: string | null;
  /** The signed-in user's e-mail, or "cli" / "system". */
  actor: string;
  actorUserId?: number | null;
  /** Dotted verb, e.g. "membership.grant", "workspace.delete", "import.logs", "export.csv". */
  action: string;
  /** What happened, as plain JSON-able values. Never raw employee identifiers. */
  detail?: Record<string, unknown>;
}

export interface AuditEvent {
  id: number;
  at: string;
  workspaceId: number | null;
  workspaceSlug: string | null;
  actor: string;
  actorUserId: number | null;
  action: string;
  detail: Record<string, unknown>;
}

/**
 * An audit row changes no figure and no cached page (the Settings page that lists them is not
 * cached), so recording one (a download, a page view) leaves the cache revision alone (decision 114).
 */
export function recordAudit(db: Db, input: AuditInput): void {
  withoutRevisionChange(db, () => insertAuditRow(db, input));
}

function insertAuditRow(db: Db, input: AuditInput): void {
  db.insert(auditEvents)
    .values({
      workspaceId: input.workspaceId ?? null,
      workspaceSlug: input.workspaceSlug ?? null,
      actor: input.actor,
      actorUserId: input.actorUserId ?? null,
      action: input.action,
      detail: JSON.stringify(input.detail ?? {}),
    })
    .run();
}

/**
 * Newest first. `workspaceId` limits to one workspace (the settings page); without it, the whole
 * installation's log. `beforeId` pages backwards.
 */
export function listAudit(
  db: Db,
  options: { workspaceId?: number; limit?: number; beforeId?: number } = {},
): AuditEvent[] {
  const conditions = [];
  if (options.workspaceId !== undefined) conditions.push(eq(auditEvents.workspaceId, options.workspaceId));
  if (options.beforeId !== undefined) conditions.push(lt(auditEvents.id, options.beforeId));
  const rows = db
    .select()
    .from(auditEvents)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(desc(auditEvents.id))
    .limit(options.limit ?? 100)
    .all();
  return rows.map((row) => ({ ...row, detail: parseDetail(row.detail) }));
}

function parseDetail(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { text };
  }
}
