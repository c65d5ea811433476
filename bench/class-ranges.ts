/**
 * How long the Overview's uncertainty ranges take to read (getOrganizationClassRanges), the way
 * a first render after an import meets them: a fresh connection (SQLite's page cache empty, the
 * file in the OS cache) per run, then the same call again on that connection. Prints best and
 * median of the runs. A benchmark, not a test.
 *
 *   npx tsx bench/class-ranges.ts --db COPY.db [--slug million] [--runs 5]
 * Opens the database with migrations (so a copy gets the current schema): never pass an original.
 */
import { parseArgs } from "node:util";
import { openDatabase } from "../db/connection";
import { getOrganizationClassRanges, listGroupClassRanges } from "../db/queries/dashboard";
import { getWorkspaceBySlug } from "../db/queries/workspaces";

const { values } = parseArgs({
  options: { db: { type: "string" }, slug: { type: "string", default: "million" }, runs: { type: "string", default: "5" } },
});
if (!values.db) throw new Error("--db PATH (a copy) is required");
const runs = Number(values.runs);

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `best ${s[0].toFixed(1)} ms, median ${s[Math.floor(s.length / 2)].toFixed(1)} ms`;
};

const measures: Record<string, number[]> = { "organization, fresh connection": [], "organization, same connection": [], "by department, fresh connection": [] };
for (let i = 0; i < runs; i++) {
  for (const [name, call] of [
    ["organization", (c: ReturnType<typeof openDatabase>, ws: number) => getOrganizationClassRanges(c.db, ws, {})],
    ["by department", (c: ReturnType<typeof openDatabase>, ws: number) => listGroupClassRanges(c.db, ws, {}, "department")],
  ] as const) {
    const conn = openDatabase(values.db);
    const ws = getWorkspaceBySlug(conn.db, values.slug)!.id;
    let t = performance.now();
    call(conn, ws);
    measures[`${name}, fresh connection`].push(performance.now() - t);
    if (name === "organization") {
      t = performance.now();
      call(conn, ws);
      measures[`${name}, same connection`].push(performance.now() - t);
    }
    conn.close();
  }
}
for (const [name, xs] of Object.entries(measures)) console.log(`${name}: ${stats(xs)} (${runs} runs)`);
