/**
 * Who may see and change a workspace. Every loader, action and resource route under
 * /w/:workspace calls `requireWorkspace` first.
 *
 * INTERIM (skeleton): looks the workspace up and answers 404 when it does not exist; the
 * accounts work (issue 5) replaces the body with session + membership checks and keeps
 * this signature.
 */
import { getWorkspaceBySlug, type Workspace } from "../db/queries/workspaces";
import { getDb } from "./db.server";

export type WorkspaceRole = "viewer" | "editor" | "admin";

export interface WorkspaceAccess {
  workspace: Workspace;
  role: WorkspaceRole;
  /** Who is acting, for audit records and import history. */
  actor: { userId: number | null; label: string };
}

export async function requireWorkspace(
  request: Request,
  slug: string | undefined,
  minimumRole: WorkspaceRole = "viewer",
): Promise<WorkspaceAccess> {
  void request;
  void minimumRole;
  const workspace = slug ? getWorkspaceBySlug(getDb(), slug) : undefined;
  if (!workspace) throw new Response("Not found", { status: 404 });
  return { workspace, role: "admin", actor: { userId: null, label: "anonymous" } };
}
