/**
 * The "analysis pending" mark of a workspace (decision 110): set in the transaction of an
 * import that changed the data, cleared in the transaction that stores the analysis of it.
 */
import { eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { workspaces } from "../schema";

export function markAnalysisPending(db: Db, workspaceId: number, now = new Date()): void {
  // The first mark's time stays: it says how long the figures have lagged.
  db.update(workspaces)
    .set({ analysisPendingSince: sql`coalesce(${workspaces.analysisPendingSince}, ${now.toISOString()})` })
    .where(eq(workspaces.id, workspaceId))
    .run();
}

export function clearAnalysisPending(db: Db, workspaceId: number): void {
  db.update(workspaces).set({ analysisPendingSince: null }).where(eq(workspaces.id, workspaceId)).run();
}

export function isAnalysisPending(db: Db, workspaceId: number): boolean {
  const row = db.select({ since: workspaces.analysisPendingSince }).from(workspaces).where(eq(workspaces.id, workspaceId)).get();
  return Boolean(row?.since);
}

export function listPendingAnalyses(db: Db): { id: number; slug: string; since: string }[] {
  return db
    .select({ id: workspaces.id, slug: workspaces.slug, since: workspaces.analysisPendingSince })
    .from(workspaces)
    .where(isNotNull(workspaces.analysisPendingSince))
    .orderBy(workspaces.id)
    .all()
    .map((row) => ({ ...row, since: row.since ?? "" }));
}
