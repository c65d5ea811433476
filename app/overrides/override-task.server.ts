/**
 * People stay in charge: the one command behind every override form (role page, review
 * queue). Validates the form, stores the override, refreshes the roll-ups and writes the audit
 * event in one transaction, so a dashboard never shows an override without its audit record or
 * an audit record for an override that did not stick.
 */
import { data } from "@remix-run/node";
import { z } from "zod";
import type { Connection } from "../../db/connection";
import { recordAudit } from "../../db/queries/audit";
import { isBusyError, lockWaitMs, withWriteLock } from "../../db/write-lock";
import { addOverride, getEffectiveClassification } from "../../db/queries/overrides";
import { getTaskText } from "../../db/queries/task-texts";
import type { WorkspaceAccess } from "../access.server";
import { refreshAfterOverride } from "../../db/pipeline/refresh";
import { CLASS_LABELS, TASK_CLASSES, WORK_ATOMS } from "../analyzer/taxonomy";
import { getConnection } from "../db.server";
import { parseForm, readForm } from "../forms";
import { REASON_MAX, type OverrideResult } from "./override-result";

export const OverrideFormSchema = z.object({
  textId: z.coerce
    .number({ invalid_type_error: "Choose the task to override." })
    .int("Choose the task to override.")
    .positive("Choose the task to override."),
  class: z.enum(TASK_CLASSES, { errorMap: () => ({ message: `Choose a class: ${TASK_CLASSES.join(", ")}.` }) }),
  // "" is the form's "keep the current atom".
  atom: z
    .union([z.literal(""), z.enum(WORK_ATOMS)], { errorMap: () => ({ message: "Choose an atom from the list, or keep the current one." }) })
    .optional()
    .transform((atom) => atom || null),
  reason: z
    .string({ required_error: "Say why: a short reason is required." })
    .trim()
    .min(1, "Say why: a short reason is required.")
    .max(REASON_MAX, `Keep the reason under ${REASON_MAX} characters.`),
});

/** The command: validate, store, refresh, audit. Bad input comes back as per-field messages. */
export function overrideTask(conn: Connection, access: WorkspaceAccess, formData: FormData): OverrideResult {
  const rawId = Number(formData.get("textId"));
  const textId = Number.isInteger(rawId) && rawId > 0 ? rawId : null;
  const form = parseForm(formData, OverrideFormSchema);
  if (!form.ok) return { ok: false, textId, fieldErrors: form.fieldErrors };
  const { workspace, actor } = access;
  // An id from another workspace is answered exactly like an unknown one.
  const task = getTaskText(conn.db, workspace.id, form.data.textId);
  if (!task) return { ok: false, textId, fieldErrors: { textId: "There is no such task in this workspace." } };

  return conn.sqlite.transaction((): OverrideResult => {
    const before = getEffectiveClassification(conn.db, workspace.id, task.norm);
    const added = addOverride(conn.db, {
      workspaceId: workspace.id,
      norm: task.norm,
      class: form.data.class,
      atom: form.data.atom,
      reason: form.data.reason,
      userId: actor.userId,
      actor: actor.label,
    });
    if (!added.ok) {
      const { norm, ...rest } = added.errors;
      return { ok: false, textId, fieldErrors: { ...rest, ...(norm ? { textId: norm } : {}) } };
    }
    refreshAfterOverride(conn, workspace.id);
    recordAudit(conn.db, {
      workspaceId: workspace.id,
      workspaceSlug: workspace.slug,
      actor: actor.label,
      actorUserId: actor.userId,
      action: "override.add",
      detail: {
        overrideId: added.override.id,
        textId: task.id,
        task: task.text,
        from: before?.class ?? null,
        to: added.override.taskClass,
        atom: added.override.atom,
        reason: added.override.reason,
      },
    });
    return { ok: true, textId: task.id, message: `“${task.text}” is now ${CLASS_LABELS[form.data.class].toLowerCase()}.` };
  })();
}

/**
 * The response of an override POST, for a caller that has checked the editor role
 * (`requireWorkspace(request, slug, "editor")`: a viewer's forged POST gets 403, a non-member
 * 404). 400 with the messages when the form is not valid. The write waits for the database's
 * write lock without blocking other requests (an import may hold it); when the wait runs out,
 * 503 with a message and nothing stored (decision 111).
 */
export async function overrideResponse(request: Request, access: WorkspaceAccess) {
  const formData = await readForm(request);
  const conn = getConnection();
  try {
    const { value: result } = await withWriteLock(conn.sqlite, { maxWaitMs: lockWaitMs() }, () => overrideTask(conn, access, formData));
    return data(result, { status: result.ok ? 200 : 400 });
  } catch (error) {
    if (!isBusyError(error)) throw error;
    const rawId = Number(formData.get("textId"));
    const busy: OverrideResult = {
      ok: false,
      textId: Number.isInteger(rawId) && rawId > 0 ? rawId : null,
      fieldErrors: { form: "An import is being written to this workspace right now, so the override was not saved. Try again when it has finished." },
    };
    return data(busy, { status: 503 });
  }
}
