/**
 * Runs the pipeline with the real classifier. Every door that changes a workspace's data
 * (imports from the CLI, the web page and the demo; `orbital analyze`) comes through here, so
 * stored classifications and roll-ups never lag behind the data. Kept apart from `index.ts`
 * so that importing the pipeline does not load the classifier (tests pass their own).
 */
import type { Connection } from "../connection";
import { CLASSIFIER_VERSION, classifyTask } from "../../app/analyzer/classify";
import { clearAnalysisPending } from "../queries/analysis-pending";
import { faultPoint } from "../../app/faults/fault-points.server";
import { analyzeWorkspace, reapplyOverrides, type AnalysisSummary, type AnalyzeOptions } from "./analyze-workspace";
import { classifyTasksOnThreads } from "./classify-threads";

/**
 * One transaction: the new analysis and the end of the workspace's "analysis pending" mark
 * commit together, so a crash in between leaves the mark for the next process (decision 110).
 */
export function analyzeWorkspaceNow(
  connection: Connection,
  workspaceId: number,
  onProgress?: AnalyzeOptions["onProgress"],
): AnalysisSummary {
  return connection.sqlite.transaction(() => {
    const summary = analyzeWorkspace(connection, workspaceId, classifyTask, {
      classifierVersion: CLASSIFIER_VERSION,
      classifyMany: (texts, total) => classifyTasksOnThreads(texts, { total }),
      onProgress,
    });
    clearAnalysisPending(connection.db, workspaceId);
    faultPoint("analysis.before-commit");
    return summary;
  })();
}

/** After an override: only the roll-ups change, the task log need not be read again. */
export function refreshAfterOverride(connection: Connection, workspaceId: number): void {
  reapplyOverrides(connection, workspaceId);
}
