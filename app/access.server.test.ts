import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createWorkspace } from "../db/queries/workspaces";
import { tempDatabase } from "../test/support/temp-db";
import { hasRole, loginPath, requireInstallationAdmin, requireUser, requireWorkspace, safeNextPath } from "./access.server";
import { CLI_ACTOR, createAccount, grantRole } from "./auth/accounts.server";
import { endSession, startSession } from "./auth/session.server";

let conn: ReturnType<typeof tempDatabase>;
const cookies: Record<string, string> = {};

// The access module reads the server's connection (app/db.server.ts), which opens ORBITAL_DB.
beforeAll(async () => {
  conn = tempDatabase();
  process.env.ORBITAL_DB = conn.path;
  createWorkspace(conn.db, { slug: "acme", name: "Acme" });
  createWorkspace(conn.db, { slug: "globex", name: "Globex" });
  const password = "correct horse battery staple";
  for (const [email, isAdmin] of [["root@example.com", true], ["viewer@example.com", false], ["editor@example.com", false], ["outsider@example.com", false]] as const) {
    const { user } = await createAccount(conn.db, { email, password, isAdmin }, CLI_ACTOR);
    cookies[email] = (await startSession(new Request("http://localhost/login"), user.id)).split(";")[0];
  }
  grantRole(conn.db, { email: "viewer@example.com", workspaceSlug: "acme", role: "viewer" }, CLI_ACTOR);
  grantRole(conn.db, { email: "editor@example.com", workspaceSlug: "acme", role: "editor" }, CLI_ACTOR);
  // Created after the first administrator, so nobody is a member (the first admin got acme and globex).
  createWorkspace(conn.db, { slug: "later", name: "Later" });
});
afterAll(() => {
  delete process.env.ORBITAL_DB;
  conn.cleanup();
});

function request(path: string, email?: string): Request {
  return new Request(`http://localhost${path}`, { headers: email ? { Cookie: cookies[email] } : {} });
}

async function thrown(promise: Promise<unknown>): Promise<Response> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
  throw new Error("expected a thrown Response");
}

describe("requireWorkspace", () => {
  test("an anonymous request is sent to the login page, which will bring it back", async () => {
    const res = await thrown(requireWorkspace(request("/w/acme/settings?tab=1"), "acme"));
    expect(res.status).toBe(302);
    expect(res.headers.get("Location")).toBe("/login?next=%2Fw%2Facme%2Fsettings%3Ftab%3D1");
  });

  test.each([
    ["a member of another workspace asks for this one", "outsider@example.com", "acme"],
    ["a member asks for a workspace that does not exist", "viewer@example.com", "nope"],
    ["a member asks for another workspace that exists", "viewer@example.com", "globex"],
    ["the installation administrator asks for a workspace it is not a member of", "root@example.com", "later"],
    ["no slug at all", "viewer@example.com", undefined],
  ])("404 when %s", async (_label, email, slug) => {
    const res = await thrown(requireWorkspace(request(`/w/${slug}`, email), slug));
    expect(res.status).toBe(404);
    expect(await res.text()).toBe("Not found");
  });

  test.each([
    ["viewer@example.com", "viewer", 200],
    ["viewer@example.com", "editor", 403],
    ["viewer@example.com", "admin", 403],
    ["editor@example.com", "viewer", 200],
    ["editor@example.com", "editor", 200],
    ["editor@example.com", "admin", 403],
  ] as const)("%s asking for %s → %i", async (email, minimumRole, status) => {
    const attempt = requireWorkspace(request("/w/acme", email), "acme", minimumRole);
    if (status === 403) {
      expect((await thrown(attempt)).status).toBe(403);
    } else {
      const access = await attempt;
      expect(access.workspace.slug).toBe("acme");
      expect(access.actor.label).toBe(email);
      expect(access.actor.userId).toEqual(expect.any(Number));
    }
  });

  test("a forged cookie (valid token, wrong signature) is anonymous", async () => {
    const [name, value] = cookies["editor@example.com"].split("=");
    // The second-to-last character is replaced by another (comparing that character itself: the
    // test once compared the last one and, 1 run in 64, "forged" the cookie into itself).
    const at = value.length - 2;
    const forged = `${name}=${value.slice(0, at)}${value[at] === "A" ? "B" : "A"}${value.slice(at + 1)}`;
    expect(forged).not.toBe(`${name}=${value}`);
    const res = await thrown(requireWorkspace(new Request("http://localhost/w/acme", { headers: { Cookie: forged } }), "acme"));
    expect(res.status).toBe(302);
  });

  test("an expired session is anonymous", async () => {
    const { user } = await createAccount(conn.db, { email: "old@example.com", password: "correct horse battery staple", isAdmin: false }, CLI_ACTOR);
    grantRole(conn.db, { email: "old@example.com", workspaceSlug: "acme", role: "viewer" }, CLI_ACTOR);
    const longAgo = new Date(Date.now() - 13 * 3600_000);
    const cookie = (await startSession(new Request("http://localhost/login"), user.id, longAgo)).split(";")[0];
    const res = await thrown(requireWorkspace(new Request("http://localhost/w/acme", { headers: { Cookie: cookie } }), "acme"));
    expect(res.status).toBe(302);
  });

  test("after logout the same cookie is anonymous, and the response clears it", async () => {
    const { user } = await createAccount(conn.db, { email: "leaver@example.com", password: "correct horse battery staple", isAdmin: false }, CLI_ACTOR);
    const cookie = (await startSession(new Request("http://localhost/login"), user.id)).split(";")[0];
    const withCookie = () => new Request("http://localhost/", { headers: { Cookie: cookie } });
    await expect(requireUser(withCookie())).resolves.toMatchObject({ email: "leaver@example.com" });
    const cleared = await endSession(withCookie());
    expect(cleared).toMatch(/^orbital_session=; Max-Age=0;/);
    expect((await thrown(requireUser(withCookie()))).status).toBe(302);
  });
});

describe("requireInstallationAdmin", () => {
  test("administrators pass, other accounts get 403, anonymous goes to login", async () => {
    await expect(requireInstallationAdmin(request("/admin", "root@example.com"))).resolves.toMatchObject({ isAdmin: true });
    expect((await thrown(requireInstallationAdmin(request("/admin", "viewer@example.com")))).status).toBe(403);
    expect((await thrown(requireInstallationAdmin(request("/admin")))).headers.get("Location")).toBe("/login?next=%2Fadmin");
  });
});

describe("session cookie", () => {
  test.each([
    ["http://localhost/login", false],
    ["https://orbital.example.com/login", true],
  ])("for %s: httpOnly, SameSite=Lax, Path=/, 12 hours, Secure=%s", async (url, secure) => {
    const header = await startSession(new Request(url), 1);
    expect(header).toMatch(/^orbital_session=[^;]+\.[^;]+;/); // value.signature
    expect(header).toContain("HttpOnly");
    expect(header).toContain("SameSite=Lax");
    expect(header).toContain("Path=/");
    expect(header).toContain("Max-Age=43200");
    expect(header.includes("Secure")).toBe(secure);
  });

  test("the database holds the token's hash, not the token", async () => {
    const header = await startSession(new Request("http://localhost/login"), 1);
    const signedValue = decodeURIComponent(header.split(";")[0].split("=").slice(1).join("="));
    const token = JSON.parse(Buffer.from(signedValue.slice(0, signedValue.lastIndexOf(".")), "base64").toString("utf8")) as string;
    const ids = (conn.sqlite.prepare("SELECT id FROM sessions").all() as { id: string }[]).map((r) => r.id);
    expect(ids.every((id) => /^[0-9a-f]{64}$/.test(id))).toBe(true);
    expect(ids).not.toContain(token);
  });
});

test.each([
  [null, "/"],
  ["", "/"],
  ["/w/acme?x=1#top", "/w/acme?x=1#top"],
  ["//evil.example/path", "/"],
  ["/\\evil.example", "/"],
  ["https://evil.example/", "/"],
  ["javascript:alert(1)", "/"],
  ["w/acme", "/"],
  ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
])("safeNextPath(%j) → %j", (next, expected) => {
  expect(safeNextPath(next)).toBe(expected);
});

test.each([
  ["http://localhost/", "/login"],
  ["http://localhost/w/acme", "/login?next=%2Fw%2Facme"],
  ["http://localhost/w/acme.data?_routes=root", "/login?next=%2Fw%2Facme"],
])("loginPath(%s) → %s", (url, expected) => {
  expect(loginPath(new Request(url))).toBe(expected);
});

test.each([
  ["viewer", "viewer", true],
  ["viewer", "editor", false],
  ["editor", "viewer", true],
  ["admin", "editor", true],
  ["editor", "admin", false],
] as const)("hasRole(%s, %s) → %s", (role, minimum, expected) => {
  expect(hasRole(role, minimum)).toBe(expected);
});
