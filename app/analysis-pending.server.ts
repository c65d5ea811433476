/**
 * Finishing analyses that a committed import left pending (docs/decisions/110-pending-analysis.md).
 *
 * An import marks its workspace "analysis pending" in its own transaction; the analysis clears
 * the mark in its. Whoever opens the database next — the importing process itself right after
 * its commit, the server at start, any CLI command, the next dashboard request — finishes the
 * work before it shows figures. A crash at any instant therefore leaves the old data with the
 * old figures, or the new data with the mark, which the next process turns into new figures.
 */
import type { Connection } from "../db/connection";
import { isAnalysisPending, listPendingAnalyses } from "../db/queries/analysis-pending";
import { lockWaitMs, withWriteLock, type LockWaitOptions } from "../db/write-lock";

export interface FinishOptions extends Partial<LockWaitOptions> {
  onStart?(workspace: { id: number; slug: string }): void;
}

/**
 * Analyses the workspace if it is still marked pending, under the write lock (waiting for other
 * writers as `ORBITAL_LOCK_WAIT_S` allows). False when another process had done it already.
 */
export async function finishPendingAnalysis(connection: Connection, workspaceId: number, options: Partial<LockWaitOptions> = {}): Promise<boolean> {
  // The classifier's language model (~40 MB) loads only when there is work.
  const { analyzeWorkspaceNow } = await import("../db/pipeline/refresh");
  const { value } = await withWriteLock(connection.sqlite, { maxWaitMs: options.maxWaitMs ?? lockWaitMs(), onWait: options.onWait }, () => {
    // Checked again under the lock: another process may have finished it while we waited.
    if (!isAnalysisPending(connection.db, workspaceId)) return false;
    analyzeWorkspaceNow(connection, workspaceId);
    return true;
  });
  return value;
}

/** Every workspace's pending analysis; returns the slugs it analysed. For server start and the CLI. */
export async function finishAllPendingAnalyses(connection: Connection, options: FinishOptions = {}): Promise<string[]> {
  const done: string[] = [];
  for (const workspace of listPendingAnalyses(connection.db)) {
    options.onStart?.(workspace);
    if (await finishPendingAnalysis(connection, workspace.id, options)) done.push(workspace.slug);
  }
  return done;
}
