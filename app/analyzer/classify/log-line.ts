/**
 * What counts as a log line rather than a task statement: the rubric rules, the split and the
 * clause reader read short texts differently (decisions 108, 175). Its own module so the clause
 * reader can use it without importing the rules that read its output.
 */
import type { ParsedTask } from "./parse-types";

/** Content words at most in a log line: 94% of the labelled timesheet lines, 6% of O*NET statements. */
export const LOG_LINE_WORDS = 4;

export const isLogLine = (parsed: ParsedTask) => parsed.lemmas.length <= LOG_LINE_WORDS;
