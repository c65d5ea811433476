/**
 * Every dashboard route's real loader, called the way Remix calls it: a `Request` with a
 * session cookie (or none) and the URL's params, against a real SQLite file that the server's
 * connection (app/db.server.ts) opens through ORBITAL_DB. No hand-built context: the access
 * check, the filter parsing and the page's queries all run.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { CLI_ACTOR, createAccount, grantRole } from "../../app/auth/accounts.server";
import { startSession } from "../../app/auth/session.server";
import { createWorkspace } from "../../db/queries/workspaces";
import { tempDatabase } from "../support/temp-db";
import type { SeededOrganization } from "../support/seed-organization";
import { analyzedTinyOrganization } from "../support/tiny-organization";
import { loader as overview } from "../../app/routes/w.$workspace._index/route";
import { loader as atomization } from "../../app/routes/w.$workspace.atomization/route";
import { loader as redesign } from "../../app/routes/w.$workspace.redesign/route";
import { loader as review } from "../../app/routes/w.$workspace.review/route";
import { loader as role } from "../../app/routes/w.$workspace.roles.$roleId/route";
import { loader as seniority } from "../../app/routes/w.$workspace.seniority/route";

type Loader = (args: LoaderFunctionArgs) => unknown;

let conn: ReturnType<typeof tempDatabase>;
let org: SeededOrganization;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  conn = tempDatabase();
  process.env.ORBITAL_DB = conn.path;
  org = analyzedTinyOrganization(conn);
  createWorkspace(conn.db, { slug: "globex", name: "Globex" });
  for (const email of ["viewer@example.com", "outsider@example.com"]) {
    const { user } = await createAccount(conn.db, { email, password: "correct horse battery staple", isAdmin: false }, CLI_ACTOR);
    cookies[email] = (await startSession(new Request("http://localhost/login"), user.id)).split(";")[0];
  }
  grantRole(conn.db, { email: "viewer@example.com", workspaceSlug: "acme", role: "viewer" }, CLI_ACTOR);
  grantRole(conn.db, { email: "outsider@example.com", workspaceSlug: "globex", role: "admin" }, CLI_ACTOR);
});
afterAll(() => {
  delete process.env.ORBITAL_DB;
  conn.cleanup();
});

/** Each page: its loader, and the path and params a request to it carries. */
const PAGES: [name: string, loader: Loader, path: string, params: () => Record<string, string>][] = [
  ["Overview", overview, "", () => ({})],
  ["Atomization", atomization, "/atomization", () => ({})],
  ["Redesign", redesign, "/redesign", () => ({})],
  ["Review", review, "/review", () => ({})],
  ["Role", role, "/roles/ROLE", () => ({ roleId: String(org.roleIds.analyst) })],
  ["Seniority", seniority, "/seniority", () => ({})],
];

async function call(loader: Loader, path: string, params: Record<string, string>, email?: string, search = "") {
  const url = `http://localhost/w/acme${path.replace("ROLE", params.roleId ?? "")}${search}`;
  const request = new Request(url, { headers: email ? { Cookie: cookies[email] } : {} });
  return loader({ request, params: { workspace: "acme", ...params }, context: {} });
}

/** What a loader threw, as Remix would answer it: a Response, or `data(…, { status })`. */
async function thrownStatus(promise: unknown): Promise<{ status: number; location?: string | null; message?: string }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof Response) return { status: error.status, location: error.headers.get("Location") };
    const init = (error as { init?: { status?: number } }).init;
    if (init?.status) return { status: init.status, message: (error as { data?: { message?: string } }).data?.message };
    throw error;
  }
  throw new Error("expected the loader to throw");
}

describe.each(PAGES)("the %s loader", (_name, loader, path, params) => {
  test("sends an anonymous request to the login page, and gives a non-member 404", async () => {
    const anonymous = await thrownStatus(call(loader, path, params()));
    expect(anonymous.status).toBe(302);
    expect(anonymous.location).toMatch(/^\/login\?next=%2Fw%2Facme/);
    expect((await thrownStatus(call(loader, path, params(), "outsider@example.com"))).status).toBe(404);
  });

  test("answers a bad filter with 400 and says which value was wrong", async () => {
    const bad = await thrownStatus(call(loader, path, params(), "viewer@example.com", "?level=x"));
    expect(bad).toEqual({ status: 400, message: `This link's filter is not valid: level: level must be a number, got "x".` });
  });

  test("gives a member the page's view for the workspace", async () => {
    const view = (await call(loader, path, params(), "viewer@example.com", "?department=Finance")) as { shell: { workspace: { slug: string }; filter: unknown } };
    expect(view.shell.workspace.slug).toBe("acme");
    expect(view.shell.filter).toEqual({ department: ["Finance"] });
  });
});
