/**
 * `npm run bench:import`: imports the demo jobs and a million-row task log into a fresh
 * database through the CLI's code path (importFile), and the same log with the sqlite3 CLI's `.import`
 * into a bare table, then prints rows/s, peak memory and the ratio. A script, not a test:
 * it prints figures and asserts nothing.
 *
 *   npm run bench:import [-- --logs FILE] [--jobs FILE] [--keep] [--no-toggl]
 *
 * It then imports the same million rows as a Toggl Track export (made by the fixtures
 * generator, with the roster of the benchmark company) into a second workspace, every row
 * resolved through the roster join, and prints its rate beside the canonical log's in this
 * same run (goal ≥ 0.8×) and its peak memory (goal < 300 MB).
 *
 * Without --logs, the million-row file is made by the fixtures generator
 * (`npm run fixtures -- --million --out PATH`).
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
  options: { logs: { type: "string" }, jobs: { type: "string" }, keep: { type: "boolean", default: false }, "no-toggl": { type: "boolean", default: false } },
});
const dir = mkdtempSync(join(tmpdir(), "orbital-bench-"));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const rate = (rows: number, ms: number) => Math.round(rows / (ms / 1000));

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
const dbPath = join(dir, "bench.db");
const logLines = Number(spawnSync("wc", ["-l", logsFile], { encoding: "utf8" }).stdout.trim().split(/\s+/)[0]) - 1;
console.log(`Task log: ${logsFile} (${mb(statSync(logsFile).size)}, ~${logLines.toLocaleString("en")} rows)`);

// Peak memory: sampled during the run (resident set size of this process).
let peakRss = process.memoryUsage().rss;
const rssAt: string[] = [];
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
// The longest gap between 10 ms ticks: how long a request arriving during the import would wait.
let longestStall = 0;
let lastTick = 0;
let ticker: NodeJS.Timeout | undefined;
const watchStalls = () => {
  lastTick = performance.now();
  ticker = setInterval(() => {
    const now = performance.now();
    longestStall = Math.max(longestStall, now - lastTick - 10);
    lastTick = now;
  }, 10);
};

// importFile is exactly what `orbital import` calls (cli/commands/import.ts), minus the printing.
const conn = openDatabase(dbPath);
const workspace = ensureWorkspace(conn.db, "bench");
// Analysis runs after every real import; here it is timed on its own, after the import.
const run = (kind: "jobs" | "logs", file: string, onProgress?: (p: ImportProgress) => void) =>
  importFile({ connection: conn, workspace, kind, source: fileSource(file), actor: "bench", onProgress, analyze: false });

const jobs = await run("jobs", jobsFile);
if (jobs.status !== "imported") throw new Error(`the jobs file did not import: ${JSON.stringify(jobs).slice(0, 500)}`);

let lastQuarter = 0;
let streamedAt = 0;
watchStalls();
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
if (outcome.status !== "imported") throw new Error(`the log file did not import: ${JSON.stringify(outcome).slice(0, 500)}`);
const imported = outcome.import.rowsImported;
const canonicalPeak = peakRss;

// The same work as a Toggl export, through the roster join, in a fresh database; then the
// canonical log once more in another fresh database right after, so the two rates compared were
// measured under the same load (the machine's load moves between minutes).
let toggl: { rows: number; ms: number; peak: number; canonicalMs: number; canonicalRows: number } | null = null;
if (!values["no-toggl"]) {
  const togglFile = join(dir, "toggl_1m.csv");
  const rosterFile = join(dir, "roster_1m.csv");
  console.log("Generating the million-row Toggl export and its roster…");
  const { writeMillionToggl } = await import("../scripts/fixtures/files");
  await writeMillionToggl(togglFile, rosterFile);
  const fresh = async (name: string, files: [kind: "jobs" | "logs" | "roster", file: string][]) => {
    const db = openDatabase(join(dir, `${name}.db`));
    const ws = ensureWorkspace(db.db, name);
    const into = (kind: "jobs" | "logs" | "roster", file: string) =>
      importFile({ connection: db, workspace: ws, kind, source: fileSource(file), actor: "bench", analyze: false });
    for (const [kind, file] of files) {
      const done = await into(kind, file);
      if (done.status !== "imported") throw new Error(`the ${kind} file did not import: ${JSON.stringify(done).slice(0, 500)}`);
    }
    return { db, into };
  };
  const t = await fresh("toggl", [["jobs", jobsFile], ["roster", rosterFile]]);
  peakRss = process.memoryUsage().rss;
  const peakSampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 25);
  const togglStarted = performance.now();
  const done = await t.into("logs", togglFile);
  const ms = performance.now() - togglStarted;
  clearInterval(peakSampler);
  t.db.close();
  if (done.status !== "imported") throw new Error(`the Toggl export did not import: ${JSON.stringify(done).slice(0, 500)}`);
  const c = await fresh("canonical-again", [["jobs", jobsFile]]);
  const againStarted = performance.now();
  const again = await c.into("logs", logsFile);
  const canonicalMs = performance.now() - againStarted;
  c.db.close();
  if (again.status !== "imported") throw new Error("the canonical log did not import the second time");
  toggl = { rows: done.import.rowsImported, ms, peak: peakRss, canonicalMs, canonicalRows: again.import.rowsImported };
}
const analysisStarted = performance.now();
// Imported only now, as the CLI does after an import: the import's memory figure excludes the classifier.
const { analyzeWorkspaceNow } = await import("../app/analysis.server");
const analysis = analyzeWorkspaceNow(conn, workspace.id);
const analysisElapsed = performance.now() - analysisStarted;
conn.close();

const bare = join(dir, "bare.db");
const sqliteStarted = performance.now();
const sqlite = spawnSync("sqlite3", [bare, `.import --csv ${logsFile} bare`], { encoding: "utf8" });
const sqliteElapsed = performance.now() - sqliteStarted;
if (sqlite.status !== 0) console.error(`sqlite3 failed: ${sqlite.stderr}`);

const orbitalRate = rate(imported, elapsed);
const sqliteRate = rate(logLines, sqliteElapsed);
console.log("");
console.log(`Orbital import (validate, pseudonymize, link, one transaction): ${imported.toLocaleString("en")} rows in ${(elapsed / 1000).toFixed(2)} s = ${orbitalRate.toLocaleString("en")} rows/s`);
console.log(`sqlite3 .import --csv into a bare table:                      ${logLines.toLocaleString("en")} rows in ${(sqliteElapsed / 1000).toFixed(2)} s = ${sqliteRate.toLocaleString("en")} rows/s`);
console.log(`Ratio Orbital / sqlite3: ${(orbitalRate / sqliteRate).toFixed(2)}× (goal ≥ 0.5×)`);
console.log(
  `  of which reading, validating and inserting: ${((streamedAt - started) / 1000).toFixed(2)} s; the last inserts and the commit: ${((started + elapsed - streamedAt) / 1000).toFixed(2)} s`,
);
console.log(`Peak memory (RSS) during the run: ${mb(canonicalPeak)} (goal < 300 MB); at each quarter of the rows: ${rssAt.join(", ") || "n/a"}`);
if (toggl) {
  const togglRate = rate(toggl.rows, toggl.ms);
  console.log(`Toggl export through the roster join: ${toggl.rows.toLocaleString("en")} rows in ${(toggl.ms / 1000).toFixed(2)} s = ${togglRate.toLocaleString("en")} rows/s`);
  const againRate = rate(toggl.canonicalRows, toggl.canonicalMs);
  console.log(`Canonical log again, right after, in a fresh database: ${(toggl.canonicalMs / 1000).toFixed(2)} s = ${againRate.toLocaleString("en")} rows/s`);
  console.log(`Ratio Toggl / canonical log: ${(togglRate / againRate).toFixed(2)}× against the run right after, ${(togglRate / orbitalRate).toFixed(2)}× against the first (goal ≥ 0.8×); Toggl peak memory (RSS) ${mb(toggl.peak)} (goal < 300 MB)`);
  console.log(`  (the Toggl file has ${mb(statSync(join(dir, "toggl_1m.csv")).size)} for the same rows: names, e-mails, clients, times and amounts are read and dropped)`);
}
console.log(`Event loop: longest stall during the import ${longestStall.toFixed(0)} ms (how long other requests would wait)`);
console.log(`Analysis afterwards (classify ${analysis.classified.toLocaleString("en")} distinct texts, hours and roll-ups): ${(analysisElapsed / 1000).toFixed(2)} s`);
if (values.keep) console.log(`Kept ${dir}`);
else rmSync(dir, { recursive: true, force: true });
