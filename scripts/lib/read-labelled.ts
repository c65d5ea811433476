/**
 * Reading a labelled task CSV (columns `task`, `label`, optionally `task_id`) for the fitting
 * and evaluation scripts. Papaparse with the BOM stripped; errors name the file and the column.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import Papa from "papaparse";

export interface LabelledFile {
  path: string;
  sha256: string;
  columns: string[];
  rows: Record<string, string>[];
}

export class LabelledFileError extends Error {}

/** A file's sha256 in lower-case hex: how fitted files name what they were fitted on. */
export function fileSha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export function readLabelledFile(path: string, required: readonly string[] = ["task", "label"]): LabelledFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch {
    throw new LabelledFileError(`${path}: cannot read the file (does it exist?)`);
  }
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  const columns = parsed.meta.fields ?? [];
  for (const column of required) {
    if (!columns.includes(column)) {
      throw new LabelledFileError(`${path}: no column '${column}' (found: ${columns.join(", ") || "none"})`);
    }
  }
  const problem = parsed.errors.find((e) => e.type !== "FieldMismatch" || e.code !== "TooFewFields");
  if (problem) throw new LabelledFileError(`${path}: line ${(problem.row ?? 0) + 2}: ${problem.message}`);
  return { path, sha256, columns, rows: parsed.data };
}

/** Runs a script's `main`, turning a bad labelled file into its message and exit code 1 (no stack trace). */
export function runLabelledScript(main: () => number): void {
  try {
    process.exitCode = main();
  } catch (error) {
    if (!(error instanceof LabelledFileError)) throw error;
    process.stderr.write(error.message + "\n");
    process.exitCode = 1;
  }
}

/** One row of a hand-labelled fixture: the text, its label, its part, the function it comes from and why. */
export interface ReasonedRow<L extends string, P extends string> {
  task: string;
  label: L;
  part: P;
  function: string;
  reason: string;
}

/**
 * A hand-labelled fixture (columns task, the label column, part, function, reason): every label
 * among `labels`, every part among `parts`, every row with its one-line reason; errors name the
 * file, line and column.
 */
export function readReasonedFile<L extends string, P extends string>(
  path: string,
  labelColumn: string,
  labels: readonly L[],
  parts: readonly P[],
): ReasonedRow<L, P>[] {
  const file = readLabelledFile(path, ["task", labelColumn, "part", "function", "reason"]);
  return file.rows.map((r, i) => {
    const where = `${path}: line ${i + 2}`;
    const label = r[labelColumn];
    if (!(labels as readonly string[]).includes(label)) throw new LabelledFileError(`${where}, column '${labelColumn}': expected one of ${labels.join(", ")}, found '${label}'`);
    if (!(parts as readonly string[]).includes(r.part)) throw new LabelledFileError(`${where}, column 'part': expected one of ${parts.join(", ")}, found '${r.part}'`);
    if (!r.reason?.trim()) throw new LabelledFileError(`${where}, column 'reason': every line needs its one-line reason`);
    return { task: r.task, label: label as L, part: r.part as P, function: r.function, reason: r.reason };
  });
}
