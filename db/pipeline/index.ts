/**
 * The pipeline that stores the analyzer's results: classify new task texts, rebuild hours per
 * role and text, then the roll-ups with overrides applied. `refresh.ts` runs it with the real
 * classifier; tests call `analyzeWorkspace` with a table classifier.
 */
export { analyzeWorkspace, reapplyOverrides, type AnalysisSummary, type AnalyzeOptions } from "./analyze-workspace";
export type { Classify } from "./classify-texts";
