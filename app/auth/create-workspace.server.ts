/**
 * Creating a workspace from the web: installation administrators only, and the creator becomes
 * its administrator (the only way in; see docs/decisions/040-accounts-and-roles.md).
 */
import type { Db } from "../../db/connection";
import { recordAudit } from "../../db/queries/audit";
import { upsertMembership } from "../../db/queries/memberships";
import { createWorkspace, getWorkspaceBySlug, SLUG_PATTERN, type Workspace } from "../../db/queries/workspaces";
import { AccountError, type Actor } from "./accounts.server";

export function createWorkspaceAsAdmin(db: Db, input: { slug: string; name: string }, actor: Actor & { userId: number }): Workspace {
  const slug = input.slug.trim();
  const name = input.name.trim();
  if (!SLUG_PATTERN.test(slug)) {
    throw new AccountError(`"${slug}" cannot be a slug: use lower-case letters, digits and dashes (e.g. acme-2026).`, "workspace");
  }
  if (!name) throw new AccountError("Give the workspace a name.", "workspace");
  return db.transaction((tx) => {
    if (getWorkspaceBySlug(tx, slug)) throw new AccountError(`A workspace "${slug}" already exists.`, "workspace");
    const workspace = createWorkspace(tx, { slug, name });
    upsertMembership(tx, { userId: actor.userId, workspaceId: workspace.id, role: "admin" });
    recordAudit(tx, {
      workspaceId: workspace.id,
      workspaceSlug: slug,
      actor: actor.label,
      actorUserId: actor.userId,
      action: "workspace.create",
      detail: { name },
    });
    return workspace;
  });
}
