/** The importers' public surface: pure, streaming, no I/O. */
export { emptyFacts, readTable, TableReader, type FileFacts, type TableBatch, type ReadOptions } from "./read-table";
export { jobsTable, JobRowSchema, JOB_COLUMNS, roleKeyFromTitle, type JobRow } from "./jobs-table";
export { tasksTable, type TaskListRow } from "./tasks-table";
export { logsTable, LogRowSchema, LOG_COLUMNS, type LogRow } from "./logs-table";
export { createRoleResolver, type KnownRole } from "./role-resolver";
export { formatIssue, type ImportIssue } from "./issues";
export { LEVEL_LABELS, parseLevel, ACCEPTED_LEVELS } from "./levels";
export { parseDate, ACCEPTED_DATES } from "./dates";
export { splitResponsibilities } from "./responsibilities";
export type { EncodingName } from "./decode";
