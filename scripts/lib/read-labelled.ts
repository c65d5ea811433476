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
