/**
 * `/w/:workspace/export/capabilities.csv`: the Capabilities page's figures for the filter in the
 * URL — supply, need and gap per department and per level, then where to train first. Cells
 * drawn from fewer than k respondents read "fewer than k people", exactly as on the page;
 * individual answers are never exported. Every download is audited.
 */
import type { Params } from "@remix-run/react";
import { CAPABILITIES, CAPABILITY_LABELS } from "../analyzer/capabilities";
import type { DemandRow, GapRow, SupplyRow } from "../analyzer/readiness";
import { recordAudit } from "../../db/queries/audit";
import { parseDashboardFilter } from "../dashboard/filter";
import { requireWorkspace } from "../access.server";
import { toCsv, type CsvValue } from "../csv/write-csv";
import { getDb } from "../db.server";
import { cachedReadiness } from "./cached-readiness.server";
import { round } from "../exports/csv-table";
import { suppressedLabel } from "../charts/format";

export const CAPABILITIES_CSV_HEADER = ["section", "group", "capability", "respondents", "response_rate_pct", "reported_pct", "needed_pct", "gap_pts", "dependent_hours", "priority", "roles"];

const pct = (v: number | null | undefined) => (v === null || v === undefined ? null : round(v * 100, 1));

function groupRows(section: string, supply: readonly SupplyRow[], demand: readonly DemandRow[], gaps: readonly GapRow[], k: number): CsvValue[][] {
  const rows: CsvValue[][] = [];
  supply.forEach((s, i) => {
    const hidden = suppressedLabel(k);
    for (const capability of CAPABILITIES) {
      const cell = gaps[i].cells.find((c) => c.capability === capability)!;
      const need = demand[i];
      if (s.suppressed && s.respondents !== 0) {
        rows.push([section, s.label, CAPABILITY_LABELS[capability], hidden, hidden, hidden, need.suppressed ? hidden : pct(need.required?.[capability]), hidden, null, null, null]);
        continue;
      }
      rows.push([
        section,
        s.label,
        CAPABILITY_LABELS[capability],
        s.respondents,
        pct(s.responseRate),
        pct(s.supply?.[capability]),
        need.suppressed ? hidden : pct(need.required?.[capability]),
        cell.suppressed ? hidden : pct(cell.gap),
        need.dependentHours ? round(need.dependentHours[capability], 1) : null,
        null,
        null,
      ]);
    }
  });
  return rows;
}

export async function capabilitiesCsvResponse(request: Request, params: Params): Promise<Response> {
  const access = await requireWorkspace(request, params.workspace, "viewer");
  const parsed = parseDashboardFilter(new URL(request.url).searchParams);
  if (!parsed.ok) {
    return new Response(`This link's filter is not valid: ${parsed.message}.\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { workspace, actor } = access;
  const k = workspace.kThreshold;
  const db = getDb();
  const view = cachedReadiness({ db, access, filter: parsed.filter });
  const rows = [
    ...groupRows("department", view.byDepartment, view.demandByDepartment, view.gapByDepartment, k),
    ...groupRows("level", view.byLevel, view.demandByLevel, view.gapByLevel, k),
    // Every role's reported capability: the page lists the roles with the most respondents (decision 154).
    ...view.byRole.flatMap((s) =>
      CAPABILITIES.map((capability): CsvValue[] => {
        const hidden = suppressedLabel(k);
        const isHidden = s.suppressed && s.respondents !== 0;
        return ["role", s.label, CAPABILITY_LABELS[capability], isHidden ? hidden : s.respondents, isHidden ? hidden : pct(s.responseRate), isHidden ? hidden : pct(s.supply?.[capability]), null, null, null, null, null];
      }),
    ),
    ...view.trainFirst.map((t): CsvValue[] => [
      "train_first",
      t.department,
      CAPABILITY_LABELS[t.capability],
      null,
      null,
      null,
      null,
      pct(t.gap),
      round(t.dependentHours, 1),
      round(t.priority, 1),
      t.roles.map((r) => r.title).join("; "),
    ]),
  ];
  recordAudit(db, {
    workspaceId: workspace.id,
    workspaceSlug: workspace.slug,
    actor: actor.label,
    actorUserId: actor.userId,
    action: "export.csv",
    detail: { export: "capabilities.csv", filter: parsed.filter },
  });
  return new Response("\uFEFF" + toCsv(CAPABILITIES_CSV_HEADER, rows), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${workspace.slug}-capabilities.csv"` },
  });
}
