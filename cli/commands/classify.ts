/**
 * `orbital classify FILE [--column task] [--out OUT.csv]`: appends class, confidence, the three
 * class probabilities (p_automatable, p_democratized, p_specialized: sum 1; confidence is the
 * chosen class's), atom and rationale to every row of any CSV with a task-text column, without importing anything.
 *
 * The file is read through the importers (encodings, delimiters, line numbers) twice: once to
 * check it, so a bad file writes nothing at all; then to classify and write row by row, so a
 * large file never sits in memory.
 */
import { createWriteStream, existsSync, renameSync, rmSync, statSync } from "node:fs";
import type { Writable } from "node:stream";
import type { Command } from "commander";
import { normalizeTaskText } from "../../app/analyzer/normalize";
import type { Classification } from "../../app/analyzer/taxonomy";
import { csvLine } from "../../app/csv/write-csv";
import { fileSource, type ImportSource } from "../../app/imports/source.server";
import { classifyTasksOnThreads } from "../../db/pipeline/classify-threads";
import { readTable, tasksTable } from "../../importers";
import { CliError, EXIT } from "../errors";
import { listProblems } from "../problems";

export const ADDED_COLUMNS = ["class", "confidence", "p_automatable", "p_democratized", "p_specialized", "atom", "rationale"] as const;

export interface ClassifyOptions {
  column: string;
  out?: string;
}

export async function runClassify(file: string, options: ClassifyOptions): Promise<{ rows: number; distinct: number }> {
  if (!existsSync(file)) throw new CliError(`${file}: no such file`, EXIT.usage);
  if (statSync(file).isDirectory()) throw new CliError(`${file}: is a directory, not a CSV file`, EXIT.usage);
  const source = fileSource(file);
  // The file's row count bounds its distinct texts: a large file has helper threads start (classify-threads.ts).
  const total = await checkFile(file, source, options.column);

  // Written to a temporary name and renamed at the end, so --out never holds half a result.
  const partial = options.out ? `${options.out}.partial` : undefined;
  const out: Writable = partial ? createWriteStream(partial) : process.stdout;
  const cache = new Map<string, Classification | null>();
  let rows = 0;
  try {
    const reader = readTable(source.open(), tasksTable(options.column));
    let wroteHeader = false;
    for await (const batch of reader) {
      if (!wroteHeader) {
        await write(out, csvLine([...reader.facts.header, ...ADDED_COLUMNS]) + "\r\n");
        wroteHeader = true;
      }
      // One classification per distinct normalized text: a log repeats the same few tasks. The
      // batch's new texts are classified together, on every core (db/pipeline/classify-threads.ts).
      const keys = batch.rows.map(({ task }) => normalizeTaskText(task));
      const fresh = new Map<string, string>();
      batch.rows.forEach(({ task }, i) => {
        const key = keys[i];
        if (!key) cache.set(key, null);
        else if (!cache.has(key) && !fresh.has(key)) fresh.set(key, task);
      });
      const results = classifyTasksOnThreads([...fresh.values()], { total });
      [...fresh.keys()].forEach((key, i) => cache.set(key, results[i]));
      const lines = batch.rows.map(({ cells }, i) => {
        const result = cache.get(keys[i]);
        const p = result?.probabilities;
        return csvLine([...cells, result?.class, result?.confidence, p?.automatable, p?.democratized, p?.specialized, result?.atom, result?.rationale]);
      });
      rows += lines.length;
      if (lines.length) await write(out, lines.join("\r\n") + "\r\n");
    }
    if (partial) {
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      renameSync(partial, options.out!);
    }
  } catch (error) {
    if (partial) rmSync(partial, { force: true });
    throw error;
  }
  return { rows, distinct: [...cache.keys()].filter(Boolean).length };
}

/** The first pass: every problem of the file, or nothing; its number of rows. */
async function checkFile(file: string, source: ImportSource, column: string): Promise<number> {
  const reader = readTable(source.open(), tasksTable(column));
  const issues = [];
  for await (const batch of reader) issues.push(...batch.issues);
  if (reader.issueCount > 0) {
    const lines = listProblems(file, issues, reader.issueCount);
    lines.push(`${file}: not classified, nothing was written (${reader.issueCount} problem${reader.issueCount === 1 ? "" : "s"}).`);
    throw new CliError(lines.join("\n"), EXIT.rejected);
  }
  return reader.rowsRead;
}

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = out.write(text, (error) => (error ? reject(error) : undefined));
    if (ok) resolve();
    else out.once("drain", resolve);
  });
}

export function registerClassify(program: Command): void {
  program
    .command("classify")
    .description("classify every task in a CSV as automatable, democratized or specialized (adds class, confidence, atom, rationale)")
    .argument("<file>", "CSV file with a column of task texts (UTF-8, UTF-16 with BOM or Windows-1252; comma, semicolon or tab)")
    .option("--column <name>", "the column holding the task texts (case and spacing ignored)", "task")
    .option("--out <file>", "write the result here instead of to standard output")
    .addHelpText("after", "\nExit codes: 0 classified, 1 file rejected (nothing written), 2 usage error.")
    .action(async (file: string, options: ClassifyOptions) => {
      const { rows, distinct } = await runClassify(file, options);
      if (options.out) process.stderr.write(`classified ${rows} rows (${distinct} distinct task texts) into ${options.out}\n`);
    });
}
