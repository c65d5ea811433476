/**
 * First start: an empty database gets the demo organization (workspace "demo"), imported
 * from fixtures/demo/ through the same path as any upload. ORBITAL_DEMO=0 turns it off.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Connection } from "../db/connection";
import { upsertMembership } from "../db/queries/memberships";
import { firstAdministrator } from "../db/queries/users";
import { deleteWorkspace } from "../db/queries/workspace-admin";
import { createWorkspace, listWorkspaces } from "../db/queries/workspaces";
import { formatIssue } from "../importers";
import { importFile } from "./imports/import-file.server";
import { fileSource } from "./imports/source.server";

export const DEMO_SLUG = "demo";
export const DEMO_NAME = "Kestrel Climate Systems (demo data)";

/**
 * fixtures/demo, found by walking up from this module: it runs from source (CLI, tests)
 * and bundled into build/server/ (the web server).
 */
export function demoFixturesFolder(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = resolve(dir, "fixtures/demo");
    if (existsSync(join(candidate, "jobs.csv"))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Imports the demo when the database has no workspace; returns lines for the server console. */
export async function importDemoIfEmpty(
  connection: Connection,
  options: { origin?: string; env?: Record<string, string | undefined>; fixturesDir?: string } = {},
): Promise<string[]> {
  const env = options.env ?? process.env;
  if (env.ORBITAL_DEMO === "0" || listWorkspaces(connection.db).length > 0) return [];
  const dir = options.fixturesDir ?? demoFixturesFolder();
  if (!dir || !existsSync(join(dir, "jobs.csv"))) return ["Demo data (fixtures/demo/jobs.csv) not found: starting with an empty database."];

  const workspace = createWorkspace(connection.db, { slug: DEMO_SLUG, name: DEMO_NAME });
  // Normally setup grants the first administrator every workspace; if an administrator was
  // created before the first start (e.g. `orbital user add --admin`), hand them the demo now.
  const admin = firstAdministrator(connection.db);
  if (admin) upsertMembership(connection.db, { userId: admin.id, workspaceId: workspace.id, role: "admin" });
  const counts: string[] = [];
  for (const [kind, file] of [["jobs", "jobs.csv"], ["logs", "task_logs.csv"], ["survey", "survey.csv"]] as const) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const outcome = await importFile({ connection, workspace, kind, source: fileSource(path), actor: "system" });
    if (outcome.status === "rejected") {
      // Leave no half-made demo behind, so the next start tries again.
      deleteWorkspace(connection.path, workspace.id);
      const first = outcome.issues.slice(0, 5).map((problem) => `  ${formatIssue(file, problem)}`);
      return [`Demo import of ${file} was rejected (${outcome.issueCount} problems):`, ...first];
    }
    if (outcome.status === "imported") {
      counts.push(`${outcome.import.rowsImported.toLocaleString("en")} ${{ jobs: "roles", logs: "task log rows", survey: "survey responses" }[kind]}`);
    }
  }
  const where = options.origin ? ` at ${options.origin}/w/${DEMO_SLUG}` : "";
  return [`Imported the demo workspace "${DEMO_NAME}" (${counts.join(", ")})${where}.`];
}
