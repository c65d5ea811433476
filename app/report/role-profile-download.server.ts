/**
 * The role profile downloads (/w/:workspace/roles/:roleId/profile.md and .docx): viewers of the
 * workspace only (404 otherwise, and for a role of another workspace); audited like every download.
 */
import type { Params } from "@remix-run/react";
import { recordAudit } from "../../db/queries/audit";
import { requireWorkspace } from "../access.server";
import { getDb } from "../db.server";
import { roleProfileDocx } from "./role-profile-docx";
import { roleProfileMarkdown } from "./role-profile-markdown";
import { buildRoleProfileDoc } from "./role-profile.server";

const TYPES = {
  md: "text/markdown; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
} as const;

export async function roleProfileDownload(request: Request, params: Params, format: keyof typeof TYPES): Promise<Response> {
  const access = await requireWorkspace(request, params.workspace, "viewer");
  const roleId = Number(params.roleId);
  const db = getDb();
  const doc = Number.isSafeInteger(roleId) && roleId > 0 ? buildRoleProfileDoc(db, access.workspace.id, roleId) : undefined;
  if (!doc) throw new Response("Not found", { status: 404 });
  const context = { organization: access.workspace.name, date: new Date().toISOString().slice(0, 10), kThreshold: access.workspace.kThreshold };
  const body = format === "md" ? roleProfileMarkdown(doc, context) : new Blob([new Uint8Array(await roleProfileDocx(doc, context))]);
  recordAudit(db, {
    workspaceId: access.workspace.id,
    workspaceSlug: access.workspace.slug,
    actor: access.actor.label,
    actorUserId: access.actor.userId,
    action: "export.profile",
    detail: { roleId, format },
  });
  const name = doc.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "role";
  return new Response(body, {
    headers: { "Content-Type": TYPES[format], "Content-Disposition": `attachment; filename="${access.workspace.slug}-${name}-profile.${format}"` },
  });
}
