/**
 * `npm run bench:import`: imports the demo jobs and a million-row task log into a fresh
 * database through the CLI's code path (importFile), once with the log read on the import's
 * own thread and once on a worker thread (decision 121), each in a child process of its own
 * (so that peak memory is each one's), and the same log with the sqlite3 CLI's `.import` into a
 * bare table before and after them (the machine may be busy: the ratios compare runs made
 * minutes apart, and the two sqlite3 runs show how much the load moved meanwhile).
 *
 *   npm run bench:import [-- --logs FILE] [--jobs FILE] [--keep]
 *
 * A benchmark, not a test: it prints figures.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
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
    // Internal: the child process that runs one import.
    mode: { type: "string" },
    db: { type: "string" },
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
}

if (values.mode) {
  const result = await importOnce(values.mode, values.jobs!, values.logs!, values.db!);
  console.log(`RESULT ${JSON.stringify(result)}`);
  process.exit(0);
}

/** One import in this process: jobs, then the log with the given parser placement. */
async function importOnce(mode: string, jobsFile: string, logsFile: string, dbPath: string): Promise<ChildResult> {
  // Peak memory: sampled during the run (resident set size of this process, worker threads included).
  let peakRss = process.memoryUsage().rss;
  const rssAt: string[] = [];
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  // The longest gap between 10 ms ticks: how long a request arriving during the import would wait.
  let longestStall = 0;
  let lastTick = 0;
  const conn = openDatabase(dbPath);
  const workspace = ensureWorkspace(conn.db, "bench");
  // importFile is exactly what `orbital import` calls (cli/commands/import.ts), minus the printing.
  // Analysis runs after every real import; `npm run bench:analyze` times it.
  const run = (kind: "jobs" | "logs", file: string, onProgress?: (p: ImportProgress) => void) =>
    importFile({ connection: conn, workspace, kind, source: fileSource(file), actor: "bench", onProgress, analyze: false, parseInWorker: mode === "worker" });
  const jobs = await run("jobs", jobsFile);
  if (jobs.status !== "imported") throw new Error(`the jobs file did not import: ${JSON.stringify(jobs).slice(0, 500)}`);

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
  conn.close();
  if (outcome.status !== "imported") throw new Error(`the log file did not import: ${JSON.stringify(outcome).slice(0, 500)}`);
  return { mode, rows: outcome.import.rowsImported, elapsedMs: elapsed, streamedMs: streamedAt - started, peakRss, rssAt, longestStallMs: longestStall };
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

function orbitalImport(mode: "thread" | "worker"): ChildResult {
  const child = spawnSync(process.execPath, [...process.execArgv, import.meta.filename, "--mode", mode, "--jobs", jobsFile, "--logs", logsFile, "--db", join(dir, `${mode}.db`)], {
    encoding: "utf8",
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = child.stdout.split("\n").find((l) => l.startsWith("RESULT "));
  if (child.status !== 0 || !line) throw new Error(`the ${mode} import failed:\n${child.stdout}\n${child.stderr}`);
  return JSON.parse(line.slice("RESULT ".length)) as ChildResult;
}

const sqliteBefore = sqliteImport("bare-before");
const thread = orbitalImport("thread");
const worker = orbitalImport("worker");
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
}
console.log(`Worker / thread speed: ${(thread.elapsedMs / worker.elapsedMs).toFixed(2)}×`);
if (values.keep) console.log(`Kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
