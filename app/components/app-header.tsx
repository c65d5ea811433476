/**
 * The navigation bar on every signed-in page: the workspace switcher, the current workspace's
 * pages (only those the role may use), administration, account and sign out. The root route
 * renders it from its loader data, so pages do not render it themselves.
 */
import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { filterQuery } from "../dashboard/filter";

/** The workspace's dashboard pages, in reading order (paths under /w/:workspace). */
export const DASHBOARD_PAGES = [
  { path: "", label: "Overview" },
  { path: "/atomization", label: "Atomization" },
  { path: "/redesign", label: "Redesign" },
  { path: "/seniority", label: "Seniority" },
  { path: "/capabilities", label: "Capabilities" },
  { path: "/review", label: "Review" },
] as const;

export interface HeaderWorkspace {
  slug: string;
  name: string;
  role: "viewer" | "editor" | "admin";
}

export interface AppHeaderProps {
  me: { email: string; isAdmin: boolean };
  workspaces: HeaderWorkspace[];
  /** The `:workspace` param of the current page, if any. */
  currentSlug?: string;
}

export function AppHeader({ me, workspaces, currentSlug }: AppHeaderProps) {
  // Remounting the switcher on navigation closes it once a workspace was picked.
  const { pathname, search } = useLocation();
  const current = workspaces.find((w) => w.slug === currentSlug);
  const others = workspaces.filter((w) => w.slug !== currentSlug);
  return (
    <header className="app-header">
      <nav aria-label="Main" className="app-header-nav">
        <Link to="/" className="app-header-brand">
          Orbital
        </Link>
        {workspaces.length > 0 ? (
          <details className="app-header-switcher" key={pathname}>
            <summary title={current ? current.name : undefined}>{current ? current.name : "Workspaces"}</summary>
            <ul aria-label="Switch workspace">
              {(current ? [current, ...others] : others).map((w) => (
                <li key={w.slug}>
                  <Link to={`/w/${w.slug}`} aria-current={w.slug === currentSlug ? "page" : undefined}>
                    {w.name}
                  </Link>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
        {current ? (
          <ul className="app-header-links" aria-label={`${current.name} pages`}>
            {DASHBOARD_PAGES.map((page) => (
              <li key={page.path}>
                {/* Dashboard links carry the current filter, so moving between pages keeps the view. */}
                <NavLink to={`/w/${current.slug}${page.path}${filterQuery(search)}`} end={page.path === ""}>
                  {page.label}
                </NavLink>
              </li>
            ))}
            {current.role !== "viewer" ? (
              <li>
                <NavLink to={`/w/${current.slug}/import`}>Import</NavLink>
              </li>
            ) : null}
            {current.role === "admin" ? (
              <li>
                <NavLink to={`/w/${current.slug}/settings`}>Settings</NavLink>
              </li>
            ) : null}
          </ul>
        ) : null}
        <span className="app-header-spacer" />
        {me.isAdmin ? <NavLink to="/admin">Administration</NavLink> : null}
        <NavLink to="/account" title={`Your account: ${me.email}`} className="app-header-account">
          {me.email}
        </NavLink>
        <Form method="post" action="/logout" className="app-header-logout">
          <button type="submit" className="secondary">
            Sign out
          </button>
        </Form>
      </nav>
    </header>
  );
}
