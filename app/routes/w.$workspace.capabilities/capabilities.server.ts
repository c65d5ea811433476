/**
 * The Capabilities page's view model: people's readiness (survey supply against the demand of
 * the redesigned roles) and the AI use the task logs record. Figures come from db/queries
 * (survey.ts, tool-adoption.ts); this file only shapes them. Every view with survey data is
 * audited, so the page is not served from the view cache (an audit row is a database change,
 * and would empty it for every page); its figures are memoized here instead, keyed by the
 * workspace's content revision, which audit rows do not move.
 */
import { CAPABILITIES, CAPABILITY_DESCRIPTIONS, CAPABILITY_LABELS, type Capability } from "../../analyzer/capabilities";
import { recordAudit } from "../../../db/queries/audit";
import { countSurveyResponses, getReadiness, workspaceContentRevision } from "../../../db/queries/survey";
import { getToolEvidence } from "../../../db/queries/tool-adoption";
import { AI_USE_LABELS } from "../../../importers/survey-wording";
import { data } from "@remix-run/node";
import { withoutListParams, type DashboardContext } from "../../dashboard/dashboard.server";
import { parseShowAll } from "../../dashboard/paging";
import { CAPABILITY_LISTS, summarizeCapabilities } from "./summarize";

// Per database handle: tests open several databases in one process.
const memos = new WeakMap<object, Map<string, { revision: string; figures: Figures }>>();
const MEMO_SIZE = 64;

type Figures = { surveyed: boolean; readiness: ReturnType<typeof getReadiness>; evidence: ReturnType<typeof getToolEvidence> };

function figuresOf(ctx: DashboardContext): Figures {
  const { db, access, filter } = ctx;
  const workspaceId = access.workspace.id;
  const revision = workspaceContentRevision(db, workspaceId);
  // The figures do not depend on the member's role; the URL's search holds the filter.
  // "Show all" and the page number only choose rows to list: they share the figures.
  const key = `${workspaceId}|${withoutListParams(ctx.url).search}`;
  let memo = memos.get(db);
  if (!memo) memos.set(db, (memo = new Map()));
  const hit = memo.get(key);
  if (hit && hit.revision === revision) return hit.figures;
  const k = access.workspace.kThreshold;
  const figures = {
    surveyed: countSurveyResponses(db, workspaceId) > 0,
    readiness: getReadiness(db, workspaceId, filter, k),
    evidence: getToolEvidence(db, workspaceId, filter, k),
  };
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(key, { revision, figures });
  return figures;
}

export function loadCapabilities(ctx: DashboardContext) {
  const { db, access, filter } = ctx;
  const workspaceId = access.workspace.id;
  const show = parseShowAll(ctx.url.searchParams, CAPABILITY_LISTS);
  if (!show.ok) throw data({ message: `This link is not valid: ${show.message}.` }, { status: 400 });
  const figures = figuresOf(ctx);
  const { surveyed } = figures;
  const { readiness, evidence, lists } = summarizeCapabilities(figures.readiness, figures.evidence, show.value);
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

export type CapabilitiesView = ReturnType<typeof loadCapabilities>;
