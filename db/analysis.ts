/** The analysis pipeline's entry points (see db/analysis/). */
export { analyzeWorkspace, reapplyOverrides, type AnalysisSummary, type AnalyzeOptions } from "./analysis/analyze-workspace";
export type { Classify } from "./analysis/classify-texts";
