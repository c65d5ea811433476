import type { DashboardFilter } from "../../db/queries/dashboard";
import { listFilterOptions } from "../../db/queries/dashboard";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import type { Connection } from "../../db/connection";
import type { DashboardContext } from "../../app/dashboard/dashboard.server";

/**
 * What `loadDashboardContext` hands a page's loader, built straight from a test database:
 * view-model tests call `loadX(dashboardContext(...))` without a server or a session.
 */
export function dashboardContext(
  conn: Connection,
  options: { slug?: string; path?: string; search?: string; role?: "viewer" | "editor" | "admin"; filter?: DashboardFilter } = {},
): DashboardContext {
  const slug = options.slug ?? "acme";
  const role = options.role ?? "editor";
  const filter = options.filter ?? {};
  const workspace = getWorkspaceBySlug(conn.db, slug);
  if (!workspace) throw new Error(`no workspace ${slug}`);
  return {
    db: conn.db,
    access: { workspace, role, actor: { userId: 1, label: "ed@example.com" } },
    filter,
    url: new URL(`http://orbital.test/w/${slug}${options.path ?? ""}${options.search ?? ""}`),
    shell: {
      workspace: { slug, name: workspace.name },
      role,
      options: listFilterOptions(conn.db, workspace.id),
      filter,
      kThreshold: workspace.kThreshold,
    },
  };
}
