/**
 * Walks every route the app defines, read from the server build's route manifest, so a route
 * added later is covered without touching this file:
 * - an anonymous request (document, data request, POST) never gets data: it is sent to the
 *   login page or refused;
 * - a member of workspace A, even its administrator and an installation administrator, gets
 *   404 for workspace B on every /w/:workspace/… route, for GET and POST alike;
 * - every response carries the security headers and a request id.
 * It is in the browser project because it needs the production build, not because it needs Chromium.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createUser, createWorkspaceIn, loginCookie } from "../support/auth";
import { startServer, type RunningServer } from "../support/server";

const ROOT = resolve(import.meta.dirname, "../..");
const build = (await import(pathToFileURL(resolve(ROOT, "build/server/index.js")).href)) as ServerBuild;

interface WalkedRoute {
  id: string;
  /** URL pattern, e.g. "/w/:workspace/settings". */
  pattern: string;
  hasAction: boolean;
  hasComponent: boolean;
}

function walkRoutes(): WalkedRoute[] {
  const routes = Object.values(build.routes);
  const patternOf = (id: string): string => {
    const route = build.routes[id];
    if (!route) return "";
    const parent = route.parentId ? patternOf(route.parentId) : "";
    return route.path ? `${parent.replace(/\/$/, "")}/${route.path}` : parent;
  };
  // Leaves only: a layout answers through its children.
  const parents = new Set(routes.map((r) => r.parentId));
  return routes
    .filter((r) => r.id !== "root" && (r.index || !parents.has(r.id)))
    .map((r) => ({
      id: r.id,
      pattern: patternOf(r.id) || "/",
      hasAction: typeof r.module.action === "function",
      hasComponent: typeof r.module.default === "function",
    }));
}

/** The concrete URL for a pattern: `:workspace` gets the slug, other params a placeholder. */
function urlFor(pattern: string, workspace: string): string {
  return pattern
    .split("/")
    .map((segment) => {
      if (segment === ":workspace" || segment === ":workspace?") return workspace;
      if (segment.startsWith(":")) return "1";
      if (segment === "*") return "x";
      return segment;
    })
    .join("/");
}

/**
 * Pages anyone may open. Each entry says why; the test checks each still exists and still
 * answers without data, so this list cannot silently go stale.
 */
const PUBLIC_ROUTES: Record<string, string> = {
  "routes/login": "the sign-in form",
  "routes/logout": "signing out needs no account (GET redirects home)",
  "routes/setup": "the first-start form, refused without the printed token",
};

const ROUTES = walkRoutes();
const WORKSPACE_ROUTES = ROUTES.filter((r) => r.pattern.includes(":workspace"));

let server: RunningServer;
let memberOfA = "";

beforeAll(async () => {
  server = await startServer({ env: { ORBITAL_DEMO: "0" } });
  // The installation administrator comes first, so it is handed no workspace; then A and B.
  await createUser(server.dbPath, { email: "a-admin@example.com", isAdmin: true });
  createWorkspaceIn(server.dbPath, "ws-a", "Workspace A");
  createWorkspaceIn(server.dbPath, "ws-b", "Workspace B");
  await createUser(server.dbPath, { email: "b-admin@example.com", grants: { "ws-b": "admin" } });
  const { email } = await createUser(server.dbPath, { email: "a-member@example.com", grants: { "ws-a": "admin" } });
  memberOfA = await loginCookie(server.url, email);
});
afterAll(async () => {
  await server?.stop();
});

async function send(path: string, init: { method?: string; cookie?: string; data?: boolean } = {}) {
  const method = init.method ?? "GET";
  const url = `${server.url}${init.data ? `${path === "/" ? "/_root" : path}.data` : path}`;
  const res = await fetch(url, {
    method,
    redirect: "manual",
    headers: {
      ...(init.cookie ? { Cookie: init.cookie } : {}),
      // Our own origin: these requests must be refused by access checks, not by the CSRF guard.
      ...(method !== "GET" ? { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" } : {}),
    },
    body: method !== "GET" ? "intent=delete&confirm=ws-b" : undefined,
  });
  const body = await res.text();
  if (process.env.ROUTE_WALK_DEBUG) console.log(`${method} ${url} → ${res.status} ${res.headers.get("location") ?? ""} ${body.slice(0, 80)}`);
  expect(res.headers.get("x-request-id"), `${method} ${url}`).toMatch(/^[0-9a-f]{16}$/);
  expect(res.headers.get("content-security-policy"), `${method} ${url}`).toContain("frame-ancestors 'none'");
  return { status: res.status, location: res.headers.get("location"), body, url: `${method} ${url}` };
}

/** Refused: redirected to the login page, or 401/403/404/405. */
function expectRefusedAnonymous(res: Awaited<ReturnType<typeof send>>) {
  const toLogin = [301, 302, 303, 307, 308].includes(res.status) && /^\/login(\?|$)/.test(res.location ?? "");
  // Single-fetch data requests encode the redirect in a 202 body rather than a Location header.
  const dataRedirectToLogin = res.status === 202 && /"\/login(\?|")/.test(res.body);
  expect(toLogin || dataRedirectToLogin || [401, 403, 404, 405].includes(res.status), `${res.url} → ${res.status} ${res.location ?? ""}`).toBe(true);
}

test("the manifest lists the routes this branch defines (the walk is not empty)", () => {
  const ids = ROUTES.map((r) => r.id);
  expect(ids).toEqual(expect.arrayContaining(["routes/_index", "routes/login", "routes/setup", "routes/w.$workspace.settings"]));
  for (const id of Object.keys(PUBLIC_ROUTES)) expect(ids, `public route ${id} no longer exists`).toContain(id);
});

describe.each(ROUTES.filter((r) => !(r.id in PUBLIC_ROUTES)).map((r) => [r.pattern, r] as const))(
  "anonymous on %s",
  (_pattern, route) => {
    const path = urlFor(route.pattern, "ws-b");
    test("GET (document) is refused", async () => expectRefusedAnonymous(await send(path)));
    test("GET (data request) is refused", async () => {
      if (route.hasComponent) expectRefusedAnonymous(await send(path, { data: true }));
    });
    test("POST is refused", async () => expectRefusedAnonymous(await send(path, { method: "POST" })));
  },
);

describe.each(Object.entries(PUBLIC_ROUTES))("public %s (%s)", (id) => {
  test("answers an anonymous GET without any workspace data", async () => {
    const route = ROUTES.find((r) => r.id === id)!;
    const res = await send(urlFor(route.pattern, "ws-b"));
    expect([200, 302, 403]).toContain(res.status);
    expect(res.body).not.toContain("Workspace B");
    expect(res.body).not.toContain("a-member@example.com");
  });
});

test("there is at least one /w/:workspace route to walk", () => {
  expect(WORKSPACE_ROUTES.length).toBeGreaterThan(0);
});

describe.each(WORKSPACE_ROUTES.map((r) => [r.pattern, r] as const))("a member of A on B's %s", (_pattern, route) => {
  test("GET is 404, as if B did not exist", async () => {
    const res = await send(urlFor(route.pattern, "ws-b"), { cookie: memberOfA });
    expect(res.status, res.url).toBe(404);
    expect(res.body).not.toContain("Workspace B");
  });

  test("GET of the data request is 404 too", async () => {
    if (!route.hasComponent) return;
    const res = await send(urlFor(route.pattern, "ws-b"), { cookie: memberOfA, data: true });
    expect(res.status, res.url).toBe(404);
    expect(res.body).not.toContain("Workspace B");
  });

  test("POST is 404 (405 where the route has no action), and changes nothing", async () => {
    const res = await send(urlFor(route.pattern, "ws-b"), { cookie: memberOfA, method: "POST" });
    expect(res.status, res.url).toBe(route.hasAction ? 404 : 405);
    // The POST body asked to delete B: it must still be there for its own administrator.
    const owner = await loginCookie(server.url, "b-admin@example.com");
    expect((await send("/", { cookie: owner })).body).toContain("Workspace B");
  });

  test("the same request for A is not a 404 (the route works; only B is hidden)", async () => {
    if ((route.pattern.match(/:/g) ?? []).length > 1) return; // other params would need real ids
    const res = await send(urlFor(route.pattern, "ws-a"), { cookie: memberOfA });
    expect(res.status, res.url).not.toBe(404);
  });
});

test("the installation administrator is no member of B and gets 404 too", async () => {
  const admin = await loginCookie(server.url, "a-admin@example.com");
  for (const route of WORKSPACE_ROUTES) {
    const res = await send(urlFor(route.pattern, "ws-b"), { cookie: admin });
    expect(res.status, res.url).toBe(404);
  }
});
