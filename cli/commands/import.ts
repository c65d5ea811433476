/**
 * `orbital import jobs|logs FILE` and `orbital imports`: the shell's door to the same import
 * path the web Import page uses (app/imports/import-file.server.ts).
 */
import { existsSync, statSync } from "node:fs";
import type { Command } from "commander";
import { importFile, toSummary } from "../../app/imports/import-file.server";
import { fileSource } from "../../app/imports/source.server";
import type { ImportKind, ImportOutcome } from "../../app/imports/types";
import { listImports } from "../../db/queries/imports";
import { CliError, EXIT } from "../errors";
import { openForCommand, waitingMessage } from "../open-database";
import { listProblems } from "../problems";
import { terminalProgress } from "../progress";
import { chooseWorkspace } from "../workspace-choice";
import type { ReadChoices } from "../../app/imports/read-setup.server";
import type { ColumnMapping } from "../../importers/headers";
import { LOG_FORMATS, type LogFormatId } from "../../importers/tracker-formats";


interface ImportOptions {
  workspace?: string;
  db?: string;
  replace?: boolean;
  map?: string[];
  format?: string;
  dateFormat?: string;
  skipUnknownPeople?: boolean;
  sheet?: string;
}

const KIND_HELP: Record<ImportKind, string> = {
  jobs: "job descriptions (one row per role: title, department, level, headcount, responsibilities)",
  logs: "task logs: Orbital's CSV (employee_id, role, date, task, hours or minutes) or a Toggl, Clockify, Harvest or Tempo export",
  roster: "a roster (one row per person: employee_id, email or name, and role)",
  survey: "orchestrator-capability survey responses (Google Forms or Microsoft Forms export, or Orbital's template)",
};

const collect = (value: string, previous: string[]) => [...previous, value];

/** `--map FIELD=HEADER` options as a mapping; a malformed one is a usage error. */
export function parseMappings(values: readonly string[]): ColumnMapping {
  const mapping: Record<string, string> = {};
  for (const value of values) {
    const at = value.indexOf("=");
    if (at <= 0 || at === value.length - 1) throw new CliError(`orbital: --map expects FIELD=HEADER (like --map "title=Job Profile Name"), got "${value}"`, EXIT.usage);
    mapping[value.slice(0, at).trim()] = value.slice(at + 1).trim();
  }
  return mapping;
}

function readChoices(kind: ImportKind, options: ImportOptions): ReadChoices {
  const choices: ReadChoices = { mapping: parseMappings(options.map ?? []) };
  if (kind !== "logs") return choices;
  if (options.format !== undefined) {
    if (!(LOG_FORMATS as readonly string[]).includes(options.format)) throw new CliError(`orbital: --format must be one of ${LOG_FORMATS.join(", ")}, got "${options.format}"`, EXIT.usage);
    choices.format = options.format as LogFormatId;
  }
  if (options.dateFormat !== undefined) {
    const order = options.dateFormat.toUpperCase();
    if (order !== "DMY" && order !== "MDY") throw new CliError(`orbital: --date-format must be DMY or MDY, got "${options.dateFormat}"`, EXIT.usage);
    choices.dateOrder = order;
  }
  choices.skipUnknownPeople = options.skipUnknownPeople === true;
  return choices;
}

export function registerImport(program: Command) {
  const command = program
    .command("import")
    .description("import a CSV file of job descriptions, task logs, a roster or survey responses")
    .addHelpText("after", "\nExit codes: 0 imported (or already imported), 1 file rejected or the database stayed busy with another import (nothing changed), 2 usage error.");
  for (const kind of ["jobs", "logs", "roster", "survey"] as const) {
    const sub = command
      .command(kind)
      .description(`import ${KIND_HELP[kind]}`)
      .argument("<file>", "CSV file (UTF-8, UTF-16 with BOM or Windows-1252; comma, semicolon or tab) or Excel workbook (.xlsx)")
      .option("--workspace <slug>", "workspace to import into (created if new; default: the only one, or \"default\")")
      .option("--db <path>", "database file (default: $ORBITAL_DB or data/orbital.db)")
      .option("--replace", "import again deliberately: replaces earlier imports of this file (same checksum or file name)")
      .option("--map <field=header>", "read the file's column HEADER as Orbital's FIELD (repeatable), e.g. --map \"title=Job Profile Name\"", collect, [])
      .option("--sheet <name>", "for an .xlsx workbook: the sheet to read (default: the first visible sheet)");
    if (kind === "logs") {
      sub
        .option("--format <format>", `read the file as this format instead of recognizing it from the header: ${LOG_FORMATS.join("|")}`)
        .option("--date-format <order>", "day/month order of slash dates when the file does not show it: DMY|MDY")
        .option("--skip-unknown-people", "import the rows of people in the roster; skip (and count) the rows of people who are not");
    }
    sub.action((file: string, options: ImportOptions) => runImport(kind, file, options));
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
  const choices = readChoices(kind, options);
  const connection = await openForCommand(options.db);
  const progress = terminalProgress(`Importing ${kind}`);
  const started = performance.now();
  let waitStarted: number | undefined;
  try {
    const workspace = chooseWorkspace(connection.db, options.workspace, { create: true })!;
    const outcome = await importFile({
      connection,
      workspace,
      kind,
      source: fileSource(file),
      replace: options.replace,
      choices,
      sheet: options.sheet,
      actor: "cli",
      onProgress: (p) => progress.update(p.bytesRead, p.totalBytes),
      onWait: (stage) => {
        waitStarted ??= performance.now();
        waitingMessage(stage === "import" ? "importing" : "analysing the imported rows")();
      },
    });
    progress.stop();
    report(file, workspace.slug, outcome);
    if (waitStarted !== undefined) {
      process.stdout.write(`  Waited for another Orbital process (an import or analysis) to finish writing (${((performance.now() - waitStarted) / 1000).toFixed(1)} s of ${((performance.now() - started) / 1000).toFixed(1)} s).\n`);
    }
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
  const what = { jobs: "roles", logs: "task log rows", roster: "people", survey: "survey responses" }[record.kind];
  const lines = [
    `Imported ${record.rowsImported.toLocaleString("en")} ${what} from ${file} into workspace "${slug}" (import #${record.id}, ${(outcome.durationMs / 1000).toFixed(1)} s).`,
    ...record.notes.map((note) => `  ${note}`),
  ];
  if (outcome.analysisPending) {
    lines.push(
      "  The figures are not updated yet: another Orbital process kept the database busy. The next Orbital command or the server finishes the analysis (or run `orbital analyze`).",
    );
  }
  process.stdout.write(lines.join("\n") + "\n");
}

async function listHistory(options: ImportOptions) {
  const connection = await openForCommand(options.db);
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
