/**
 * Where a page's server time goes: each query function behind the dashboards (and the CSV
 * exports' table builders) timed in-process on the benchmark database, median and max of a
 * few runs, without HTTP, React rendering or other requests in the way.
 */
import { DEFAULT_SCENARIO } from "../../app/analyzer/scenario";
import { departmentsCsv, rolesCsv } from "../../app/exports/figures-csv.server";
import { overridesCsv, tasksCsv } from "../../app/exports/tasks-csv.server";
import { openDatabase } from "../../db/connection";
import {
  getAtomizationTree,
  getOrganizationClassShares,
  getRedesignScenario,
  getRoleRedesign,
  getRoleTasks,
  getSeniorityCompression,
  getWorkspaceSummary,
  listFilterOptions,
  listGroupClassShares,
  listRoleSummaries,
} from "../../db/queries/dashboard";
import { listReviewQueue } from "../../db/queries/review";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";

const RUNS = 9;

export function profileQueries(dbPath: string, slug: string, roleId: number, log: (line: string) => void): void {
  const conn = openDatabase(dbPath, { migrate: false });
  try {
    const ws = getWorkspaceBySlug(conn.db, slug)!;
    const db = conn.db;
    const f = {};
    const k = ws.kThreshold;
    const queries: [string, () => unknown][] = [
      ["listFilterOptions (every page)", () => listFilterOptions(db, ws.id)],
      ["getWorkspaceSummary", () => getWorkspaceSummary(db, ws.id, f)],
      ["getOrganizationClassShares", () => getOrganizationClassShares(db, ws.id, f)],
      ["listGroupClassShares(department)", () => listGroupClassShares(db, ws.id, f, "department")],
      ["listRoleSummaries", () => listRoleSummaries(db, ws.id, f)],
      ["getSeniorityCompression", () => getSeniorityCompression(db, ws.id, f)],
      ["getRedesignScenario", () => getRedesignScenario(db, ws.id, f, DEFAULT_SCENARIO)],
      ["getAtomizationTree", () => getAtomizationTree(db, ws.id, f)],
      [`getRoleTasks(role ${roleId})`, () => getRoleTasks(db, ws.id, roleId)],
      [`getRoleRedesign(role ${roleId})`, () => getRoleRedesign(db, ws.id, roleId)],
      ["listReviewQueue(50)", () => listReviewQueue(db, ws.id, { limit: 50 })],
      ["roles.csv table", () => rolesCsv(db, ws.id, f, k)],
      ["departments.csv table", () => departmentsCsv(db, ws.id, f, k)],
      ["tasks.csv table (all rows)", () => [...tasksCsv(db, ws.id, f, k).rows]],
      ["overrides.csv table", () => overridesCsv(db, ws.id)],
    ];
    const width = Math.max(...queries.map(([name]) => name.length));
    log(`\nquery functions in-process, ${RUNS} runs each (ms):\n  ${"".padEnd(width)}  wall p50  wall max  CPU mean`);
    for (const [name, run] of queries) {
      const times: number[] = [];
      const cpu = process.cpuUsage();
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        run();
        times.push(performance.now() - start);
      }
      const used = process.cpuUsage(cpu);
      times.sort((a, b) => a - b);
      const cpuMs = (used.user + used.system) / 1000 / RUNS;
      log(`  ${name.padEnd(width)}  ${times[Math.floor(RUNS / 2)].toFixed(1).padStart(8)}  ${times[RUNS - 1].toFixed(1).padStart(8)}  ${cpuMs.toFixed(1).padStart(8)}`);
    }
  } finally {
    conn.close();
  }
}
