/**
 * Resource route: the role's redesigned profile as Markdown. Viewers of the workspace only (404
 * otherwise, and for a role of another workspace); audited like every download.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { recordAudit } from "../../db/queries/audit";
import { requireWorkspace } from "../access.server";
import { getDb } from "../db.server";
import { roleProfileMarkdown } from "../report/role-profile-markdown";
import { buildRoleProfileDoc } from "../report/role-profile.server";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspace(request, params.workspace, "viewer");
  const roleId = Number(params.roleId);
  const db = getDb();
  const doc = Number.isSafeInteger(roleId) && roleId > 0 ? buildRoleProfileDoc(db, access.workspace.id, roleId) : undefined;
  if (!doc) throw new Response("Not found", { status: 404 });
  recordAudit(db, {
    workspaceId: access.workspace.id,
    workspaceSlug: access.workspace.slug,
    actor: access.actor.label,
    actorUserId: access.actor.userId,
    action: "export.profile",
    detail: { roleId, format: "md" },
  });
  const body = roleProfileMarkdown(doc, { organization: access.workspace.name, date: new Date().toISOString().slice(0, 10), kThreshold: access.workspace.kThreshold });
  const fileName = `${access.workspace.slug}-${doc.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "role"}-profile.md`;
  return new Response(body, {
    headers: { "Content-Type": "text/markdown; charset=utf-8", "Content-Disposition": `attachment; filename="${fileName}"` },
  });
}
