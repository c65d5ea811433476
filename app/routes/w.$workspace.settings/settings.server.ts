/**
 * What the workspace settings page does: members, the k-threshold, deletion. Each command
 * validates its form, changes the database and writes an audit event in one transaction.
 */
import { z } from "zod";
import type { Connection, Db } from "../../../db/connection";
import { listAudit, recordAudit } from "../../../db/queries/audit";
import { listMembers, ROLES } from "../../../db/queries/memberships";
import { deleteWorkspace, MIN_K_THRESHOLD, setKThreshold } from "../../../db/queries/workspace-admin";
import type { WorkspaceAccess } from "../../access.server";
import { AccountError, grantRole, revokeRole } from "../../auth/accounts.server";
import { parseForm } from "../../forms";
import { MAX_K_THRESHOLD } from "./limits";

const AUDIT_ROWS = 200;

export function loadSettings(db: Db, access: WorkspaceAccess) {
  const { workspace } = access;
  return {
    workspace: { slug: workspace.slug, name: workspace.name, kThreshold: workspace.kThreshold },
    me: access.actor.userId,
    members: listMembers(db, workspace.id),
    audit: listAudit(db, { workspaceId: workspace.id, limit: AUDIT_ROWS }).map((e) => ({
      id: e.id,
      at: e.at,
      actor: e.actor,
      action: e.action,
      detail: Object.entries(e.detail)
        .filter(([, value]) => value !== null && value !== undefined)
        .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
        .join(", "),
    })),
  };
}

const GrantSchema = z.object({
  email: z.string().trim().min(1, "Enter the e-mail of an existing account."),
  role: z.enum(ROLES, { errorMap: () => ({ message: "Choose viewer, editor or admin." }) }),
});
const RevokeSchema = z.object({ email: z.string().trim().min(1) });
const KSchema = z.object({
  k: z.coerce
    .number({ invalid_type_error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(MIN_K_THRESHOLD, `k must be at least ${MIN_K_THRESHOLD}: smaller groups would show single people.`)
    .max(MAX_K_THRESHOLD, `k can be at most ${MAX_K_THRESHOLD}.`),
});
const DeleteSchema = z.object({ confirm: z.string() });

export type SettingsResult =
  | { intent: string; ok: true; message: string; redirectTo?: string }
  | { intent: string; ok: false; fieldErrors: Record<string, string>; status: 400 };

export function runSettingsAction(conn: Pick<Connection, "db" | "path">, access: WorkspaceAccess, formData: FormData): SettingsResult {
  const { db } = conn;
  const intent = String(formData.get("intent") ?? "");
  const { workspace, actor } = access;
  const fail = (fieldErrors: Record<string, string>): SettingsResult => ({ intent, ok: false, fieldErrors, status: 400 });
  try {
    switch (intent) {
      case "grant": {
        const form = parseForm(formData, GrantSchema);
        if (!form.ok) return fail(form.fieldErrors);
        const change = grantRole(db, { ...form.data, workspaceSlug: workspace.slug }, actor);
        return { intent, ok: true, message: `${change.user.email} is now ${change.role} of ${workspace.name}.` };
      }
      case "revoke": {
        const form = parseForm(formData, RevokeSchema);
        if (!form.ok) return fail(form.fieldErrors);
        const change = revokeRole(db, { email: form.data.email, workspaceSlug: workspace.slug }, actor);
        return { intent, ok: true, message: `${change.user.email} no longer has access to ${workspace.name}.` };
      }
      case "k": {
        const form = parseForm(formData, KSchema);
        if (!form.ok) return fail(form.fieldErrors);
        db.transaction((tx) => {
          setKThreshold(tx, workspace.id, form.data.k);
          recordAudit(tx, {
            workspaceId: workspace.id,
            workspaceSlug: workspace.slug,
            actor: actor.label,
            actorUserId: actor.userId,
            action: "workspace.k_threshold",
            detail: { from: workspace.kThreshold, to: form.data.k },
          });
        });
        return { intent, ok: true, message: `Figures from fewer than ${form.data.k} people are now suppressed.` };
      }
      case "delete": {
        const form = parseForm(formData, DeleteSchema);
        if (!form.ok) return fail(form.fieldErrors);
        if (form.data.confirm.trim() !== workspace.slug) {
          return fail({ confirm: `Type the workspace's slug, ${workspace.slug}, to confirm.` });
        }
        deleteWorkspace(conn.path, workspace.id, (tx) =>
          recordAudit(tx, {
            workspaceId: workspace.id,
            workspaceSlug: workspace.slug,
            actor: actor.label,
            actorUserId: actor.userId,
            action: "workspace.delete",
            detail: { name: workspace.name },
          }),
        );
        return { intent, ok: true, message: `Deleted ${workspace.name} and all its data.`, redirectTo: "/" };
      }
      default:
        return fail({ form: `Unknown action "${intent}".` });
    }
  } catch (error) {
    if (error instanceof AccountError) return fail({ [error.field ?? "form"]: error.message });
    throw error;
  }
}
