/**
 * The Overview's uncertainty ranges (getOrganizationClassRanges, decision 178), timed the way a
 * first render after an import meets them: a fresh connection per run (SQLite's page cache
 * empty, the file in the OS cache). Each run times the stored sums and, in the same run, the
 * task-hours query they replace (the readers' fallback, reached by deleting the stored sums in
 * a transaction that is rolled back), and checks that both give the same ranges for the whole
 * workspace and every department. A benchmark, not a test.
 *
 *   npx tsx bench/class-ranges.ts --db COPY.db [--slug million] [--runs 5]
 * Opening migrates the file (and stores its sums if it has none): pass a copy, never an original.
 */
import { parseArgs } from "node:util";
import type { ClassShareRanges } from "../app/analyzer/share-range";
import { TASK_CLASSES } from "../app/analyzer/taxonomy";
import { openDatabase, type Connection } from "../db/connection";
import { getOrganizationClassRanges, listFilterOptions, listGroupClassRanges, type DashboardFilter } from "../db/queries/dashboard";
import { getWorkspaceBySlug } from "../db/queries/workspaces";

const { values } = parseArgs({
  options: { db: { type: "string" }, slug: { type: "string", default: "million" }, runs: { type: "string", default: "5" } },
});
if (!values.db) throw new Error("--db PATH (a copy) is required");
const runs = Number(values.runs);

/** `read` on the task-hours path: the stored sums deleted inside a transaction rolled back after. */
function withoutStoredSums<T>(conn: Connection, read: () => T): T {
  conn.sqlite.exec("BEGIN");
  try {
    conn.sqlite.exec("DELETE FROM class_range_sums");
    return read();
  } finally {
    conn.sqlite.exec("ROLLBACK");
  }
}

function timed<T>(read: () => T): [T, number] {
  const t = performance.now();
  const value = read();
  return [value, performance.now() - t];
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { best: s[0], median: s[Math.floor(s.length / 2)] };
};
const ms = (x: number) => `${x.toFixed(1)} ms`;

const stored: number[] = [];
const old: number[] = [];
let maxDifference = 0;
let compared = 0;
const difference = (a: ClassShareRanges | null | undefined, b: ClassShareRanges | null | undefined) => {
  if (!a || !b) return a == b ? 0 : Infinity;
  compared++;
  return Math.max(...TASK_CLASSES.flatMap((c) => (["expected", "low", "high"] as const).map((k) => Math.abs(a[c][k] - b[c][k]))));
};

for (let i = 0; i < runs; i++) {
  // The first call on a fresh connection each, so neither profits from the other's page cache.
  for (const path of ["stored", "old"] as const) {
    const conn = openDatabase(values.db);
    const ws = getWorkspaceBySlug(conn.db, values.slug)!.id;
    const read = () => getOrganizationClassRanges(conn.db, ws, {});
    const [, took] = path === "stored" ? timed(read) : withoutStoredSums(conn, () => timed(read));
    (path === "stored" ? stored : old).push(took);
    conn.close();
  }
}

const conn = openDatabase(values.db);
const ws = getWorkspaceBySlug(conn.db, values.slug)!.id;
const filters: DashboardFilter[] = [{}, ...listFilterOptions(conn.db, ws).departments.map((d) => ({ department: [d] }))];
const answers = () => ({
  organization: filters.map((f) => getOrganizationClassRanges(conn.db, ws, f)),
  departments: listGroupClassRanges(conn.db, ws, {}, "department"),
});
const fast = answers();
const slow = withoutStoredSums(conn, answers);
fast.organization.forEach((r, i) => (maxDifference = Math.max(maxDifference, difference(r, slow.organization[i]))));
for (const [key, r] of slow.departments) maxDifference = Math.max(maxDifference, difference(fast.departments.get(key), r));
if (fast.departments.size !== slow.departments.size) maxDifference = Infinity;
conn.close();

const s = stats(stored);
const o = stats(old);
console.log(`getOrganizationClassRanges, first call on a fresh connection, ${runs} runs:`);
console.log(`  stored sums        best ${ms(s.best)}, median ${ms(s.median)}`);
console.log(`  task-hours query   best ${ms(o.best)}, median ${ms(o.median)}   (stored / query: ${(s.median / o.median).toFixed(4)}× by median)`);
console.log(`same ranges: ${compared} comparisons (workspace, each department alone, per department), max |difference| ${maxDifference.toExponential(2)}`);
