/**
 * What the restore's staging database costs (decision 144): the demo organization (jobs, task
 * logs, survey) is exported and restored, and the copy from a staging file into the real
 * database is timed on its own against the same workspace. Prints the ratio of the copy to the
 * whole restore, measured in the same run (figures vary with the machine's load).
 *
 *   npx tsx bench/backup-restore.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { exportWorkspace } from "../app/backup/export-workspace.server";
import { restoreWorkspace } from "../app/backup/import-workspace.server";
import { importFile } from "../app/imports/import-file.server";
import { fileSource } from "../app/imports/source.server";
import { openDatabase } from "../db/connection";
import { copyWorkspace } from "../db/copy-workspace";
import { createWorkspace } from "../db/queries/workspaces";

const DEMO = resolve(import.meta.dirname, "../fixtures/demo");
const dir = mkdtempSync(join(tmpdir(), "orbital-bench-restore-"));
try {
  const source = openDatabase(join(dir, "source.db"));
  const workspace = createWorkspace(source.db, { slug: "demo", name: "Demo" });
  for (const [kind, file] of [["jobs", "jobs.csv"], ["logs", "task_logs.csv"], ["survey", "survey.csv"]] as const) {
    const outcome = await importFile({ connection: source, workspace, kind, source: fileSource(join(DEMO, file)), actor: "bench" });
    if (outcome.status !== "imported") throw new Error(`${file}: ${outcome.status}`);
  }
  const backup = join(dir, "backup");
  let started = performance.now();
  const manifest = exportWorkspace({ connection: source, workspace, outDir: backup, actor: "bench" });
  const exportMs = performance.now() - started;

  const target = openDatabase(join(dir, "target.db"));
  started = performance.now();
  await restoreWorkspace({ connection: target, dir: backup, slug: "restored", actor: "bench" });
  const restoreMs = performance.now() - started;
  // The copy alone, from a database holding the same workspace (the source plays the staging file).
  source.close();
  started = performance.now();
  copyWorkspace(target.path, join(dir, "source.db"), workspace.id, "copied");
  const copyMs = performance.now() - started;
  target.close();

  const c = manifest.counts;
  console.log(`workspace: ${c.roles} roles, ${c.taskLogRows} log rows, ${c.surveyResponses} survey responses`);
  console.log(`export ${exportMs.toFixed(0)} ms; restore ${restoreMs.toFixed(0)} ms, of which the copy out of staging is about ${copyMs.toFixed(0)} ms (${((100 * copyMs) / restoreMs).toFixed(1)} %)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
