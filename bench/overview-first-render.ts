/**
 * The Overview's first render after another connection commits (what a reader meets right after
 * an import's commit: the page cache's revision moved and SQLite's page cache is cold), against
 * the same page served from the page cache, in one run. A benchmark, not a test (decision 178).
 *
 *   npx tsx bench/overview-first-render.ts --db PATH [--page /w/million] [--runs 9]
 * `--db` is the page benchmark's database; it is copied to a temp folder first, never written.
 * Each run renames the workspace back and forth from a second connection: a commit that moves the
 * revision, so the next request renders; the request after it is a page-cache hit.
 */
import Database from "better-sqlite3";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { ensureBuild } from "../scripts/ensure-build.js";
import { loginCookie } from "../test/support/auth";
import { startServer } from "../test/support/server";
import { BENCH_EMAIL, BENCH_SLUG } from "./pages/build-database";

const { values } = parseArgs({
  options: { db: { type: "string" }, page: { type: "string", default: `/w/${BENCH_SLUG}` }, runs: { type: "string", default: "9" } },
});
if (!values.db) throw new Error("--db PATH is required (npm run bench:pages -- --db PATH builds it)");
const runs = Number(values.runs);

ensureBuild();
const dir = mkdtempSync(join(tmpdir(), "orbital-bench-render-"));
const dbPath = join(dir, "bench.db");
copyFileSync(resolve(values.db), dbPath);
const server = await startServer({ dbPath, env: { ORBITAL_DEMO: "0" } });
const writer = new Database(dbPath);
try {
  const cookie = await loginCookie(server.url, BENCH_EMAIL);
  const get = async () => {
    const start = performance.now();
    const res = await fetch(`${server.url}${values.page}`, { headers: { cookie } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${values.page} answered ${res.status}`);
    return { ms: performance.now() - start, hit: res.headers.get("x-page-cache") === "hit" };
  };
  await get();
  await get();
  const rename = writer.prepare(
    `UPDATE workspaces SET name = CASE WHEN name LIKE '%~' THEN substr(name, 1, length(name) - 1) ELSE name || '~' END WHERE slug = ?`,
  );
  const renders: number[] = [];
  const hits: number[] = [];
  for (let i = 0; i < runs; i++) {
    rename.run(BENCH_SLUG);
    const render = await get();
    const hit = await get();
    if (render.hit || !hit.hit) throw new Error("expected a render after the commit, then a page-cache hit");
    renders.push(render.ms);
    hits.push(hit.ms);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const best = (xs: number[]) => Math.min(...xs);
  console.log(`${values.page}, ${runs} runs (load average ${loadavg().map((n) => n.toFixed(2)).join(" ")}):`);
  console.log(`  first render after a commit  best ${best(renders).toFixed(0)} ms, median ${median(renders).toFixed(0)} ms`);
  console.log(`  page-cache hit               best ${best(hits).toFixed(0)} ms, median ${median(hits).toFixed(0)} ms`);
  console.log(`  render / hit: ${(median(renders) / median(hits)).toFixed(1)}× by median; render vs the 200 ms goal: ${(median(renders) / 200).toFixed(2)}×`);
} finally {
  writer.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
