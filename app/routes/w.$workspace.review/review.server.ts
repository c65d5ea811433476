/**
 * The review queue's view model: the tasks where a reviewer's minutes matter most (lowest
 * confidence first, weighted by hours, for the roles the filter selects) and how many are left.
 * `?show=N` lists more of the queue.
 */
import { data } from "@remix-run/node";
import { z } from "zod";
import { getReviewQueue } from "../../../db/queries/review";
import { ATOM_LABELS } from "../../analyzer/taxonomy";
import type { DashboardContext } from "../../dashboard/dashboard.server";

export const PAGE_SIZE = 25;
/**
 * At most this many items at once (decision 154): an item with its override form is ~3.6 KB, so
 * 100 keep the page under 500 KB; the rest of the queue comes up as items are reviewed, and
 * tasks.csv lists every task.
 */
export const MAX_SHOWN = 100;

const ShowSchema = z.coerce
  .number({ invalid_type_error: "show must be a number" })
  .int("show must be a whole number")
  .min(1, "show must be at least 1")
  .max(MAX_SHOWN, `show can be at most ${MAX_SHOWN}`);

/** `?show=` or the first page; a bad value is a 400 with a message, like a bad filter. */
export function parseShown(params: URLSearchParams): number {
  const raw = params.get("show");
  if (raw === null || raw === "") return PAGE_SIZE;
  const parsed = ShowSchema.safeParse(raw);
  if (!parsed.success) throw data({ message: `This link is not valid: ${parsed.error.issues[0].message}, got "${raw}".` }, { status: 400 });
  return parsed.data;
}

export function loadReview({ db, access, filter, shell, url }: DashboardContext) {
  const shown = parseShown(url.searchParams);
  const { items, totals } = getReviewQueue(db, access.workspace.id, { filter, limit: shown });
  return {
    shell,
    canEdit: access.role !== "viewer",
    totals,
    shown,
    nextShown: Math.min(MAX_SHOWN, shown + PAGE_SIZE),
    items: items.map((item, i) => ({
      rank: i + 1,
      textId: item.textId,
      text: item.text,
      class: item.class,
      atom: item.atom,
      atomLabel: item.atom ? ATOM_LABELS[item.atom] : null,
      confidence: item.confidence,
      rationale: item.rationale,
      hours: item.hours,
      suppressed: item.suppressed,
      // Which roles logged a text that fewer than k people logged would narrow it to those
      // people (decision 076): the roles are left out with the hours.
      roles: item.suppressed ? [] : item.roles,
      otherRoles: item.suppressed ? 0 : item.roleCount - item.roles.length,
    })),
  };
}

export type ReviewView = ReturnType<typeof loadReview>;
