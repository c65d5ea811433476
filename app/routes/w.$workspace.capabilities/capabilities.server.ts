/**
 * The Capabilities page's view model: people's readiness (survey supply against the demand of
 * the redesigned roles) and the AI use the task logs record. Figures come from db/queries
 * (survey.ts, tool-adoption.ts); this file only shapes them. Every view with survey data is
 * audited, so the page is not served from the view cache (an audit row is a database change).
 */
import { CAPABILITIES, CAPABILITY_DESCRIPTIONS, CAPABILITY_LABELS, type Capability } from "../../analyzer/capabilities";
import { recordAudit } from "../../../db/queries/audit";
import { countSurveyResponses, getReadiness } from "../../../db/queries/survey";
import { getToolEvidence } from "../../../db/queries/tool-adoption";
import { AI_USE_LABELS } from "../../../importers/survey-wording";
import type { DashboardContext } from "../../dashboard/dashboard.server";

export function loadCapabilities(ctx: DashboardContext) {
  const { db, access, filter } = ctx;
  const workspaceId = access.workspace.id;
  const k = access.workspace.kThreshold;
  const surveyed = countSurveyResponses(db, workspaceId) > 0;
  const readiness = getReadiness(db, workspaceId, filter, k);
  const evidence = getToolEvidence(db, workspaceId, filter, k);
  if (surveyed) {
    recordAudit(db, {
      workspaceId,
      workspaceSlug: access.workspace.slug,
      actor: access.actor.label,
      actorUserId: access.actor.userId,
      action: "survey.view",
      detail: { page: "capabilities", filter },
    });
  }
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

export type CapabilitiesView = ReturnType<typeof loadCapabilities>;
