/**
 * "Any CSV with a column of task texts": what `orbital classify` reads. Every column is kept as
 * written (the command writes the file back with columns added); only the task column must be
 * there. Decoding, delimiters and line numbers are the same as for job descriptions and logs.
 */
import { headerKey, type HeaderMatch } from "./headers";
import { issue } from "./issues";
import type { TableSpec } from "./table";

export interface TaskListRow {
  /** Every cell of the record, in the file's column order. */
  cells: string[];
  /** The task column's text (may be empty). */
  task: string;
}

export function tasksTable(column: string): TableSpec<"task", TaskListRow> {
  return {
    kind: "tasks",
    columns: [{ key: "task", name: column, aliases: [], required: false }],
    checkHeader(match: HeaderMatch<"task">, cells, line) {
      if (match.index.task !== undefined) return [];
      const found = cells.filter((c) => headerKey(c) !== "").join(", ");
      return [issue(line, null, `a column named "${column}" holding the task texts (choose another with --column)`, found)];
    },
    createValidator(match) {
      const at = match.index.task!;
      return (cells) => ({ row: { cells: [...cells], task: cells[at] ?? "" } });
    },
  };
}
