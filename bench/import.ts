/**
 * `npm run bench:import`: imports the demo jobs and a million-row task log into a fresh
 * database through the CLI's code path (importFile), once with the log read on the import's
 * own thread and once on a worker thread (decision 121), each in a child process of its own
 * (so that peak memory is each one's), and the same log with the sqlite3 CLI's `.import` into a
 * bare table before and after them (the machine may be busy: the ratios compare runs made
 * minutes apart, and the two sqlite3 runs show how much the load moved meanwhile).
 *
 *   npm run bench:import [-- --logs FILE] [--jobs FILE] [--keep] [--no-toggl]
 *
 * Then the same million rows as a Toggl Track export (made by the fixtures generator, with the
 * roster of the benchmark company), in a child process of its own too, every row resolved
 * through the roster join on the worker thread: its rate beside the canonical log's worker run
 * of this same benchmark (goal ≥ 0.8×) and its peak memory (goal < 300 MB).
 *
 * A benchmark, not a test: it prints figures.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { importFile, type ImportProgress } from "../app/imports/import-file.server";
import { fileSource } from "../app/imports/source.server";
import { openDatabase } from "../db/connection";
import { ensureWorkspace } from "../db/queries/workspaces";

const ROOT = resolve(import.meta.dirname, "..");
const { values } = parseArgs({
  options: {
    logs: { type: "string" },
    jobs: { type: "string" },
    keep: { type: "boolean", default: false },
    "no-toggl": { type: "boolean", default: false },
    // Internal: the child process that runs one import.
    mode: { type: "string" },
    db: { type: "string" },
    roster: { type: "string" },
  },
});
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));

interface ChildResult {
  mode: string;
  rows: number;
  elapsedMs: number;
  streamedMs: number;
  peakRss: number;
  rssAt: string[];
  longestStallMs: number;
  /** CPU seconds of the import's own thread and of the busiest other thread (the parser), from /proc; null elsewhere. */
  cpu: { main: number; other: number; total: number } | null;
}

/**
 * CPU time per thread of this process (Linux /proc), by thread id. On a shared machine wall-clock
 * time says as much about the neighbours as about the import; CPU seconds per thread do not.
 */
function threadCpuSeconds(): Map<number, number> {
  const seconds = new Map<number, number>();
  try {
    for (const tid of readdirSync("/proc/self/task")) {
      const fields = readFileSync(`/proc/self/task/${tid}/stat`, "utf8").split(") ")[1].split(" ");
      seconds.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / 100);
    }
  } catch {
    // Not Linux: no per-thread figures.
  }
  return seconds;
}

if (values.mode) {
  const result = await importOnce(values.mode, values.jobs!, values.logs!, values.db!, values.roster);
  console.log(`RESULT ${JSON.stringify(result)}`);
  process.exit(0);
}

/** One import in this process: jobs (and a Toggl export's roster), then the log with the given parser placement. */
async function importOnce(mode: string, jobsFile: string, logsFile: string, dbPath: string, rosterFile?: string): Promise<ChildResult> {
  // Peak memory: sampled during the run (resident set size of this process, worker threads included).
  let peakRss = process.memoryUsage().rss;
  const rssAt: string[] = [];
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  // A thread that ends (the parser) leaves /proc with its figures: keep the last seen of each.
  const cpuBefore = threadCpuSeconds();
  const cpuSeen = new Map(cpuBefore);
  const cpuSampler = setInterval(() => {
    for (const [tid, s] of threadCpuSeconds()) cpuSeen.set(tid, s);
  }, 100);
  // The longest gap between 10 ms ticks: how long a request arriving during the import would wait.
  let longestStall = 0;
  let lastTick = 0;
  const conn = openDatabase(dbPath);
  const workspace = ensureWorkspace(conn.db, "bench");
  // importFile is exactly what `orbital import` calls (cli/commands/import.ts), minus the printing.
  // Analysis runs after every real import; `npm run bench:analyze` times it.
  const run = (kind: "jobs" | "logs" | "roster", file: string, onProgress?: (p: ImportProgress) => void) =>
    importFile({ connection: conn, workspace, kind, source: fileSource(file), actor: "bench", onProgress, analyze: false, parseInWorker: mode !== "thread" });
  for (const [kind, file] of [["jobs", jobsFile], ...(rosterFile ? [["roster", rosterFile] as const] : [])] as const) {
    const done = await run(kind, file);
    if (done.status !== "imported") throw new Error(`the ${kind} file did not import: ${JSON.stringify(done).slice(0, 500)}`);
  }

  let lastQuarter = 0;
  let streamedAt = 0;
  lastTick = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    longestStall = Math.max(longestStall, now - lastTick - 10);
    lastTick = now;
  }, 10);
  const started = performance.now();
  const outcome = await run("logs", logsFile, (p) => {
    streamedAt = performance.now();
    // Memory at each quarter of the file, to show it stays flat as the file goes on.
    const quarter = Math.floor((p.bytesRead / p.totalBytes) * 4);
    if (quarter > lastQuarter) {
      lastQuarter = quarter;
      rssAt.push(`${quarter * 25}%: ${mb(process.memoryUsage().rss)}`);
    }
  });
  const elapsed = performance.now() - started;
  clearInterval(ticker);
  longestStall = Math.max(longestStall, performance.now() - lastTick - 10);
  clearInterval(sampler);
  clearInterval(cpuSampler);
  for (const [tid, s] of threadCpuSeconds()) cpuSeen.set(tid, s);
  const used = [...cpuSeen].map(([tid, s]) => [tid, s - (cpuBefore.get(tid) ?? 0)] as const);
  const cpu = used.length
    ? {
        main: used.find(([tid]) => tid === process.pid)?.[1] ?? 0,
        other: Math.max(0, ...used.filter(([tid]) => tid !== process.pid).map(([, s]) => s)),
        total: used.reduce((sum, [, s]) => sum + s, 0),
      }
    : null;
  conn.close();
  if (outcome.status !== "imported") throw new Error(`the log file did not import: ${JSON.stringify(outcome).slice(0, 500)}`);
  return { mode, rows: outcome.import.rowsImported, elapsedMs: elapsed, streamedMs: streamedAt - started, peakRss, rssAt, longestStallMs: longestStall, cpu };
}

const dir = mkdtempSync(join(tmpdir(), "orbital-bench-"));

function generateLogs(): string {
  const out = join(dir, "task_logs_1m.csv");
  if (!existsSync(join(ROOT, "scripts/fixtures.ts"))) {
    console.error("The fixtures generator (scripts/fixtures.ts) is not here; pass --logs FILE with a task log to import.");
    process.exit(2);
  }
  console.log("Generating the million-row task log…");
  const run = spawnSync("npm", ["run", "--silent", "fixtures", "--", "--million", "--out", out], { cwd: ROOT, stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
  return out;
}

const jobsFile = resolve(values.jobs ?? join(ROOT, "fixtures/demo/jobs.csv"));
const logsFile = values.logs ? resolve(values.logs) : generateLogs();
const logLines = Number(spawnSync("wc", ["-l", logsFile], { encoding: "utf8" }).stdout.trim().split(/\s+/)[0]) - 1;
console.log(`Task log: ${logsFile} (${mb(statSync(logsFile).size)}, ~${logLines.toLocaleString("en")} rows); load average ${(await import("node:os")).loadavg().map((l) => l.toFixed(1)).join(" ")}`);

function sqliteImport(name: string): number {
  const bare = join(dir, `${name}.db`);
  const started = performance.now();
  const sqlite = spawnSync("sqlite3", [bare, `.import --csv ${logsFile} bare`], { encoding: "utf8" });
  const elapsed = performance.now() - started;
  if (sqlite.status !== 0) console.error(`sqlite3 failed: ${sqlite.stderr}`);
  return elapsed;
}

function orbitalImport(mode: "thread" | "worker" | "toggl", files: { logs: string; roster?: string } = { logs: logsFile }): ChildResult {
  const args = ["--mode", mode, "--jobs", jobsFile, "--logs", files.logs, "--db", join(dir, `${mode}.db`), ...(files.roster ? ["--roster", files.roster] : [])];
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, ...args], {
    encoding: "utf8",
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (child.status !== 0 || !line) throw new Error(`the ${mode} import failed:\n${child.stdout}\n${child.stderr}`);
  const result = JSON.parse(line.slice("RESULT ".length)) as ChildResult;
  console.log(`  ${mode}: ${result.rows.toLocaleString("en")} rows in ${(result.elapsedMs / 1000).toFixed(2)} s, peak RSS ${mb(result.peakRss)}`);
  return result;
}

const sqliteBefore = sqliteImport("bare-before");
const thread = orbitalImport("thread");
const worker = orbitalImport("worker");
let toggl: (ChildResult & { bytes: number }) | null = null;
if (!values["no-toggl"]) {
  const togglFile = join(dir, "toggl_1m.csv");
  const rosterFile = join(dir, "roster_1m.csv");
  console.log("Generating the million-row Toggl export and its roster…");
  const { writeMillionToggl } = await import("../scripts/fixtures/files");
  await writeMillionToggl(togglFile, rosterFile);
  toggl = { ...orbitalImport("toggl", { logs: togglFile, roster: rosterFile }), bytes: statSync(togglFile).size };
}
const sqliteAfter = sqliteImport("bare-after");
const sqliteRate = rate(logLines, (sqliteBefore + sqliteAfter) / 2);

console.log("");
console.log(`sqlite3 .import --csv into a bare table: ${(sqliteBefore / 1000).toFixed(2)} s before, ${(sqliteAfter / 1000).toFixed(2)} s after = ${sqliteRate.toLocaleString("en")} rows/s (mean)`);
for (const r of [thread, worker]) {
  const label = r.mode === "worker" ? "Orbital, log read on a worker thread (default)" : "Orbital, log read on the import's thread (before)";
  const orbitalRate = rate(r.rows, r.elapsedMs);
  console.log(`${label}: ${r.rows.toLocaleString("en")} rows in ${(r.elapsedMs / 1000).toFixed(2)} s = ${orbitalRate.toLocaleString("en")} rows/s`);
  console.log(`  ratio Orbital / sqlite3: ${(orbitalRate / sqliteRate).toFixed(2)}× (goal ≥ 0.5×, aim 1.0×)`);
  console.log(`  reading, validating and inserting ${(r.streamedMs / 1000).toFixed(2)} s; the last inserts and the commit ${((r.elapsedMs - r.streamedMs) / 1000).toFixed(2)} s`);
  console.log(`  peak RSS ${mb(r.peakRss)} (goal < 300 MB); at each quarter of the rows: ${r.rssAt.join(", ") || "n/a"}`);
  console.log(`  longest event-loop stall during the import ${r.longestStallMs.toFixed(0)} ms (how long another request would wait)`);
  if (r.cpu) console.log(`  CPU: ${r.cpu.main.toFixed(2)} s on the import's thread, ${r.cpu.other.toFixed(2)} s on the busiest other (the parser, on the worker path), ${r.cpu.total.toFixed(2)} s in all`);
}
console.log(`Worker / thread speed: ${(thread.elapsedMs / worker.elapsedMs).toFixed(2)}×`);
if (toggl) {
  const togglRate = rate(toggl.rows, toggl.elapsedMs);
  console.log(`Toggl export through the roster join, read on a worker thread: ${toggl.rows.toLocaleString("en")} rows in ${(toggl.elapsedMs / 1000).toFixed(2)} s = ${togglRate.toLocaleString("en")} rows/s`);
  console.log(`  ratio Toggl / canonical log (worker run above): ${(togglRate / rate(worker.rows, worker.elapsedMs)).toFixed(2)}× (goal ≥ 0.8×)`);
  console.log(`  peak RSS ${mb(toggl.peakRss)} (goal < 300 MB); at each quarter of the rows: ${toggl.rssAt.join(", ") || "n/a"}; longest stall ${toggl.longestStallMs.toFixed(0)} ms`);
  if (toggl.cpu) console.log(`  CPU: ${toggl.cpu.main.toFixed(2)} s on the import's thread, ${toggl.cpu.other.toFixed(2)} s on the parser, ${toggl.cpu.total.toFixed(2)} s in all`);
  console.log(`  (the Toggl file has ${mb(toggl.bytes)} for the same rows: names, e-mails, clients, times and amounts are read and dropped)`);
}
if (values.keep) console.log(`Kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
