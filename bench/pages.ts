/**
 * `npm run bench:pages`: each dashboard page's server response under concurrent load, on a
 * workspace with the demo's 52 roles and the million-row task log, and the JavaScript each
 * page sends to the browser. A benchmark, not a test: it prints figures. Goals (issue 4):
 * p95 < 100 ms per page on the 2-core machine, JS < 250 KB gzipped.
 *
 *   npm run bench:pages                          build a fresh database in a temp folder (minutes)
 *   npm run bench:pages -- --db PATH             build it at PATH once, reuse it on later runs
 *   npm run bench:pages -- --logs FILE           use an existing million-row log instead of generating one
 *   npm run bench:pages -- --roles 3000 --db PATH  a company of 3,000 roles (63,000 people, 300,000 log rows) instead
 *   npm run bench:pages -- --connections 10 --duration 10 --warmup 2 --only roles
 *   npm run bench:pages -- --cpu-prof DIR        the server's CPU profile under the load, for DevTools
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
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { ServerBuild } from "@remix-run/node";
import { ensureBuild } from "../scripts/ensure-build.js";
import { loginCookie } from "../test/support/auth";
import { startServer } from "../test/support/server";
import { startBareServer } from "./pages/bare-server";
import { BENCH_EMAIL, benchSlug, ensureBenchDatabase } from "./pages/build-database";
import { pageJsSize } from "./pages/js-size";
import { measure, type LoadResult } from "./pages/load";
import { processCpuMs } from "./pages/process-cpu";
import { profileQueries } from "./pages/profile";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    logs: { type: "string" },
    roles: { type: "string" },
    connections: { type: "string", default: "10" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "2" },
    only: { type: "string" },
    "no-profile": { type: "boolean", default: false },
    // Writes the server's V8 CPU profile (node --cpu-prof) into this folder when it stops.
    "cpu-prof": { type: "string" },
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
const roleCount = values.roles ? Number(values.roles) : undefined;
if (roleCount !== undefined && !(Number.isInteger(roleCount) && roleCount > 0 && roleCount <= 4000)) throw new Error("--roles: a whole number from 1 to 4,000");
const workspaceSlug = benchSlug(roleCount);
await ensureBenchDatabase(dbPath, { logs: values.logs, roles: roleCount, workDir, log });
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
    const segments = pattern.split("/").map((s) => (s === ":workspace" ? workspaceSlug : s === ":roleId" ? String(biggestRole) : s));
    if (segments.some((s) => s.startsWith(":"))) {
      log(`skipped ${pattern}: no value for its parameters`);
      continue;
    }
    pages.push({ routeId: route.id, pattern, path: segments.join("/"), isDocument: typeof route.module.default === "function" });
  }
  return pages.filter((p) => !values.only || p.pattern.includes(values.only)).sort((a, b) => a.pattern.localeCompare(b.pattern));
}

const server = await startServer({
  dbPath,
  env: { ORBITAL_DEMO: "0" },
  nodeArgs: values["cpu-prof"] ? ["--cpu-prof", `--cpu-prof-dir=${resolve(values["cpu-prof"])}`] : [],
});
const rows: { page: Page; kind: string; single?: LoadResult; result: LoadResult | string; bare?: LoadResult; kb?: number; jsKb?: number }[] = [];
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
      const bytes = Buffer.from(await probe.arrayBuffer());
      if (probe.status !== 200) {
        rows.push({ page, kind, result: `HTTP ${probe.status}: not measured`, jsKb });
        continue;
      }
      const url = `${server.url}${path}`;
      const serverCpuMs = () => processCpuMs(server.pid);
      const single = await measure(url, cookie, { connections: 1, duration: Math.min(3, load.duration), warmup: Math.min(1, load.warmup), serverCpuMs });
      const result = page.isDocument ? await measure(url, cookie, { ...load, serverCpuMs }) : single;
      // The same bytes from a bare node:http server, under the same load, right after.
      let bare: LoadResult | undefined;
      if (page.isDocument) {
        const limit = await startBareServer(bytes, probe.headers.get("content-type") ?? "text/html");
        try {
          bare = await measure(limit.url, cookie, load);
        } finally {
          await limit.stop();
        }
      }
      rows.push({ page, kind, single, result, bare, kb: bytes.length / 1024, jsKb });
      log(
        `${page.pattern} ${kind}: ${(bytes.length / 1024).toFixed(0)} KB; 1 connection p50 ${ms(single.p50)} ms; ${page.isDocument ? load.connections : 1} connections p95 ${ms(result.p95)} ms, ` +
          `${result.requestsPerSecond.toFixed(0)} req/s${bare ? `; bare server p95 ${ms(bare.p95)} ms (${ratio(result.p95, bare.p95)})` : ""}`,
      );
    }
  }
} finally {
  await server.stop();
}

printTable();
if (!values["no-profile"]) profileQueries(dbPath, workspaceSlug, biggestRole, log);
if (!values.db) rmSync(workDir, { recursive: true, force: true });
else log(`\ndatabase kept at ${dbPath}`);

function ms(value: number | null): string {
  return value === null ? "–" : value.toFixed(1);
}

function ratio(value: number | null, limit: number | null | undefined): string {
  return value === null || !limit ? "–" : `${(value / limit).toFixed(1)}×`;
}

function printTable() {
  const header = ["page", "kind", "KB", "CPU ms/req", "1 conn p50", "conns", "req/s", "p50 ms", "p95 ms", "p99 ms", "bare p95", "× bare", "failed", "JS gzip KB", "goals"];
  const lines = rows.map(({ page, kind, single, result, bare, kb, jsKb }) => {
    const js = jsKb === undefined ? "" : jsKb.toFixed(1);
    const jsOk = jsKb === undefined || jsKb < GOAL_JS_KB;
    if (typeof result === "string") return [page.pattern, kind, "", result, "", "", "", "", "", "", "", "", "", js, ""];
    const failed = result.non2xx + result.errors + (single ? single.non2xx + single.errors : 0);
    const ok = result.p95 !== null && result.p95 < GOAL_P95_MS && failed === 0;
    const goals = !page.isDocument ? "(file)" : ok && jsOk ? "met" : `NOT MET${ok ? "" : " (p95)"}${jsOk ? "" : " (JS)"}`;
    return [
      page.pattern,
      kind,
      kb === undefined ? "" : kb.toFixed(0),
      ms(result.cpuMsPerRequest),
      ms(single?.p50 ?? null),
      String(page.isDocument ? load.connections : 1),
      result.requestsPerSecond.toFixed(1),
      ms(result.p50),
      ms(result.p95),
      ms(result.p99),
      ms(bare?.p95 ?? null),
      ratio(result.p95, bare?.p95),
      String(failed),
      js,
      goals,
    ];
  });
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => (c >= 2 && c <= 13 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  ");
  log(`\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("  ")}\n${lines.map(line).join("\n")}`);
  log(
    `\ngoals (pages): p95 < ${GOAL_P95_MS} ms under ${load.connections} connections; JS < ${GOAL_JS_KB} KB gzipped ` +
      `(entry + route manifest + every route module from the root down). "1 conn p50": one request at a time. ` +
      `"CPU ms/req": the server process's CPU time per request, which other load on the machine does not stretch. ` +
      `"bare p95": the same bytes from a bare node:http server under the same load, measured right after; "× bare": the page's p95 over it. ` +
      `Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")}.`,
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
        .get(workspaceSlug),
    );
  } finally {
    conn.close();
  }
}
