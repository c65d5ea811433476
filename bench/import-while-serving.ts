/**
 * `npm run bench:serving`: does the web server keep answering while it works?
 *
 *   npm run bench:serving -- --db PATH [--logs FILE] [--page /w/million] [--interval 50]
 *   npm run bench:serving -- --db PATH --scenario churn [--connections 10 --duration 10]
 *
 * `--db` is the page benchmark's database (`npm run bench:pages -- --db PATH` builds it); it is
 * copied to a temp folder first, never written. Two scenarios:
 *
 * - `import` (default): a reader requests a dashboard page every `--interval` ms, one at a time,
 *   while an editor uploads the million-row task log through the Import page (upload + full
 *   check, then "Import" with replace, which re-imports and re-analyses every row). Prints each
 *   phase's duration and the reader's latency during it: p50 / p95 / max, and how many requests
 *   took over 200 ms (issue 12's goal: none).
 * - `churn`: `--connections` readers load the Atomization page while another member signs in and
 *   downloads a CSV every 100 ms (a session row and an audit row each time: writes that change
 *   no figure). Prints p50 / p95 and the share of answers served from the page cache.
 * - `workers`: the dashboard documents under `--connections` (autocannon) with one server
 *   process and with N processes sharing the port and the file (node:cluster,
 *   bench/pages/cluster-server.js) for each N of `--workers` (default "1,2"), alternating for
 *   `--rounds` rounds so the machine's changing load falls on both alike; each page is first
 *   requested once per process, so the figures are warm caches. Prints p50 / p95 / req/s per page
 *   and the server's CPU per request (all its processes). Decision 116.
 *
 * Timings are noisy on a shared machine: the load average is printed beside them.
 */
import { copyFileSync, mkdtempSync, openAsBlob, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ensureBuild } from "../scripts/ensure-build.js";
import { writeMillionTaskLog } from "../scripts/fixtures/files";
import { createUser, loginCookie } from "../test/support/auth";
import { startServer } from "../test/support/server";
import { BENCH_EMAIL, BENCH_SLUG } from "./pages/build-database";
import { measure } from "./pages/load";
import { processTreeCpuMs } from "./pages/process-cpu";

const { values } = parseArgs({
  options: {
    db: { type: "string" },
    logs: { type: "string" },
    scenario: { type: "string", default: "import" },
    page: { type: "string", default: `/w/${BENCH_SLUG}` },
    interval: { type: "string", default: "50" },
    connections: { type: "string", default: "10" },
    duration: { type: "string", default: "10" },
    env: { type: "string", multiple: true, default: [] },
    workers: { type: "string", default: "1,2" },
    rounds: { type: "string", default: "2" },
  },
});
if (!values.db) throw new Error("--db PATH is required (npm run bench:pages -- --db PATH builds it)");
const LIMIT_MS = 200;
/** Requests sent again after a reset keep-alive socket (see timedGet). */
let resets = 0;
const workDir = mkdtempSync(join(tmpdir(), "orbital-bench-serving-"));
const dbPath = join(workDir, "bench.db");
copyFileSync(resolve(values.db), dbPath);
const log = (line: string) => console.log(line);
const load = () => loadavg().map((n) => n.toFixed(2)).join(" ");

ensureBuild();
const env = Object.fromEntries(values.env.map((pair) => pair.split("=", 2) as [string, string]));
if (values.scenario === "workers") {
  await compareWorkers();
  rmSync(workDir, { recursive: true, force: true });
  process.exit(0);
}
const server = await startServer({ dbPath, env: { ORBITAL_DEMO: "0", ...env } });
try {
  const cookie = await loginCookie(server.url, BENCH_EMAIL);
  log(`server up (load average ${load()})`);
  if (values.scenario === "churn") await churn(cookie);
  else await importWhileServing(cookie);
} catch (error) {
  console.error(server.output().slice(-3000));
  throw error;
} finally {
  await server.stop();
  rmSync(workDir, { recursive: true, force: true });
}

interface Sample {
  ms: number;
  hit: boolean;
  phase: string;
}

function summary(samples: Sample[]): string {
  if (samples.length === 0) return "no requests";
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  const over = sorted.filter((ms) => ms > LIMIT_MS).length;
  const hits = samples.filter((s) => s.hit).length;
  return `${samples.length} requests, p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms, over ${LIMIT_MS} ms: ${over}, page-cache hits ${((100 * hits) / samples.length).toFixed(0)}%`;
}

async function timedGet(path: string, cookie: string): Promise<{ ms: number; hit: boolean }> {
  const start = performance.now();
  let res: Response;
  try {
    res = await fetch(`${server.url}${path}`, { headers: { cookie } });
  } catch {
    // undici may reuse a keep-alive socket the server is closing: count it, ask again (timed from the first try).
    resets++;
    res = await fetch(`${server.url}${path}`, { headers: { cookie } });
  }
  await res.arrayBuffer();
  if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
  return { ms: performance.now() - start, hit: res.headers.get("x-page-cache") === "hit" };
}

async function importWhileServing(cookie: string): Promise<void> {
  const logs = values.logs ?? join(workDir, "task_logs_1m.csv");
  if (!values.logs) await writeMillionTaskLog(logs);
  const interval = Number(values.interval);
  const samples: Sample[] = [];
  let phase = "before";
  let running = true;
  // Warm the caches: the reader's first request would otherwise be a cold render.
  await timedGet(values.page!, cookie);
  await timedGet(values.page!, cookie);
  const reader = (async () => {
    while (running) {
      const started = performance.now();
      const label = phase;
      const result = await timedGet(values.page!, cookie);
      samples.push({ ...result, phase: label });
      const wait = interval - (performance.now() - started);
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
  })();
  const phases: [string, number][] = [];
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    phase = name;
    const start = performance.now();
    const result = await work();
    phases.push([name, performance.now() - start]);
    return result;
  };
  await new Promise((r) => setTimeout(r, 1000));

  const token = await timed("upload + check", async () => {
    const form = new FormData();
    form.set("kind", "logs");
    form.set("file", await openAsBlob(logs), "task_logs_1m.csv");
    const res = await fetch(`${server.url}/w/${BENCH_SLUG}/import`, { method: "POST", body: form, headers: { cookie, origin: server.url } });
    const html = await res.text();
    const match = /name="token" value="([0-9a-f]{32})"/.exec(html);
    if (!match) throw new Error(`no import token in the check's answer (status ${res.status})`);
    return match[1];
  });
  await timed("import + analysis", async () => {
    const res = await fetch(`${server.url}/w/${BENCH_SLUG}/import`, {
      method: "POST",
      body: new URLSearchParams({ intent: "import", token, replace: "1" }),
      headers: { cookie, origin: server.url, "content-type": "application/x-www-form-urlencoded" },
    });
    const html = await res.text();
    if (res.status !== 200 || !html.includes("1,000,000")) throw new Error(`import answered ${res.status}`);
  });
  phase = "after";
  await new Promise((r) => setTimeout(r, 1000));
  running = false;
  await reader;

  log(`\nA reader requesting ${values.page} every ${interval} ms while the 1M-row log is imported through the web:`);
  for (const [name, ms] of phases) log(`  ${name.padEnd(18)} ${(ms / 1000).toFixed(1)} s: ${summary(samples.filter((s) => s.phase === name))}`);
  const during = samples.filter((s) => s.phase !== "before" && s.phase !== "after");
  log(`  whole import       ${summary(during)}`);
  const slowest = [...during].sort((a, b) => b.ms - a.ms).slice(0, 3);
  log(`  slowest during the import: ${slowest.map((s) => `${s.ms.toFixed(0)} ms (${s.phase}, ${s.hit ? "page-cache hit" : "rendered"})`).join(", ")}`);
  log(`  before (idle)      ${summary(samples.filter((s) => s.phase === "before"))}`);
  if (resets) log(`  (${resets} request(s) met a closed keep-alive socket and were sent again)`);
  log(`load average at the end: ${load()}`);
}

async function churn(cookie: string): Promise<void> {
  const other = "churn@example.com";
  await createUser(server.dbPath, { email: other, grants: { [BENCH_SLUG]: "viewer" } });
  const path = `/w/${BENCH_SLUG}/atomization`;
  await timedGet(path, cookie);
  const deadline = performance.now() + Number(values.duration) * 1000;
  let writes = 0;
  const writer = (async () => {
    while (performance.now() < deadline) {
      const session = await loginCookie(server.url, other);
      const csv = await fetch(`${server.url}/w/${BENCH_SLUG}/export/roles.csv`, { headers: { cookie: session } });
      await csv.arrayBuffer();
      writes++;
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  const samples: Sample[] = [];
  const readers = Array.from({ length: Number(values.connections) }, async () => {
    while (performance.now() < deadline) samples.push({ ...(await timedGet(path, cookie)), phase: "churn" });
  });
  await Promise.all([writer, ...readers]);
  log(`\n${values.connections} readers on ${path} for ${values.duration} s while another member signed in and downloaded a CSV ${writes} times:`);
  log(`  ${summary(samples)}`);
  log(`load average at the end: ${load()}`);
}

async function compareWorkers(): Promise<void> {
  const counts = values.workers.split(",").map(Number);
  const pages = ["", "/atomization", "/redesign", "/seniority", "/review"].map((p) => `/w/${BENCH_SLUG}${p}`);
  const options = { connections: Number(values.connections), duration: Number(values.duration), warmup: 2 };
  const results = new Map<string, { p50: number[]; p95: number[]; rps: number[]; cpu: number[] }>();
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const workers of counts) {
      const script = workers > 1 ? join(import.meta.dirname, "pages/cluster-server.js") : undefined;
      const running = await startServer({ dbPath, script, env: { ORBITAL_DEMO: "0", ...env, ORBITAL_WORKERS: String(workers) } });
      try {
        const cookie = await loginCookie(running.url, BENCH_EMAIL);
        // Every process keeps its own caches: warm each (N requests at once reach N processes, or queue).
        for (const path of pages) await Promise.all(Array.from({ length: workers * 2 }, () => fetch(`${running.url}${path}`, { headers: { cookie } }).then((r) => r.arrayBuffer())));
        for (const path of pages) {
          const result = await measure(`${running.url}${path}`, cookie, { ...options, serverCpuMs: () => processTreeCpuMs(running.pid) });
          const key = `${path}|${workers}`;
          const entry = results.get(key) ?? { p50: [], p95: [], rps: [], cpu: [] };
          entry.p50.push(result.p50 ?? NaN);
          entry.p95.push(result.p95 ?? NaN);
          entry.rps.push(result.requestsPerSecond);
          entry.cpu.push(result.cpuMsPerRequest ?? NaN);
          results.set(key, entry);
          log(`round ${round + 1}, ${workers} worker(s), ${path}: p50 ${result.p50?.toFixed(0)} ms, p95 ${result.p95?.toFixed(0)} ms, ${result.requestsPerSecond.toFixed(0)} req/s (load average ${load()})`);
        }
      } finally {
        await running.stop();
      }
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  log(`\n${options.connections} connections, ${options.duration} s per page, median of ${values.rounds} round(s):`);
  log(`| page | ${counts.map((n) => `${n} worker(s): p50 / p95 ms, req/s, CPU ms/req`).join(" | ")} |`);
  for (const path of pages) {
    const cells = counts.map((n) => {
      const r = results.get(`${path}|${n}`)!;
      return `${median(r.p50).toFixed(0)} / ${median(r.p95).toFixed(0)}, ${median(r.rps).toFixed(0)}, ${median(r.cpu).toFixed(1)}`;
    });
    log(`| ${path} | ${cells.join(" | ")} |`);
  }
  log(`load average at the end: ${load()}`);
}
