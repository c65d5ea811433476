/**
 * What every dashboard loader starts with: the access check, the filter from the URL (a bad
 * value is a 400 with a message, not a crash), and the filter's options. Pages then call their
 * query functions with `db`, `workspace.id` and `filter` and shape the result, through
 * `cachedPage` so that the shaping runs once per database revision.
 */
import { data } from "@remix-run/node";
import type { Params } from "@remix-run/react";
import { listFilterOptions, type FilterOptions } from "../../db/queries/dashboard";
import { requireWorkspace, type WorkspaceAccess } from "../access.server";
import { getConnection, getDb } from "../db.server";
import { finishPendingAnalysisOffThread } from "../imports/off-thread.server";
import { parseDashboardFilter, type DashboardFilter } from "./filter";
import { ViewCache, viewKey } from "./view-cache.server";

const pageViews = new ViewCache();

export interface DashboardContext {
  access: WorkspaceAccess;
  filter: DashboardFilter;
  db: ReturnType<typeof getDb>;
  url: URL;
  /** For the page shell: the filter bar and the page header. */
  shell: DashboardShell;
}

/** Plain data for `<DashboardPage>`. */
export interface DashboardShell {
  workspace: { slug: string; name: string };
  role: WorkspaceAccess["role"];
  options: FilterOptions;
  filter: DashboardFilter;
  kThreshold: number;
  /** An import landed and another process is still analysing it: the figures are the previous ones. */
  analysisPending: boolean;
}

export async function loadDashboardContext(request: Request, params: Params): Promise<DashboardContext> {
  const access = await requireWorkspace(request, params.workspace, "viewer");
  const url = new URL(request.url);
  const parsed = parseDashboardFilter(url.searchParams);
  if (!parsed.ok) throw data({ message: `This link's filter is not valid: ${parsed.message}.` }, { status: 400 });
  const db = getDb();
  const workspaceId = access.workspace.id;
  // Figures never lag the data silently (decision 110): an analysis an import left pending is
  // finished here, unless another process holds the write lock or this one is importing into or
  // analysing the workspace — then that work will finish it. It runs on a thread (decision 115):
  // this request waits, the others do not.
  const analysisPending =
    access.workspace.analysisPendingSince !== null && !(await finishPendingAnalysisOffThread(getConnection().path, workspaceId));
  return {
    access,
    filter: parsed.filter,
    db,
    url,
    shell: {
      workspace: { slug: access.workspace.slug, name: access.workspace.name },
      role: access.role,
      // Every page's filter bar needs them; they change only when the data does.
      options: pageViews.get(db, `filter-options|${workspaceId}`, () => listFilterOptions(db, workspaceId)),
      filter: parsed.filter,
      kThreshold: access.workspace.kThreshold,
      analysisPending,
    },
  };
}

/**
 * A page's view model, computed by `load` once per database revision, workspace, member role
 * and URL (view-cache.server.ts; the URL's path names the page). `load` may read only the
 * database and `ctx`.
 */
export function cachedPage<T>(ctx: DashboardContext, load: (ctx: DashboardContext) => T): T {
  return pageViews.get(ctx.db, viewKey(ctx.access.workspace.id, ctx.access.role, ctx.url), () => load(ctx));
}

const queryResults = new ViewCache(32);

/**
 * A query's result shared by every URL of a page that differs only in presentation (zoom,
 * sort, table page): computed once per database revision, workspace and filter. With thousands
 * of roles the atomization tree takes seconds, and each page link would otherwise pay it again.
 * `compute` may read only the database, the workspace and the filter.
 */
export function cachedQuery<T>(ctx: Pick<DashboardContext, "db" | "access" | "filter">, name: string, compute: () => T): T {
  const { workspace } = ctx.access;
  return queryResults.get(ctx.db, `${name}|${workspace.id}|${workspace.kThreshold}|${JSON.stringify(ctx.filter)}`, compute);
}

/** The URL without the parameters that only choose which rows of a list are shown (decision 154). */
export function withoutListParams(url: URL): URL {
  const figures = new URL(url);
  figures.searchParams.delete("page");
  figures.searchParams.delete("show");
  return figures;
}

/**
 * Figures a page shares between the pages of its lists (decision 154): `cachedQuery` keyed by the
 * URL *without* `page` and `show` (a scenario, say, is in the URL), so paging through a 3,000-role
 * table or opening "show all" slices figures already computed. `load` may not read the member's role.
 */
export function cachedFigures<T>(ctx: DashboardContext, name: string, load: () => T): T {
  return cachedQuery(ctx, `figures|${name}|${withoutListParams(ctx.url).search}`, load);
}
