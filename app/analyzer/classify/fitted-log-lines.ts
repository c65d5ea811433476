/**
 * The shipped calibration of log lines: fitted-log-lines.json (written by scripts/fit-log-lines.ts),
 * checked against its schema once when the classifier loads; a static import, as fitted-model.ts.
 */
import data from "./fitted-log-lines.json" with { type: "json" };
import { readLogLineFile, type LogLineFile } from "./log-line-calibration-file";

export const FITTED_LOG_LINES: LogLineFile = readLogLineFile(data);
