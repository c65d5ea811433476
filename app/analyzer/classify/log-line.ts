/**
 * What counts as a log line rather than a task statement: the rubric rules, the split and the
 * clause reader read short texts differently (decisions 108, 175). Its own module so the clause
 * reader can use it without importing the rules that read its output.
 */
import type { ParsedTask } from "./parse-types";

/** Content words at most in a log line: 94% of the labelled timesheet lines, 6% of O*NET statements. */
export const LOG_LINE_WORDS = 4;

export const isLogLine = (parsed: ParsedTask) => parsed.lemmas.length <= LOG_LINE_WORDS;

/**
 * Content words at most in a longer line, not written as a sentence, that the log-line stage
 * still reads (decisions 187, 188): the rules keep reading it as a statement.
 */
export const STAGE_LINE_WORDS = 8;

/**
 * The texts the log-line stage (log-line-stage.ts) corrects: texts of up to eight content words
 * not written as a sentence, typed as a log line or a bare bullet ("Draft SOW for janitorial
 * services"); never a sentence ("Answer telephones." is an O*NET statement, however short).
 * Decision 187 left bare bullets out, to keep job-description bullets as statements; with seven
 * more labelled parts they read better with the stage (decision 188).
 */
export const takesLogLineStage = (parsed: ParsedTask) => parsed.style !== "sentence" && parsed.lemmas.length <= STAGE_LINE_WORDS;
