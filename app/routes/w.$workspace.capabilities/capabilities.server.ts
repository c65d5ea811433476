/**
 * The Capabilities page's view model: people's readiness (survey supply against the demand of
 * the redesigned roles) and the AI use the task logs record. Figures come from db/queries
 * (survey.ts, tool-adoption.ts); this file only shapes them. The view is kept per database
 * revision like every dashboard's (`cachedPage`, figures shared by the list pages through
 * `cachedFigures`); every view of survey data is audited through `auditView`, which the page
 * cache replays on each answer it gives from its store (decisions 153 and 168).
 */
import { CAPABILITIES, CAPABILITY_DESCRIPTIONS, CAPABILITY_LABELS, type Capability } from "../../analyzer/capabilities";
import { countSurveyResponses } from "../../../db/queries/survey";
import { getToolEvidence } from "../../../db/queries/tool-adoption";
import { AI_USE_LABELS } from "../../../importers/survey-wording";
import { data } from "@remix-run/node";
import { cachedFigures, cachedPage, type DashboardContext } from "../../dashboard/dashboard.server";
import { cachedReadiness } from "../../survey/cached-readiness.server";
import { auditView } from "../../dashboard/page-cache.server";
import { parseShowAll } from "../../dashboard/paging";
import { CAPABILITY_LISTS, summarizeCapabilities } from "./summarize";

/**
 * The page's view, and the view's audit record when the workspace has survey responses. The
 * audit comes after the access check (`loadDashboardContext`) and after the view is known to
 * render (a bad link throws first), and is recorded whether the view was computed or cached.
 * `requestId` lets the page cache keep the record with the answer it stores.
 */
export function loadCapabilities(ctx: DashboardContext, requestId?: string) {
  const view = cachedPage(ctx, shapeCapabilities);
  if (view.surveyed) {
    const { db, access, filter } = ctx;
    auditView(db, requestId, {
      workspaceId: access.workspace.id,
      workspaceSlug: access.workspace.slug,
      actor: access.actor.label,
      actorUserId: access.actor.userId,
      action: "survey.view",
      detail: { page: "capabilities", filter },
    });
  }
  return view;
}

function shapeCapabilities(ctx: DashboardContext) {
  const { db, access, filter } = ctx;
  const workspaceId = access.workspace.id;
  const show = parseShowAll(ctx.url.searchParams, CAPABILITY_LISTS);
  if (!show.ok) throw data({ message: `This link is not valid: ${show.message}.` }, { status: 400 });
  const k = access.workspace.kThreshold;
  // The figures do not depend on the member's role; "show all" and the page number only choose
  // rows to list, so every list page shares them.
  const figures = cachedFigures(ctx, "capabilities", () => ({
    surveyed: countSurveyResponses(db, workspaceId) > 0,
    readiness: cachedReadiness(ctx),
    evidence: getToolEvidence(db, workspaceId, filter, k),
  }));
  const { surveyed } = figures;
  const { readiness, evidence, lists } = summarizeCapabilities(figures.readiness, figures.evidence, show.value);
  const label = (c: Capability) => CAPABILITY_LABELS[c];
  const top = readiness.trainFirst[0] ?? null;
  // "Do our juniors already have it?": the lowest of Entry/Junior with figures to show.
  const juniorRows = readiness.gapByLevel.filter((row) => Number(row.key) <= 1);
  const entry = juniorRows.find((row) => row.cells.some((c) => c.gap !== null)) ?? juniorRows[0] ?? null;
  return {
    shell: ctx.shell,
    surveyed,
    capabilities: CAPABILITIES.map((c) => ({ key: c, label: label(c), description: CAPABILITY_DESCRIPTIONS[c] })),
    aiUseLabels: [...AI_USE_LABELS],
    readiness,
    evidence,
    lists,
    answers: {
      trainFirst: top ? { department: top.department, capability: label(top.capability), gap: top.gap, roles: top.roles.slice(0, 3).map((r) => r.title) } : null,
      juniors: entry
        ? {
            level: entry.label,
            short: entry.cells.filter((c) => c.gap !== null && c.gap > 0.05).map((c) => label(c.capability)),
            suppressed: entry.cells.every((c) => c.suppressed),
          }
        : null,
      adoption: evidence.overall.suppressed ? null : evidence.overall.adoption,
    },
  };
}

export type CapabilitiesView = ReturnType<typeof shapeCapabilities>;
