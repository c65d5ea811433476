/**
 * `orbital analyze`: recompute a workspace's classifications and roll-ups on demand (imports
 * already do it). Useful after upgrading Orbital: texts classified by an older classifier
 * version are classified again; others are kept.
 */
import type { Command } from "commander";
import { analyzeWorkspaceNow } from "../../db/pipeline/refresh";
import { defaultDatabasePath, openDatabase } from "../../db/connection";
import { recordAudit } from "../../db/queries/audit";
import { lockWaitMs, withWriteLock } from "../../db/write-lock";
import { CliError, EXIT } from "../errors";
import { waitingMessage } from "../open-database";
import { chooseWorkspace } from "../workspace-choice";

export function registerAnalyze(program: Command) {
  program
    .command("analyze")
    .description("recompute a workspace's task classifications and roll-ups")
    .option("--workspace <slug>", "workspace (default: the only one)")
    .option("--db <path>", "database file (default: $ORBITAL_DB or data/orbital.db)")
    .addHelpText("after", "\nExit codes: 0 analyzed, 1 the database stayed busy with another writer (nothing changed), 2 usage error (e.g. no such workspace).")
    .action(async (options: { workspace?: string; db?: string }) => {
      // Plain open: this command's own analysis clears any pending mark (openForCommand would analyse twice).
      const connection = openDatabase(options.db ?? defaultDatabasePath());
      try {
        const workspace = chooseWorkspace(connection.db, options.workspace, { create: false });
        if (!workspace) throw new CliError("orbital: this database has no workspace yet; import job descriptions first", EXIT.usage);
        const started = performance.now();
        // Under the write lock, waited for like an import waits (decision 111); the audit event commits with it.
        const { value: summary, waitedMs } = await withWriteLock(connection.sqlite, { maxWaitMs: lockWaitMs(), onWait: waitingMessage("analysing") }, () => {
          const result = analyzeWorkspaceNow(connection, workspace.id);
          recordAudit(connection.db, {
            workspaceId: workspace.id,
            workspaceSlug: workspace.slug,
            actor: "cli",
            action: "analysis.run",
            detail: { classified: result.classified },
          });
          return result;
        });
        if (waitedMs > 0) process.stderr.write(`orbital: waited ${(waitedMs / 1000).toFixed(1)} s for another Orbital process to finish writing.\n`);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(
          `Analyzed workspace "${workspace.slug}" in ${seconds} s: ${summary.classified.toLocaleString("en")} task texts classified anew.\n`,
        );
      } finally {
        connection.close();
      }
    });
}
