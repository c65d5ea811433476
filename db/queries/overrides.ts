/**
 * People stay in charge: a person's class (and atom) for a task text, with a reason. Keyed by
 * the normalized text, so an override outlives re-imports of the same text; every override is
 * kept and the newest per text wins. After adding one, call `reapplyOverrides` (db/pipeline).
 */
import { and, asc, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { normalizeTaskText } from "../../app/analyzer/normalize";
import { TASK_CLASSES, WORK_ATOMS, type Atom, type Cue, type TaskClass } from "../../app/analyzer/taxonomy";
import type { Db } from "../connection";
import { overrides, taskTexts } from "../schema";

export const OverrideInputSchema = z.object({
  workspaceId: z.number().int().positive(),
  /** The task text, normalized or not: it is normalized again (normalizing is idempotent). */
  norm: z.string().trim().min(1, "Choose the task to override."),
  class: z.enum(TASK_CLASSES, { errorMap: () => ({ message: `Choose one of: ${TASK_CLASSES.join(", ")}.` }) }),
  atom: z
    .enum(WORK_ATOMS, { errorMap: () => ({ message: "Choose an atom from the list." }) })
    .nullish()
    .transform((atom) => atom ?? null),
  reason: z
    .string({ required_error: "Say why: a short reason is required." })
    .trim()
    .min(1, "Say why: a short reason is required.")
    .max(500, "Keep the reason under 500 characters."),
  userId: z.number().int().nullable(),
  /** e-mail of the signed-in user, or "cli". */
  actor: z.string().trim().min(1),
});
export type OverrideInput = z.input<typeof OverrideInputSchema>;

export type OverrideRecord = typeof overrides.$inferSelect;

export type AddOverrideResult =
  | { ok: true; override: OverrideRecord }
  | { ok: false; errors: Partial<Record<keyof OverrideInput, string>> };

/** Validates and stores an override; bad input comes back as per-field messages. */
export function addOverride(db: Db, input: OverrideInput): AddOverrideResult {
  const parsed = OverrideInputSchema.safeParse(input);
  if (!parsed.success) {
    const errors: Partial<Record<keyof OverrideInput, string>> = {};
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as keyof OverrideInput;
      errors[field] ??= issue.message;
    }
    return { ok: false, errors };
  }
  const value = parsed.data;
  const norm = normalizeTaskText(value.norm);
  const known = db
    .select({ id: taskTexts.id })
    .from(taskTexts)
    .where(and(eq(taskTexts.workspaceId, value.workspaceId), eq(taskTexts.norm, norm)))
    .get();
  if (!known) return { ok: false, errors: { norm: "There is no task with this text in the workspace." } };
  const override = db
    .insert(overrides)
    .values({
      workspaceId: value.workspaceId,
      norm,
      taskClass: value.class,
      atom: value.atom,
      reason: value.reason,
      userId: value.userId,
      actor: value.actor,
    })
    .returning()
    .get();
  return { ok: true, override };
}

export interface ClassAndAtom {
  class: TaskClass | null;
  atom: Atom | null;
}

export interface OverrideHistoryEntry {
  id: number;
  norm: string;
  /** The text as first seen; null when no current import contains it any more. */
  text: string | null;
  createdAt: string;
  actor: string;
  userId: number | null;
  reason: string;
  /** What the task was before: the previous override, or the classifier's current answer. */
  from: ClassAndAtom & { source: "classifier" | "override" };
  /** What the task became (an override without an atom keeps the one before). */
  to: ClassAndAtom;
  /** The newest override for its text: the one in force. */
  isCurrent: boolean;
}

/** Every override of a workspace (or of one text), newest first: who, when, why, old → new. */
export function listOverrides(db: Db, workspaceId: number, options: { norm?: string } = {}): OverrideHistoryEntry[] {
  const where = [eq(overrides.workspaceId, workspaceId)];
  if (options.norm !== undefined) where.push(eq(overrides.norm, normalizeTaskText(options.norm)));
  const rows = db
    .select({
      override: overrides,
      text: taskTexts.text,
      classifierClass: taskTexts.taskClass,
      classifierAtom: taskTexts.atom,
    })
    .from(overrides)
    .leftJoin(taskTexts, and(eq(taskTexts.workspaceId, overrides.workspaceId), eq(taskTexts.norm, overrides.norm)))
    .where(and(...where))
    .orderBy(asc(overrides.norm), asc(overrides.id))
    .all();
  const entries: OverrideHistoryEntry[] = [];
  let previousNorm: string | null = null;
  let previousTo: ClassAndAtom | null = null;
  for (const row of rows) {
    const sameText = previousNorm === row.override.norm;
    const from: OverrideHistoryEntry["from"] = sameText
      ? { ...previousTo!, source: "override" as const }
      : { class: row.classifierClass, atom: row.classifierAtom as Atom | null, source: "classifier" as const };
    const to: ClassAndAtom = { class: row.override.taskClass, atom: (row.override.atom as Atom | null) ?? from.atom };
    if (sameText) entries[entries.length - 1].isCurrent = false;
    entries.push({
      id: row.override.id,
      norm: row.override.norm,
      text: row.text,
      createdAt: row.override.createdAt,
      actor: row.override.actor,
      userId: row.override.userId,
      reason: row.override.reason,
      from,
      to,
      isCurrent: true,
    });
    previousNorm = row.override.norm;
    previousTo = to;
  }
  return entries.sort((a, b) => b.id - a.id);
}

export interface EffectiveClassification {
  textId: number;
  norm: string;
  text: string;
  class: TaskClass | null;
  atom: Atom | null;
  confidence: number | null;
  rationale: string | null;
  cues: Cue[];
  /** The classifier's own answer, kept for "old → new". */
  classifier: ClassAndAtom;
  override: { id: number; reason: string; actor: string; createdAt: string } | null;
}

/** The classification in force for a text: the newest override, else the classifier's. */
export function getEffectiveClassification(db: Db, workspaceId: number, text: string): EffectiveClassification | undefined {
  const norm = normalizeTaskText(text);
  const row = db
    .select()
    .from(taskTexts)
    .where(and(eq(taskTexts.workspaceId, workspaceId), eq(taskTexts.norm, norm)))
    .get();
  if (!row) return undefined;
  const newest = db
    .select()
    .from(overrides)
    .where(and(eq(overrides.workspaceId, workspaceId), eq(overrides.norm, norm)))
    .orderBy(desc(overrides.id))
    .limit(1)
    .get();
  const classifier = { class: row.taskClass, atom: row.atom as Atom | null };
  return {
    textId: row.id,
    norm,
    text: row.text,
    class: newest?.taskClass ?? classifier.class,
    atom: (newest?.atom as Atom | null) ?? classifier.atom,
    confidence: row.confidence,
    rationale: row.rationale,
    cues: row.cues ? (JSON.parse(row.cues) as Cue[]) : [],
    classifier,
    override: newest ? { id: newest.id, reason: newest.reason, actor: newest.actor, createdAt: newest.createdAt } : null,
  };
}
