import type { Connection } from "../connection";
import { classifyPendingTexts, type Classify, type ClassifyMany } from "./classify-texts";
import { recomputeRollups, type RollupSummary } from "./rollups";
import { recomputeTaskHours, type TaskHoursSummary } from "./task-hours";

export interface AnalyzeOptions {
  /** Texts classified by another version are classified again. */
  classifierVersion: string;
  /** The classifier for many texts at once, used instead of `classify` when given (it is faster). */
  classifyMany?: ClassifyMany;
  now?: Date;
  onProgress?: (event: { stage: "classify" | "hours" | "rollups"; done: number; total: number }) => void;
}

export interface AnalysisSummary extends TaskHoursSummary, RollupSummary {
  classified: number;
  /** Wall-clock milliseconds per stage. */
  timings: { classify: number; hours: number; rollups: number };
}

/**
 * Recomputes a workspace's classifications and stored analysis in one transaction: classify
 * new texts, rebuild hours per role and text from the task log (or statements), then the
 * roll-ups with overrides applied. Readers see the old analysis until it commits.
 */
export function analyzeWorkspace(conn: Connection, workspaceId: number, classify: Classify, options: AnalyzeOptions): AnalysisSummary {
  const run = conn.sqlite.transaction(() => {
    let t = performance.now();
    const classified = classifyPendingTexts(conn.sqlite, workspaceId, classify, options.classifierVersion, (done, total) =>
      options.onProgress?.({ stage: "classify", done, total }),
      options.classifyMany,
    );
    const classifyMs = performance.now() - t;
    t = performance.now();
    const hours = recomputeTaskHours(conn.sqlite, workspaceId);
    options.onProgress?.({ stage: "hours", done: 1, total: 1 });
    const hoursMs = performance.now() - t;
    t = performance.now();
    const rollups = recomputeRollups(conn, workspaceId, { now: options.now });
    options.onProgress?.({ stage: "rollups", done: 1, total: 1 });
    return {
      classified,
      ...hours,
      ...rollups,
      timings: { classify: classifyMs, hours: hoursMs, rollups: performance.now() - t },
    };
  });
  return run();
}

/** After an override: only the roll-ups change, the task log is not read. */
export function reapplyOverrides(conn: Connection, workspaceId: number, options: { now?: Date } = {}): RollupSummary {
  return conn.sqlite.transaction(() => recomputeRollups(conn, workspaceId, options))();
}
