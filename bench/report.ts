/**
 * `npm run bench:report`: the readiness report of the million-row workspace (the page benchmark's
 * database, bench/pages/build-database.ts): the view model, the PDF (HTML → headless Chromium) and
 * the deck, each timed over a few runs, printed against the issue's limits (PDF 10 s, deck 5 s) as
 * ratios. A benchmark, not a test: the machine may be loaded.
 *
 *   npm run bench:report                 build a fresh database in a temp folder (minutes)
 *   npm run bench:report -- --db PATH    build it at PATH once, reuse it later (same as bench:pages)
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { reportDeck } from "../app/report/deck";
import { reportQuery } from "../app/report/load-report.server";
import { htmlToPdf } from "../app/report/pdf.server";
import { renderReportHtml } from "../app/report/render-html";
import { reportStylesheets } from "../cli/commands/report-styles";
import { openDatabase } from "../db/connection";
import { getWorkspaceBySlug } from "../db/queries/workspaces";
import { BENCH_SLUG, ensureBenchDatabase } from "./pages/build-database";

const { values } = parseArgs({ options: { db: { type: "string" }, logs: { type: "string" }, runs: { type: "string", default: "3" } } });
const log = (line: string) => process.stdout.write(`${line}\n`);
const workDir = mkdtempSync(join(tmpdir(), "orbital-bench-report-"));
const dbPath = resolve(values.db ?? join(workDir, "bench.db"));
await ensureBenchDatabase(dbPath, { logs: values.logs, workDir, log });

const connection = openDatabase(dbPath, { migrate: false });
const runs = Number(values.runs);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
async function time(name: string, limitMs: number | null, run: () => unknown) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await run();
    ms.push(performance.now() - t);
  }
  const m = median(ms);
  log(`${name.padEnd(34)} median ${(m / 1000).toFixed(2)} s over ${runs}${limitMs ? `  (${((m / limitMs) * 100).toFixed(0)}% of the ${limitMs / 1000} s limit)` : ""}`);
}
try {
  const ws = getWorkspaceBySlug(connection.db, BENCH_SLUG)!;
  const rows = connection.sqlite.prepare("SELECT COUNT(*) FROM task_logs WHERE workspace_id = ?").pluck().get(ws.id) as number;
  log(`workspace "${BENCH_SLUG}": ${rows.toLocaleString("en")} task log rows`);
  const query = reportQuery(ws, new URLSearchParams());
  if (!query.ok) throw new Error(query.message);
  const styles = reportStylesheets();
  await time("view model (queries + sentences)", null, () => query.load(connection.db));
  await time("PDF (view model + HTML + Chromium)", 10_000, async () => htmlToPdf(renderReportHtml(query.load(connection.db), styles)));
  await time("deck (view model + charts + pptx)", 5_000, async () => reportDeck(query.load(connection.db)));
} finally {
  connection.close();
  if (!values.db) rmSync(workDir, { recursive: true, force: true });
}
