import { eq } from "drizzle-orm";
import type { Db } from "../connection";
import { workspaces } from "../schema";

/** The workspace's k-threshold; figures from fewer people are suppressed. */
export function kThresholdOf(db: Db, workspaceId: number): number {
  const row = db.select({ k: workspaces.kThreshold }).from(workspaces).where(eq(workspaces.id, workspaceId)).get();
  if (!row) throw new Error(`workspace ${workspaceId} does not exist`);
  return row.k;
}
