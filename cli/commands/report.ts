/**
 * `orbital report`: the readiness report from the shell, as PDF, slides (.pptx) or HTML, for the same filter and scenario the web page takes. Audited like a download.
 */
import { writeFileSync } from "node:fs";
import { extname } from "node:path";
import type { Command } from "commander";
import { defaultDatabasePath, openDatabase } from "../../db/connection";
import { recordAudit } from "../../db/queries/audit";
import { reportDeck } from "../../app/report/deck";
import { reportQuery } from "../../app/report/load-report.server";
import { ChromiumMissingError, htmlToPdf } from "../../app/report/pdf.server";
import { renderReportHtml } from "../../app/report/render-html";
import { CliError, EXIT } from "../errors";
import { chooseWorkspace } from "../workspace-choice";
import { reportStylesheets } from "./report-styles";

export const REPORT_FORMATS = ["pdf", "pptx", "html"] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];

interface ReportOptions {
  workspace?: string;
  out: string;
  format?: string;
  adoption?: string;
  elasticity?: string;
  department: string[];
  level: string[];
  location: string[];
  paper?: string;
  db?: string;
}

const collect = (value: string, previous: string[]) => [...previous, value];

/** --format, else the extension of --out. */
export function reportFormat(out: string, format: string | undefined): ReportFormat {
  const chosen = (format ?? extname(out).slice(1)).toLowerCase();
  if ((REPORT_FORMATS as readonly string[]).includes(chosen)) return chosen as ReportFormat;
  throw new CliError(
    format
      ? `orbital: --format must be one of ${REPORT_FORMATS.join(", ")}, got "${format}"`
      : `orbital: cannot tell the format from "${out}": end it in .${REPORT_FORMATS.join(" or .")}, or pass --format`,
    EXIT.usage,
  );
}

export function registerReport(program: Command) {
  program
    .command("report")
    .description("write the readiness report (PDF, slides or HTML) for a workspace")
    .requiredOption("--out <file>", "where to write it (report.pdf, deck.pptx, report.html)")
    .option("--format <format>", `${REPORT_FORMATS.join(" | ")} (default: from --out's extension)`)
    .option("--workspace <slug>", "workspace (default: the only one)")
    .option("--adoption <percent>", "adoption rate, 0–100 (default 50)")
    .option("--elasticity <e>", "elasticity of demand, 0–3 (default 0.5)")
    .option("--department <name>", "only this department (repeat for several)", collect, [])
    .option("--level <n>", "only this level, 0 Entry … 6 Executive (repeat for several)", collect, [])
    .option("--location <name>", "only this location (repeat for several)", collect, [])
    .option("--paper <size>", "a4 or letter (default a4)")
    .option("--db <path>", "database file (default: $ORBITAL_DB or data/orbital.db)")
    .addHelpText("after", "\nThe PDF needs Chromium: set ORBITAL_CHROMIUM to its path, or have `chromium` on PATH.\nExit codes: 0 written, 1 could not render (e.g. no Chromium), 2 usage error.")
    .action(async (options: ReportOptions) => {
      const format = reportFormat(options.out, options.format);
      const params = new URLSearchParams();
      if (options.adoption !== undefined) params.set("adoption", options.adoption);
      if (options.elasticity !== undefined) params.set("elasticity", options.elasticity);
      if (options.paper !== undefined) params.set("paper", options.paper);
      for (const d of options.department) params.append("department", d);
      for (const l of options.level) params.append("level", l);
      for (const l of options.location) params.append("location", l);

      const connection = openDatabase(options.db ?? defaultDatabasePath());
      try {
        const workspace = chooseWorkspace(connection.db, options.workspace, { create: false });
        if (!workspace) throw new CliError("orbital: this database has no workspace yet; import job descriptions first", EXIT.usage);
        const query = reportQuery(workspace, params);
        if (!query.ok) throw new CliError(`orbital: ${query.message}`, EXIT.usage);
        const started = performance.now();
        const view = query.load(connection.db);
        let body: Uint8Array | string = format === "pptx" ? await reportDeck(view) : renderReportHtml(view, reportStylesheets());
        if (format === "pdf") {
          try {
            body = await htmlToPdf(body as string);
          } catch (error) {
            if (error instanceof ChromiumMissingError) throw new CliError(`orbital: ${error.message}`, EXIT.rejected);
            throw error;
          }
        }
        writeFileSync(options.out, body);
        recordAudit(connection.db, {
          workspaceId: workspace.id,
          workspaceSlug: workspace.slug,
          actor: "cli",
          action: "export.report",
          detail: { format, query: Object.fromEntries(params) },
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        process.stdout.write(`Wrote the report for "${workspace.slug}" to ${options.out} (${format.toUpperCase()}, ${seconds} s).\n`);
      } finally {
        connection.close();
      }
    });
}
