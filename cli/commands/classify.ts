/**
 * `orbital classify FILE [--column task] [--out OUT.csv]`: appends class, confidence, atom and
 * rationale to every row of any CSV with a task-text column, without importing anything.
 */
import { writeFileSync } from "node:fs";
import type { Command } from "commander";
import { classifyTask } from "../../app/analyzer/classify/index";
import { normalizeTaskText } from "../../app/analyzer/normalize";
import type { Classification } from "../../app/analyzer/taxonomy";
import { toCsv, type CsvValue } from "../../app/csv/write-csv";
import { CliError, EXIT } from "../errors";
import { readTable } from "../read-table";

export const ADDED_COLUMNS = ["class", "confidence", "atom", "rationale"] as const;

export interface ClassifyOptions {
  column: string;
  out?: string;
}

export function runClassify(file: string, options: ClassifyOptions): { rows: number; distinct: number } {
  const table = readTable(file);
  const at = findColumn(table.columns, options.column);
  if (at < 0) {
    throw new CliError(`${file}: no column '${options.column}' (columns found: ${table.columns.join(", ")}); choose one with --column`, EXIT.rejected);
  }
  // One classification per distinct normalized text: a log repeats the same few tasks.
  const cache = new Map<string, Classification | null>();
  const rows: CsvValue[][] = table.rows.map((row) => {
    const text = row[at] ?? "";
    const key = normalizeTaskText(text);
    let result = cache.get(key);
    if (result === undefined) {
      result = key ? classifyTask(text) : null;
      cache.set(key, result);
    }
    return [...row, result?.class, result?.confidence, result?.atom, result?.rationale];
  });
  const csv = toCsv([...table.columns, ...ADDED_COLUMNS], rows);
  if (options.out) writeFileSync(options.out, csv);
  else process.stdout.write(csv);
  return { rows: rows.length, distinct: [...cache.keys()].filter(Boolean).length };
}

/** Exact name first, then ignoring case and surrounding spaces ("Task " matches task). */
function findColumn(columns: readonly string[], name: string): number {
  const exact = columns.indexOf(name);
  if (exact >= 0) return exact;
  const wanted = name.trim().toLowerCase();
  return columns.findIndex((c) => c.trim().toLowerCase() === wanted);
}

export function registerClassify(program: Command): void {
  program
    .command("classify")
    .description("Classify every task in a CSV as automatable, democratized or specialized (adds class, confidence, atom, rationale).")
    .argument("<file>", "CSV file with a column of task texts")
    .option("--column <name>", "the column holding the task texts", "task")
    .option("--out <file>", "write the result here instead of to standard output")
    .action((file: string, options: ClassifyOptions) => {
      const { rows, distinct } = runClassify(file, options);
      if (options.out) process.stderr.write(`classified ${rows} rows (${distinct} distinct task texts) into ${options.out}\n`);
    });
}
