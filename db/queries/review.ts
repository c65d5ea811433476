/**
 * The review queue: the tasks where a reviewer's minutes matter most, lowest confidence first,
 * weighted by hours (score = (1 − confidence) × annualized hours; see app/analyzer/review.ts).
 */
import { sql } from "drizzle-orm";
import { isTimeSuppressed } from "../../app/analyzer/privacy";
import { rankReviewQueue } from "../../app/analyzer/review";
import type { Atom, TaskClass } from "../../app/analyzer/taxonomy";
import { currentOverrides, EFFECTIVE_COLUMNS } from "../pipeline/effective-classification";
import type { Db } from "../connection";
import type { DashboardFilter } from "./dashboard/filter";
import { annualTaskHours } from "./annual-task-hours";
import { kThresholdOf } from "./workspace-k";

export interface ReviewItem {
  textId: number;
  norm: string;
  text: string;
  class: TaskClass | null;
  atom: Atom | null;
  confidence: number;
  rationale: string | null;
  overridden: boolean;
  /** (1 − confidence) × hours: the rank; null when suppressed (it would give the hours away). */
  score: number | null;
  /** Annualized hours across roles; null when suppressed. */
  hours: number | null;
  /**
   * True when the logged part of the hours comes from fewer than k employees (counted as the
   * most in any one role: a conservative count). Hours from job descriptions are never suppressed.
   * The position in the queue still reflects the hours: the order is not secret.
   */
  suppressed: boolean;
  /** The roles that spend the most time on it (up to 3). */
  roles: { roleId: number; title: string }[];
  roleCount: number;
}

interface Candidate {
  textId: number;
  confidence: number | null;
  hours: number;
  overridden: boolean;
  logPeople: number | null;
  /** The classifier found no work named in the text (atom "unclear", decision 203). */
  unclear: boolean;
}

export interface ReviewQueueOptions {
  limit?: number;
  includeOverridden?: boolean;
  /** Only the tasks of the roles a dashboard filter selects, with their hours in those roles. */
  filter?: DashboardFilter;
}

export interface ReviewQueueTotals {
  /** Classified tasks (with time in the selection) that no person has reviewed yet. */
  waiting: number;
  /** Their annualized hours, leaving out the tasks whose hours are suppressed. */
  waitingHours: number;
  /** Waiting tasks whose hours are suppressed (counted in `waiting`, not in `waitingHours`). */
  waitingSuppressed: number;
  /** Tasks in the selection that a person has overridden. */
  reviewed: number;
  /** Waiting tasks whose text names no work (a bare ticket id), and their hours as `waitingHours` counts them. */
  unclear: number;
  unclearHours: number;
}

/** The queue and how much is left: one read of the candidates for both. */
export function getReviewQueue(
  db: Db,
  workspaceId: number,
  options: ReviewQueueOptions = {},
): { items: ReviewItem[]; totals: ReviewQueueTotals } {
  const k = kThresholdOf(db, workspaceId);
  const candidates = loadCandidates(db, workspaceId, options.filter);
  const totals: ReviewQueueTotals = { waiting: 0, waitingHours: 0, waitingSuppressed: 0, reviewed: 0, unclear: 0, unclearHours: 0 };
  for (const c of candidates) {
    if (c.confidence === null) continue;
    if (c.overridden) {
      totals.reviewed += 1;
      continue;
    }
    totals.waiting += 1;
    if (c.unclear) totals.unclear += 1;
    if (isTimeSuppressed(c.logPeople ?? 0, k)) totals.waitingSuppressed += 1;
    else {
      totals.waitingHours += c.hours;
      if (c.unclear) totals.unclearHours += c.hours;
    }
  }
  return { items: rankedItems(db, workspaceId, candidates, k, options), totals };
}

export function listReviewQueue(db: Db, workspaceId: number, options: ReviewQueueOptions = {}): ReviewItem[] {
  const k = kThresholdOf(db, workspaceId);
  return rankedItems(db, workspaceId, loadCandidates(db, workspaceId, options.filter), k, options);
}

function loadCandidates(db: Db, workspaceId: number, filter: DashboardFilter | undefined): Candidate[] {
  return db
    .all<{ textId: number; confidence: number | null; hours: number; overridden: 0 | 1; logPeople: number | null; unclear: 0 | 1 }>(
      sql`
      SELECT a.text_id AS textId, t.confidence AS confidence, SUM(a.hours) AS hours, t.atom = 'unclear' AS unclear,
             co.override_id IS NOT NULL AS overridden,
             MAX(CASE WHEN a.source = 'logs' THEN a.employees END) AS logPeople
      FROM ${annualTaskHours(workspaceId, { filter })} a
      JOIN task_texts t ON t.id = a.text_id
      LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm
      GROUP BY a.text_id`,
    )
    .map((c): Candidate => ({ ...c, overridden: Boolean(c.overridden), unclear: Boolean(c.unclear) }));
}

function rankedItems(db: Db, workspaceId: number, candidates: Candidate[], k: number, options: ReviewQueueOptions): ReviewItem[] {
  const ranked = rankReviewQueue(candidates, { limit: options.limit ?? 50, includeOverridden: options.includeOverridden });
  if (ranked.length === 0) return [];

  const textIds = ranked.map((r) => r.textId);
  const ids = sql.join(
    textIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const details = new Map(
    db
      .all<{ id: number; norm: string; text: string; class: TaskClass | null; atom: Atom | null; rationale: string | null }>(
        sql`SELECT t.id AS id, t.norm AS norm, t.text AS text, t.rationale AS rationale, ${EFFECTIVE_COLUMNS}
            FROM task_texts t LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm
            WHERE t.id IN (${ids})`,
      )
      .map((d) => [d.id, d]),
  );
  const rolesByText = new Map<number, { roleId: number; title: string }[]>();
  for (const row of db.all<{ textId: number; roleId: number; title: string }>(
    sql`SELECT a.text_id AS textId, a.role_id AS roleId, r.title AS title
        FROM ${annualTaskHours(workspaceId, { textIds, filter: options.filter })} a JOIN roles r ON r.id = a.role_id
        ORDER BY a.hours DESC, r.title`,
  )) {
    const list = rolesByText.get(row.textId) ?? [];
    list.push({ roleId: row.roleId, title: row.title });
    rolesByText.set(row.textId, list);
  }

  return ranked.map((r) => {
    const d = details.get(r.textId)!;
    const roles = rolesByText.get(r.textId) ?? [];
    const suppressed = isTimeSuppressed(r.logPeople ?? 0, k);
    return {
      textId: r.textId,
      norm: d.norm,
      text: d.text,
      class: d.class,
      atom: d.atom,
      confidence: r.confidence!,
      rationale: d.rationale,
      overridden: r.overridden,
      score: suppressed ? null : r.score,
      hours: suppressed ? null : r.hours,
      suppressed,
      roles: roles.slice(0, 3),
      roleCount: roles.length,
    };
  });
}
