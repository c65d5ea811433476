/**
 * `orbital import jobs|logs FILE` and `orbital imports`: the shell's door to the same import
 * path the web Import page uses (app/imports/import-file.server.ts).
 */
import { existsSync, statSync } from "node:fs";
import type { Command } from "commander";
import { importFile, toSummary } from "../../app/imports/import-file.server";
import { fileSource } from "../../app/imports/source.server";
import type { ImportKind, ImportOutcome } from "../../app/imports/types";
import { defaultDatabasePath, openDatabase } from "../../db/connection";
import { listImports } from "../../db/queries/imports";
import { CliError, EXIT } from "../errors";
import { listProblems } from "../problems";
import { terminalProgress } from "../progress";
import { chooseWorkspace } from "../workspace-choice";


interface ImportOptions {
  workspace?: string;
  db?: string;
  replace?: boolean;
  sheet?: string;
}

const KIND_HELP: Record<ImportKind, string> = {
  jobs: "job descriptions (one row per role: title, department, level, headcount, responsibilities)",
  logs: "task logs (one row per piece of work: employee_id, role, date, task, hours or minutes)",
};

export function registerImport(program: Command) {
  const command = program
    .command("import")
    .description("import a CSV file of job descriptions or task logs")
    .addHelpText("after", "\nExit codes: 0 imported (or already imported), 1 file rejected (nothing changed), 2 usage error.");
  for (const kind of ["jobs", "logs"] as const) {
    command
      .command(kind)
      .description(`import ${KIND_HELP[kind]}`)
      .argument("<file>", "CSV file (UTF-8, UTF-16 with BOM or Windows-1252; comma, semicolon or tab) or Excel workbook (.xlsx)")
      .option("--workspace <slug>", "workspace to import into (created if new; default: the only one, or \"default\")")
      .option("--db <path>", "database file (default: $ORBITAL_DB or data/orbital.db)")
      .option("--replace", "import again deliberately: replaces earlier imports of this file (same checksum or file name)")
      .option("--sheet <name>", "for an .xlsx workbook: the sheet to read (default: the first visible sheet)")
      .action((file: string, options: ImportOptions) => runImport(kind, file, options));
  }

  program
    .command("imports")
    .description("list past imports of a workspace")
    .option("--workspace <slug>", "workspace (default: the only one)")
    .option("--db <path>", "database file (default: $ORBITAL_DB or data/orbital.db)")
    .action((options: ImportOptions) => listHistory(options));
}

async function runImport(kind: ImportKind, file: string, options: ImportOptions) {
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`orbital: ${file}: no such file`, EXIT.usage);
  const connection = openDatabase(options.db ?? defaultDatabasePath());
  const progress = terminalProgress(`Importing ${kind}`);
  try {
    const workspace = chooseWorkspace(connection.db, options.workspace, { create: true })!;
    const outcome = await importFile({
      connection,
      workspace,
      kind,
      source: fileSource(file),
      replace: options.replace,
      sheet: options.sheet,
      actor: "cli",
      onProgress: (p) => progress.update(p.bytesRead, p.totalBytes),
    });
    progress.stop();
    report(file, workspace.slug, outcome);
  } finally {
    progress.stop();
    connection.close();
  }
}

function report(file: string, slug: string, outcome: ImportOutcome) {
  if (outcome.status === "duplicate") {
    const when = outcome.existing.finishedAt.slice(0, 16).replace("T", " ");
    process.stdout.write(
      `${file} was already imported into workspace "${slug}" (import #${outcome.existing.id}, ${when} UTC): nothing changed.\n` +
        `Use --replace to import it again.\n`,
    );
    return;
  }
  if (outcome.status === "rejected") {
    const lines = listProblems(file, outcome.issues, outcome.issueCount);
    lines.push(`${file}: rejected, nothing was imported (${outcome.issueCount} problem${outcome.issueCount === 1 ? "" : "s"}).`);
    throw new CliError(lines.join("\n"), EXIT.rejected);
  }
  const { import: record } = outcome;
  const what = record.kind === "jobs" ? "roles" : "task log rows";
  const lines = [
    `Imported ${record.rowsImported.toLocaleString("en")} ${what} from ${file} into workspace "${slug}" (import #${record.id}, ${(outcome.durationMs / 1000).toFixed(1)} s).`,
    ...record.notes.map((note) => `  ${note}`),
  ];
  process.stdout.write(lines.join("\n") + "\n");
}

function listHistory(options: ImportOptions) {
  const connection = openDatabase(options.db ?? defaultDatabasePath());
  try {
    const workspace = chooseWorkspace(connection.db, options.workspace, { create: false });
    const history = workspace ? listImports(connection.db, workspace.id).map(toSummary) : [];
    if (!workspace || history.length === 0) {
      process.stdout.write(`No imports yet${workspace ? ` in workspace "${workspace.slug}"` : ""}.\n`);
      return;
    }
    const header = ["#", "kind", "status", "rows", "file", "checksum", "finished (UTC)", "by"];
    const rows = history.map((i) => [
      String(i.id),
      i.kind,
      i.status,
      `${i.rowsImported}/${i.rowsRead}`,
      i.fileName,
      i.checksum.slice(0, 12),
      i.finishedAt.slice(0, 19).replace("T", " "),
      i.actor,
    ]);
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join("  ").trimEnd();
    process.stdout.write(`Imports in workspace "${workspace.slug}":\n${[header, ...rows].map(line).join("\n")}\n`);
  } finally {
    connection.close();
  }
}
