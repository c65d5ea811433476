/**
 * Accounts for tests: create users and workspaces straight in a server's database file, and
 * sign in from Chromium or from plain fetch. Any engineer's test can use these.
 *
 *   const server = await startServer();
 *   await createWorkspaceIn(server.dbPath, "acme");
 *   const ann = await createUser(server.dbPath, { email: "ann@example.com", grants: { acme: "viewer" } });
 *   await loginAs(page, server.url, ann.email, ann.password);
 */
import type { Page } from "playwright-core";
import { openDatabase } from "../../db/connection";
import { ensureWorkspace } from "../../db/queries/workspaces";
import { createAccount, grantRole } from "../../app/auth/accounts.server";

export const TEST_PASSWORD = "correct horse battery staple";

export interface TestUser {
  id: number;
  email: string;
  password: string;
}

export async function createUser(
  dbPath: string,
  options: { email: string; password?: string; isAdmin?: boolean; grants?: Record<string, "viewer" | "editor" | "admin"> },
): Promise<TestUser> {
  const conn = openDatabase(dbPath);
  try {
    const password = options.password ?? TEST_PASSWORD;
    const { user } = await createAccount(conn.db, { email: options.email, password, isAdmin: options.isAdmin ?? false }, { userId: null, label: "test" });
    for (const [slug, role] of Object.entries(options.grants ?? {})) {
      grantRole(conn.db, { email: user.email, workspaceSlug: slug, role }, { userId: null, label: "test" });
    }
    return { id: user.id, email: user.email, password };
  } finally {
    conn.close();
  }
}

/** The workspace (created when missing); returns its id. */
export function createWorkspaceIn(dbPath: string, slug: string, name = slug): number {
  const conn = openDatabase(dbPath);
  try {
    return ensureWorkspace(conn.db, slug, name).id;
  } finally {
    conn.close();
  }
}

/** Signs in through the login page and waits until the app has left it. */
export async function loginAs(page: Page, baseUrl: string, email: string, password = TEST_PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("E-mail", { exact: true }).fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await Promise.all([
    page.waitForURL((url) => url.pathname !== "/login"),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  // A client-side navigation changes the URL before React has rendered the next page: wait
  // until the sign-in form is gone, so callers read the page they were sent to.
  await page.getByRole("button", { name: "Sign in", exact: true }).waitFor({ state: "detached" });
}

/** Signs in over HTTP and returns the `Cookie` header value for later requests. */
export async function loginCookie(baseUrl: string, email: string, password = TEST_PASSWORD): Promise<string> {
  const res = await fetch(`${baseUrl}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { Origin: baseUrl, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, password }),
  });
  const setCookie = res.headers.get("set-cookie");
  if (res.status !== 302 || !setCookie) throw new Error(`login as ${email} failed: HTTP ${res.status}`);
  return setCookie.split(";")[0];
}
