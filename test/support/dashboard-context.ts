/**
 * A `DashboardContext` for loader tests: what `loadDashboardContext` hands a page's loader
 * (workspace, filter parsed from the URL, options, shell), built on a test's own SQLite file
 * instead of the server's connection and session.
 *
 *   const view = loadRedesign(dashboardContext(conn, org.workspaceId, "?adoption=50&elasticity=2"));
 */
import { eq } from "drizzle-orm";
import type { Connection } from "../../db/connection";
import { listFilterOptions } from "../../db/queries/dashboard";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { workspaces } from "../../db/schema";
import type { WorkspaceRole } from "../../app/access.server";
import type { DashboardContext } from "../../app/dashboard/dashboard.server";
import { parseDashboardFilter } from "../../app/dashboard/filter";

export function dashboardContext(conn: Connection, workspaceId: number, search = "", role: WorkspaceRole = "viewer"): DashboardContext {
  const workspace = conn.db.select().from(workspaces).where(eq(workspaces.id, workspaceId)).get();
  if (!workspace) throw new Error(`no workspace ${workspaceId}`);
  const url = new URL(`http://localhost/w/${workspace.slug}/page${search}`);
  const parsed = parseDashboardFilter(url.searchParams);
  if (!parsed.ok) throw new Error(parsed.message);
  return {
    access: { workspace, role, actor: { userId: null, label: "test" } },
    filter: parsed.filter,
    db: conn.db,
    url,
    shell: {
      workspace: { slug: workspace.slug, name: workspace.name },
      role,
      options: listFilterOptions(conn.db, workspaceId),
      filter: parsed.filter,
      kThreshold: workspace.kThreshold,
      analysisPending: workspace.analysisPendingSince !== null,
    },
  };
}

/** The status and message of what a loader threw with `data({ message }, { status })`. */
export function thrownData(run: () => unknown): { status: number | undefined; message: unknown } {
  try {
    run();
  } catch (error) {
    const thrown = error as { data?: { message?: unknown }; init?: { status?: number } | null };
    return { status: thrown.init?.status, message: thrown.data?.message };
  }
  throw new Error("expected the loader to throw");
}

/** The id of a test workspace by slug (most fixtures use "acme"). */
export function workspaceIdOf(conn: Connection, slug = "acme"): number {
  const workspace = getWorkspaceBySlug(conn.db, slug);
  if (!workspace) throw new Error(`no workspace ${slug}`);
  return workspace.id;
}

/** The HTTP status a loader helper threw (Remix's `data(…, { status })`), or "no error". */
export function thrownStatus(fn: () => unknown): number | undefined | "no error" {
  try {
    fn();
    return "no error";
  } catch (error) {
    return (error as { init?: { status?: number } }).init?.status;
  }
}
