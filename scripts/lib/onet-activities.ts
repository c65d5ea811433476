/**
 * Reads the O*NET work-activity files (`Tasks to DWAs.txt`, `DWA Reference.txt`; USDOL/ETA,
 * CC BY 4.0) from the reference folder into each task's activities, in O*NET's order.
 * Tab-separated with a header line; errors name the file and the line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LabelledFileError } from "./read-labelled";

export interface Activity {
  dwa: string;
  iwa: string;
  gwa: string;
}

function readTable(path: string, columns: readonly string[]): string[][] {
  let text: string;
  try {
    text = readFileSync(path, "utf8").replace(/^\uFEFF/, "");
  } catch {
    throw new LabelledFileError(`${path}: cannot read the file (does it exist?)`);
  }
  const lines = text.split(/\r?\n/);
  const header = lines[0].split("\t");
  const at = columns.map((c) => header.indexOf(c));
  const missing = columns.filter((_, i) => at[i] < 0);
  if (missing.length > 0) throw new LabelledFileError(`${path}: no column '${missing[0]}' (found: ${header.join(", ")})`);
  const rows: string[][] = [];
  for (let n = 1; n < lines.length; n++) {
    if (lines[n].trim() === "") continue;
    const cells = lines[n].split("\t");
    const row = at.map((i) => (cells[i] ?? "").trim());
    const empty = row.findIndex((v) => v === "");
    if (empty >= 0) throw new LabelledFileError(`${path}: line ${n + 1}: column '${columns[empty]}' is empty`);
    rows.push(row);
  }
  return rows;
}

/** The file that links each task statement to its detailed work activities. */
export const ACTIVITY_LINKS = "Tasks to DWAs.txt";

/** Task ID → its detailed work activities with their IWA and GWA. */
export function readTaskActivities(onetDir: string): Map<string, Activity[]> {
  const dwaFile = join(onetDir, "DWA Reference.txt");
  const linkFile = join(onetDir, ACTIVITY_LINKS);
  const parents = new Map<string, { iwa: string; gwa: string }>();
  for (const [gwa, iwa, dwa] of readTable(dwaFile, ["Element ID", "IWA ID", "DWA ID"])) parents.set(dwa, { iwa, gwa });
  const tasks = new Map<string, Activity[]>();
  for (const [taskId, dwa] of readTable(linkFile, ["Task ID", "DWA ID"])) {
    const parent = parents.get(dwa);
    if (parent === undefined) throw new LabelledFileError(`${linkFile}: DWA '${dwa}' is not in ${dwaFile}`);
    let list = tasks.get(taskId);
    if (list === undefined) tasks.set(taskId, (list = []));
    // The same DWA listed twice for a task (under two occupations) counts once.
    if (!list.some((a) => a.dwa === dwa)) list.push({ dwa, ...parent });
  }
  return tasks;
}
