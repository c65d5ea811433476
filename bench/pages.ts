/**
 * `npm run bench:pages`: each dashboard page's server response under concurrent load, on a
 * workspace with the demo's 52 roles and the million-row task log, and the JavaScript each
 * page sends to the browser. A benchmark, not a test: it prints figures. Goals (issue 4):
 * p95 < 100 ms per page on the 2-core machine, JS < 250 KB gzipped.
 *
 *   npm run bench:pages                          build a fresh database in a temp folder (minutes)
 *   npm run bench:pages -- --db PATH             build it at PATH once, reuse it on later runs
 *   npm run bench:pages -- --logs FILE           use an existing million-row log instead of generating one
 *   npm run bench:pages -- --connections 10 --duration 10 --warmup 2 --only roles
 *
 * It starts the built server (`node server.js`) on the database, signs in as a viewer, and
 * runs autocannon against every page under /w/:workspace in the build's route manifest:
 * the HTML document and the `.data` request of client-side navigation, first with one
 * connection (the time one request takes: its service time), then with `--connections` (what
 * people see when several load pages at once: the service time plus the wait in the queue of
 * a single-threaded server). CSV exports are files one person downloads: one connection.
 * Then it times the query functions behind the pages in-process, to say where time goes.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { ServerBuild } from "@remix-run/node";
import { ensureBuild } from "../scripts/ensure-build.js";
import { loginCookie } from "../test/support/auth";
import { startServer } from "../test/support/server";
import { BENCH_EMAIL, BENCH_SLUG, ensureBenchDatabase } from "./pages/build-database";
import { pageJsSize } from "./pages/js-size";
import { measure, type LoadResult } from "./pages/load";
import { processCpuMs } from "./pages/process-cpu";
import { profileQueries } from "./pages/profile";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    logs: { type: "string" },
    connections: { type: "string", default: "10" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    only: { type: "string" },
    "no-profile": { type: "boolean", default: false },
  },
});
const ROOT = resolve(import.meta.dirname, "..");
const GOAL_P95_MS = 100;
const GOAL_JS_KB = 250;
const load = { connections: Number(values.connections), duration: Number(values.duration), warmup: Number(values.warmup) };
const log = (line: string) => console.log(line);

ensureBuild();
const build = (await import(pathToFileURL(join(ROOT, "build/server/index.js")).href)) as ServerBuild;
const workDir = mkdtempSync(join(tmpdir(), "orbital-bench-pages-"));
const dbPath = resolve(values.db ?? join(workDir, "bench.db"));
await ensureBenchDatabase(dbPath, { logs: values.logs, workDir, log });
const biggestRole = await biggestRoleId(dbPath);

interface Page {
  routeId: string;
  pattern: string;
  path: string;
  isDocument: boolean;
}

function pagesInBuild(): Page[] {
  const patternOf = (id: string): string => {
    const route = build.routes[id];
    const parent = route.parentId ? patternOf(route.parentId) : "";
    return route.path ? `${parent.replace(/\/$/, "")}/${route.path}` : parent;
  };
  const parents = new Set(Object.values(build.routes).map((r) => r.parentId));
  const pages: Page[] = [];
  for (const route of Object.values(build.routes)) {
    if (route.id === "root" || (!route.index && parents.has(route.id))) continue;
    const pattern = patternOf(route.id);
    if (!pattern.startsWith("/w/:workspace")) continue;
    const segments = pattern.split("/").map((s) => (s === ":workspace" ? BENCH_SLUG : s === ":roleId" ? String(biggestRole) : s));
    if (segments.some((s) => s.startsWith(":"))) {
      log(`skipped ${pattern}: no value for its parameters`);
      continue;
    }
    pages.push({ routeId: route.id, pattern, path: segments.join("/"), isDocument: typeof route.module.default === "function" });
  }
  return pages.filter((p) => !values.only || p.pattern.includes(values.only)).sort((a, b) => a.pattern.localeCompare(b.pattern));
}

const server = await startServer({ dbPath, env: { ORBITAL_DEMO: "0" } });
const rows: { page: Page; kind: string; single?: LoadResult; result: LoadResult | string; jsKb?: number }[] = [];
try {
  const cookie = await loginCookie(server.url, BENCH_EMAIL);
  log(`server ${server.url}; ${load.connections} connections, ${load.warmup} s warm-up + ${load.duration} s per request kind\n`);
  for (const page of pagesInBuild()) {
    const kinds: [string, string][] = page.isDocument
      ? [["document", page.path], [".data", `${page.path.replace(/\/$/, "")}.data`]]
      : [["file", page.path]];
    const jsKb = page.isDocument ? pageJsSize(build, join(ROOT, "build/client"), page.routeId).gzipBytes / 1024 : undefined;
    for (const [kind, path] of kinds) {
      const probe = await fetch(`${server.url}${path}`, { headers: { cookie }, redirect: "manual" });
      await probe.arrayBuffer();
      if (probe.status !== 200) {
        rows.push({ page, kind, result: `HTTP ${probe.status}: not measured`, jsKb });
        continue;
      }
      const url = `${server.url}${path}`;
      const serverCpuMs = () => processCpuMs(server.pid);
      const single = await measure(url, cookie, { connections: 1, duration: Math.min(3, load.duration), warmup: Math.min(1, load.warmup), serverCpuMs });
      const result = page.isDocument ? await measure(url, cookie, { ...load, serverCpuMs }) : single;
      rows.push({ page, kind, single, result, jsKb });
      log(`${page.pattern} ${kind}: 1 connection p50 ${ms(single.p50)} ms; ${page.isDocument ? load.connections : 1} connections p95 ${ms(result.p95)} ms, ${result.requestsPerSecond.toFixed(0)} req/s`);
    }
  }
} finally {
  await server.stop();
}

printTable();
if (!values["no-profile"]) profileQueries(dbPath, BENCH_SLUG, biggestRole, log);
if (!values.db) rmSync(workDir, { recursive: true, force: true });
else log(`\ndatabase kept at ${dbPath}`);

function ms(value: number | null): string {
  return value === null ? "–" : value.toFixed(1);
}

function printTable() {
  const header = ["page", "kind", "CPU ms/req", "1 conn p50", "conns", "req/s", "p50 ms", "p95 ms", "p99 ms", "failed", "JS gzip KB", "goals"];
  const lines = rows.map(({ page, kind, single, result, jsKb }) => {
    const js = jsKb === undefined ? "" : jsKb.toFixed(1);
    const jsOk = jsKb === undefined || jsKb < GOAL_JS_KB;
    if (typeof result === "string") return [page.pattern, kind, result, "", "", "", "", "", "", "", js, ""];
    const failed = result.non2xx + result.errors + (single ? single.non2xx + single.errors : 0);
    const ok = result.p95 !== null && result.p95 < GOAL_P95_MS && failed === 0;
    const goals = !page.isDocument ? "(file)" : ok && jsOk ? "met" : `NOT MET${ok ? "" : " (p95)"}${jsOk ? "" : " (JS)"}`;
    return [
      page.pattern,
      kind,
      ms(result.cpuMsPerRequest),
      ms(single?.p50 ?? null),
      String(page.isDocument ? load.connections : 1),
      result.requestsPerSecond.toFixed(1),
      ms(result.p50),
      ms(result.p95),
      ms(result.p99),
      String(failed),
      js,
      goals,
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c >= 2 && c <= 10 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  ");
  log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${lines.map(line).join("\n")}`);
  log(
    `\ngoals (pages): p95 < ${GOAL_P95_MS} ms under ${load.connections} connections; JS < ${GOAL_JS_KB} KB gzipped ` +
      `(entry + route manifest + every route module from the root down). "1 conn p50": one request at a time. ` +
      `"CPU ms/req": the server process's CPU time per request, which other load on the machine does not stretch.`,
  );
}

async function biggestRoleId(path: string): Promise<number> {
  const { openDatabase } = await import("../db/connection");
  const conn = openDatabase(path, { migrate: false });
  try {
    return Number(
      conn.sqlite
        .prepare(`SELECT r.id FROM roles r JOIN workspaces w ON w.id = r.workspace_id JOIN role_analysis ra ON ra.role_id = r.id WHERE w.slug = ? ORDER BY ra.log_rows DESC LIMIT 1`)
        .pluck()
        .get(BENCH_SLUG),
    );
  } finally {
    conn.close();
  }
}
