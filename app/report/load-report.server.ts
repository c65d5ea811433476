/**
 * From a URL's query (filter, scenario, paper) to a ReportView: shared by the report page, its
 * downloads and `orbital report`. Bad values come back as one message (a 400 on the web, exit 2
 * in the shell).
 */
import type { Db } from "../../db/connection";
import { parseDashboardFilter } from "../dashboard/filter";
import packageJson from "../../package.json";
import { parseScenarioParams } from "../dashboard/scenario-params";
import { getReportCover } from "./cover.server";
import { buildReport, type Paper, type ReportView } from "./report.server";

export type ReportQuery = { ok: true; load: (db: Db) => ReportView } | { ok: false; message: string };

export function parsePaper(raw: string | null): Paper | null {
  if (raw === null || raw === "" || raw.toLowerCase() === "a4") return "a4";
  return raw.toLowerCase() === "letter" ? "letter" : null;
}

export function reportQuery(workspace: { id: number; slug: string; name: string }, params: URLSearchParams, now = new Date()): ReportQuery {
  const filter = parseDashboardFilter(params);
  if (!filter.ok) return { ok: false, message: `the filter is not valid: ${filter.message}` };
  const scenario = parseScenarioParams(params);
  if (!scenario.ok) return { ok: false, message: `the scenario is not valid: ${scenario.message}` };
  const paper = parsePaper(params.get("paper"));
  if (!paper) return { ok: false, message: `paper must be a4 or letter, got "${params.get("paper")}"` };
  return {
    ok: true,
    load: (db) =>
      buildReport(db, {
        workspace,
        filter: filter.filter,
        scenario: scenario.scenario,
        paper,
        cover: getReportCover(db, workspace.id),
        date: now.toISOString().slice(0, 10),
        version: packageJson.version,
      }),
  };
}
