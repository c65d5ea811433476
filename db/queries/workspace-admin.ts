import { eq } from "drizzle-orm";
import type { Db } from "../connection";
import { workspaces } from "../schema";

/** Smallest k a workspace may use: k = 1 would show single people's figures. */
export const MIN_K_THRESHOLD = 2;

export function setKThreshold(db: Db, workspaceId: number, k: number): void {
  if (!Number.isInteger(k) || k < MIN_K_THRESHOLD) {
    throw new Error(`k-threshold must be a whole number of at least ${MIN_K_THRESHOLD}, got ${k}.`);
  }
  db.update(workspaces).set({ kThreshold: k }).where(eq(workspaces.id, workspaceId)).run();
}

/**
 * Removes the workspace and, through the schema's ON DELETE CASCADE, every row that carries its
 * id (imports, roles, texts, logs, employees, overrides, analysis, memberships). Audit events
 * have no foreign key and stay.
 */
export function deleteWorkspace(db: Db, workspaceId: number): boolean {
  return db.delete(workspaces).where(eq(workspaces.id, workspaceId)).run().changes > 0;
}
