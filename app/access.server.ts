/**
 * Who may see and change a workspace. Every loader, action and resource route under
 * /w/:workspace calls `requireWorkspace` first; pages outside workspaces call `requireUser`.
 *
 * - anonymous → redirect to /login?next=<this page>
 * - no such workspace, or not a member → 404, exactly as if the workspace did not exist
 * - member below `minimumRole` → 403
 * Roles: viewer reads; editor also imports and overrides; admin also manages members and deletes.
 * Installation administrators (users.is_admin) manage accounts and create workspaces, but see
 * a workspace's data only through a membership (docs/decisions/040-accounts-and-roles.md).
 */
import { redirect } from "@remix-run/node";
import { getMembershipRole, listWorkspacesOfUser, type MyWorkspace } from "../db/queries/memberships";
import type { User } from "../db/queries/users";
import { getWorkspaceBySlug, type Workspace } from "../db/queries/workspaces";
import { readSessionUser } from "./auth/session.server";
import { getDb } from "./db.server";

export type WorkspaceRole = "viewer" | "editor" | "admin";

export interface WorkspaceAccess {
  workspace: Workspace;
  role: WorkspaceRole;
  /** Who is acting, for audit records and import history. */
  actor: { userId: number | null; label: string };
}

/** The signed-in account as pages see it (no password hash). */
export interface SignedInUser {
  id: number;
  email: string;
  isAdmin: boolean;
}

const RANK: Record<WorkspaceRole, number> = { viewer: 0, editor: 1, admin: 2 };

export function hasRole(role: WorkspaceRole, minimumRole: WorkspaceRole): boolean {
  return RANK[role] >= RANK[minimumRole];
}

function toSignedIn(user: User): SignedInUser {
  return { id: user.id, email: user.email, isAdmin: user.isAdmin };
}

/** The signed-in account, or null. */
export async function getOptionalUser(request: Request): Promise<SignedInUser | null> {
  const user = await readSessionUser(request);
  return user ? toSignedIn(user) : null;
}

/** The signed-in account; anonymous requests are redirected to the login page. */
export async function requireUser(request: Request): Promise<SignedInUser> {
  const user = await getOptionalUser(request);
  if (!user) throw redirect(loginPath(request));
  return user;
}

/** Installation administrators only; others get 403 (the page exists, it is just not theirs). */
export async function requireInstallationAdmin(request: Request): Promise<SignedInUser> {
  const user = await requireUser(request);
  if (!user.isAdmin) throw new Response("Forbidden", { status: 403 });
  return user;
}

export async function requireWorkspace(
  request: Request,
  slug: string | undefined,
  minimumRole: WorkspaceRole = "viewer",
): Promise<WorkspaceAccess> {
  const user = await requireUser(request);
  const db = getDb();
  const workspace = slug ? getWorkspaceBySlug(db, slug) : undefined;
  const role = workspace ? getMembershipRole(db, user.id, workspace.id) : undefined;
  // One answer for "does not exist" and "not yours": the slug reveals nothing.
  if (!workspace || !role) throw new Response("Not found", { status: 404 });
  if (!hasRole(role, minimumRole)) throw new Response("Forbidden", { status: 403 });
  return { workspace, role, actor: { userId: user.id, label: user.email } };
}

/** The workspaces the account is a member of, with its role in each, by name. */
export function listMyWorkspaces(user: Pick<SignedInUser, "id">): MyWorkspace[] {
  return listWorkspacesOfUser(getDb(), user.id);
}

/** `/login?next=<path>`, keeping the page to come back to (without Remix's data-request noise). */
export function loginPath(request: Request): string {
  const url = new URL(request.url);
  url.searchParams.delete("_routes");
  const next = url.pathname.replace(/\.data$/, "") + url.search;
  return next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
}

/**
 * Where to go after logging in: a path on this site only. Anything else ("//evil.example",
 * "https://…", "/\\evil") becomes "/", so the login page cannot be used as an open redirect.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  try {
    const url = new URL(next, "http://orbital.invalid");
    if (url.origin !== "http://orbital.invalid") return "/";
    return url.pathname + url.search + url.hash;
  } catch {
    return "/";
  }
}
