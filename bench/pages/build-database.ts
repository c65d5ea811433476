/**
 * The benchmark's database: the demo organization's job descriptions and the million-row task
 * log from the fixtures generator, imported through the real import path (which analyses the
 * workspace afterwards), plus one account that administers it. Built once; `--db PATH` reuses it.
 * With `roles`, the workspace is instead the many-roles company (scripts/fixtures/many-roles.ts):
 * that many roles, ~21 people and ~100 log rows each, in the workspace `roles-N`.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { importFile } from "../../app/imports/import-file.server";
import { fileSource } from "../../app/imports/source.server";
import { openDatabase } from "../../db/connection";
import { createWorkspace, getWorkspaceBySlug } from "../../db/queries/workspaces";
import { DEMO_DIR, writeMillionTaskLog } from "../../scripts/fixtures/files";
import { writeManyRolesFixtures } from "../../scripts/fixtures/many-roles";
import { createUser } from "../../test/support/auth";

export const BENCH_SLUG = "million";

/** The workspace slug of the benchmark: "million", or "roles-3000" for `--roles 3000`. */
export function benchSlug(roles?: number): string {
  return roles ? `roles-${roles}` : BENCH_SLUG;
}
export const BENCH_EMAIL = "bench@example.com";

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** True when `dbPath` already holds the analysed benchmark workspace and its viewer. */
function isBuilt(dbPath: string, slug: string): boolean {
  if (!existsSync(dbPath)) return false;
  const conn = openDatabase(dbPath, { migrate: false });
  try {
    const ws = getWorkspaceBySlug(conn.db, slug);
    const analysed = ws && conn.sqlite.prepare(`SELECT COUNT(*) FROM role_analysis WHERE workspace_id = ?`).pluck().get(ws.id);
    const user = conn.sqlite.prepare(`SELECT COUNT(*) FROM users WHERE email = ?`).pluck().get(BENCH_EMAIL);
    return Boolean(analysed) && Boolean(user);
  } finally {
    conn.close();
  }
}

export async function ensureBenchDatabase(dbPath: string, options: { logs?: string; roles?: number; workDir: string; log(line: string): void }): Promise<void> {
  const slug = benchSlug(options.roles);
  if (isBuilt(dbPath, slug)) {
    options.log(`reusing ${dbPath}`);
    return;
  }
  if (existsSync(dbPath)) throw new Error(`${dbPath} exists but is not a benchmark database; give a new path`);
  let jobs = join(DEMO_DIR, "jobs.csv");
  let logs = options.logs;
  let name = "Kestrel Climate Systems (1M task log rows)";
  if (options.roles) {
    const t = performance.now();
    const files = await writeManyRolesFixtures(options.workDir, { count: options.roles });
    options.log(`generated ${files.roles.toLocaleString("en")} roles (${files.people.toLocaleString("en")} people) and ${files.rows.toLocaleString("en")} task log rows in ${seconds(t)}`);
    jobs = files.jobsPath;
    logs = files.taskLogsPath;
    name = `Kestrel Climate Systems (${options.roles.toLocaleString("en")} roles)`;
  } else if (!logs) {
    logs = join(options.workDir, "task_logs_1m.csv");
    const t = performance.now();
    const rows = await writeMillionTaskLog(logs);
    options.log(`generated ${rows.toLocaleString("en")} task log rows in ${seconds(t)} (npm run fixtures -- --million)`);
  }
  const connection = openDatabase(dbPath);
  try {
    const workspace = createWorkspace(connection.db, { slug, name });
    for (const [kind, path] of [["jobs", jobs], ["logs", logs]] as const) {
      const t = performance.now();
      const outcome = await importFile({ connection, workspace, kind, source: fileSource(path), actor: "bench" });
      if (outcome.status !== "imported") throw new Error(`${path}: ${outcome.status}`);
      options.log(`imported ${outcome.import.rowsImported.toLocaleString("en")} ${kind} rows and analysed in ${seconds(t)}`);
    }
  } finally {
    connection.close();
  }
  // Administrator, so the import and settings pages answer too.
  await createUser(dbPath, { email: BENCH_EMAIL, grants: { [slug]: "admin" } });
}
