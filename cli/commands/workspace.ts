/**
 * `orbital workspace list|export|import|delete`: a consultant's backup of a client workspace
 * (a folder of CSV files and a manifest) and its removal, through the same server modules
 * and with the same audit events as the web app.
 */
import { resolve } from "node:path";
import type { Command } from "commander";
import { BackupError } from "../../app/backup/backup-error";
import { exportWorkspace } from "../../app/backup/export-workspace.server";
import { restoreWorkspace } from "../../app/backup/import-workspace.server";
import type { Connection } from "../../db/connection";
import { recordAudit } from "../../db/queries/audit";
import { countWorkspaceData, listWorkspacesWithCounts } from "../../db/queries/backup";
import { deleteWorkspace } from "../../db/queries/workspace-admin";
import { SLUG_PATTERN } from "../../db/queries/workspaces";
import { CliError, EXIT } from "../errors";
import { openForCommand } from "../open-database";
import { terminalProgress } from "../progress";
import { chooseWorkspace } from "../workspace-choice";

const CLI_ACTOR = "cli";
const DB_HELP = "database file (default: $ORBITAL_DB or data/orbital.db)";
const n = (value: number) => value.toLocaleString("en");

async function withDatabase<T>(path: string | undefined, run: (conn: Connection) => Promise<T> | T): Promise<T> {
  const conn = await openForCommand(path);
  try {
    return await run(conn);
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(`orbital workspace: ${error.message}`, EXIT.rejected);
    throw error;
  } finally {
    conn.close();
  }
}

export function registerWorkspaceCommands(program: Command): void {
  const workspace = program
    .command("workspace")
    .description("list, back up, restore and delete workspaces")
    .addHelpText(
      "after",
      "\nExit codes: 0 done, 1 refused (folder not empty, backup altered or rejected, slug taken), 2 usage error (e.g. no such workspace).",
    );

  workspace
    .command("list")
    .description("list the workspaces with their size")
    .option("--db <path>", DB_HELP)
    .action((options: { db?: string }) => withDatabase(options.db, ({ db }) => listCommand(db)));

  workspace
    .command("export")
    .description(
      "write a workspace to a folder: jobs.csv, task_logs.csv, overrides.csv, roster.csv, survey_responses.csv, column_mappings.json, report_cover.json and manifest.json",
    )
    .requiredOption("--workspace <slug>", "the workspace to export")
    .requiredOption("--out <dir>", "a new or empty folder")
    .option("--include-pseudonym-key", "also write the workspace's pseudonym key, so a restored workspace links later log, roster and survey imports to the same people (guard the folder like raw HR data)", false)
    .option("--db <path>", DB_HELP)
    .addHelpText(
      "after",
      "\nEmployee ids are written as the keyed hashes stored at import (raw ids are never stored).\nThe folder holds HR data: it is created readable by you only.",
    )
    .action((options: { workspace: string; out: string; includePseudonymKey: boolean; db?: string }) =>
      withDatabase(options.db, (connection) => {
        const ws = chooseWorkspace(connection.db, options.workspace, { create: false })!;
        const outDir = resolve(options.out);
        const manifest = exportWorkspace({ connection, workspace: ws, outDir, includePseudonymKey: options.includePseudonymKey, actor: CLI_ACTOR });
        const c = manifest.counts;
        process.stdout.write(
          `Exported workspace "${ws.slug}" to ${outDir}: ${n(c.roles)} roles, ${n(c.taskStatements)} task statements, ` +
            `${n(c.taskLogRows)} task log rows (${n(c.employees)} pseudonymized people), ${n(c.overrides)} overrides, ` +
            `${n(c.rosterPeople ?? 0)} roster people, ${n(c.surveyResponses ?? 0)} survey responses, ${n(c.mappings ?? 0)} saved column mappings, ` +
            `${c.reportCover ? "the report cover" : "no report cover"}.\n` +
            (manifest.pseudonymKey ? "The manifest holds the pseudonym key: keep this folder as safe as the raw data.\n" : ""),
        );
      }),
    );

  workspace
    .command("import")
    .description("restore a folder written by `orbital workspace export` into a new workspace")
    .requiredOption("--dir <dir>", "the backup folder")
    .requiredOption("--workspace <slug>", "slug of the new workspace (must not exist)")
    .option("--name <name>", "name of the new workspace (default: the original's)")
    .option("--db <path>", DB_HELP)
    .addHelpText("after", "\nNobody has access to the restored workspace yet: grant it with `orbital user grant`.")
    .action((options: { dir: string; workspace: string; name?: string; db?: string }) => {
      if (!SLUG_PATTERN.test(options.workspace)) {
        throw new CliError(`orbital: --workspace "${options.workspace}" must be lower-case letters, digits and dashes`, EXIT.usage);
      }
      return withDatabase(options.db, async (connection) => {
        const progress = terminalProgress("Restoring");
        try {
          const started = performance.now();
          const result = await restoreWorkspace({
            connection,
            dir: resolve(options.dir),
            slug: options.workspace,
            name: options.name,
            actor: CLI_ACTOR,
            onProgress: (_step, p) => progress.update(p.bytesRead, p.totalBytes),
          });
          progress.stop();
          const c = result.manifest.counts;
          const seconds = ((performance.now() - started) / 1000).toFixed(1);
          process.stdout.write(
            `Restored "${result.manifest.workspace.slug}" (exported ${result.manifest.exportedAt.slice(0, 16).replace("T", " ")} UTC) ` +
              `as workspace "${result.workspace.slug}" in ${seconds} s: ${n(c.roles)} roles, ${n(c.taskLogRows)} task log rows, ${n(c.overrides)} overrides` +
              (result.missingParts.length
                ? ".\n"
                : `, ${n(c.rosterPeople ?? 0)} roster people, ${n(c.surveyResponses ?? 0)} survey responses, ${n(c.mappings ?? 0)} saved column mappings, ` +
                  `${c.reportCover ? "the report cover" : "no report cover"}.\n`) +
              result.notes.map((note) => `  ${note}\n`).join("") +
              `  Grant access with: orbital user grant --email EMAIL --workspace ${result.workspace.slug} --role viewer\n`,
          );
        } finally {
          progress.stop();
        }
      });
    });

  workspace
    .command("delete")
    .description("delete a workspace and all its data (imports, task logs, analysis, overrides, memberships)")
    .requiredOption("--workspace <slug>", "the workspace to delete")
    .option("--yes", "confirm: this cannot be undone", false)
    .option("--db <path>", DB_HELP)
    .action((options: { workspace: string; yes: boolean; db?: string }) =>
      withDatabase(options.db, ({ db, path }) => {
        const ws = chooseWorkspace(db, options.workspace, { create: false })!;
        const counts = countWorkspaceData(db, ws.id);
        const what = `${n(counts.roles)} roles, ${n(counts.taskLogRows)} task log rows, ${n(counts.overrides)} overrides and ${n(counts.members)} memberships`;
        if (!options.yes) {
          throw new CliError(`orbital workspace delete: this deletes "${ws.slug}" (${ws.name}) with ${what}, and cannot be undone. Add --yes to confirm.`, EXIT.usage);
        }
        const started = performance.now();
        deleteWorkspace(path, ws.id, (tx) =>
          recordAudit(tx, { workspaceId: ws.id, workspaceSlug: ws.slug, actor: CLI_ACTOR, action: "workspace.delete", detail: { name: ws.name, counts } }),
        );
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`Deleted workspace "${ws.slug}" (${ws.name}) with ${what} in ${seconds} s.\n`);
      }),
    );
}

function listCommand(db: Connection["db"]) {
  const all = listWorkspacesWithCounts(db);
  if (all.length === 0) {
    process.stdout.write("No workspaces yet.\n");
    return;
  }
  const header = ["slug", "name", "k", "roles", "task log rows", "members", "created (UTC)"];
  const rows = all.map((w) => [w.slug, w.name, String(w.kThreshold), n(w.roles), n(w.taskLogRows), String(w.members), w.createdAt.slice(0, 16).replace("T", " ")]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd();
  process.stdout.write([header, ...rows].map(line).join("\n") + "\n");
}
