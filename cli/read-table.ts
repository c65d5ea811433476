/**
 * Reads a whole CSV file into a header and rows, for commands that take "any CSV". Kept to one
 * small function so the shared decoder in importers/ (encodings, delimiters) can replace it.
 */
import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { CliError, EXIT } from "./errors";

export interface Table {
  columns: string[];
  rows: string[][];
}

export function readTable(path: string): Table {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot be read";
    throw new CliError(`${path}: ${why}`, EXIT.usage);
  }
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const fatal = parsed.errors.find((e) => e.type === "Quotes");
  if (fatal) throw new CliError(`${path}: line ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const [columns = [], ...rows] = parsed.data;
  if (columns.length === 0) throw new CliError(`${path}: the file is empty (expected a header line)`);
  return { columns, rows };
}
