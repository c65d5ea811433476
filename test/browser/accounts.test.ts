/**
 * Accounts in Chromium against the production server: first start, login, logout, roles,
 * forged requests, text that looks like HTML, the CSP, and the error page's request id.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase } from "../../db/connection";
import { recordAudit } from "../../db/queries/audit";
import { getMembershipRole } from "../../db/queries/memberships";
import { getUserByEmail } from "../../db/queries/users";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { gotoHydrated, launchBrowser } from "../support/browser";
import { createUser, createWorkspaceIn, loginAs, TEST_PASSWORD } from "../support/auth";
import { startServer, type RunningServer } from "../support/server";

let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = browser.page;
});
afterAll(async () => {
  await browser?.close();
});

async function signOutEverywhere() {
  await browser.context.clearCookies();
}

function withDb<T>(dbPath: string, run: (conn: ReturnType<typeof openDatabase>) => T): T {
  const conn = openDatabase(dbPath);
  try {
    return run(conn);
  } finally {
    conn.close();
  }
}

describe("first start", () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ env: { ORBITAL_DEMO: "0" } });
    // What the demo seeding does on an empty database (ensureWorkspace keeps a seeded one).
    createWorkspaceIn(server.dbPath, "demo", "Demo organization");
  });
  afterAll(async () => {
    await server?.stop();
  });

  const setupLink = () => {
    const match = /(http:\/\/localhost:\d+\/setup\?token=[A-Za-z0-9_-]+)/.exec(server.output());
    if (!match) throw new Error(`no setup link printed:\n${server.output()}`);
    return match[1];
  };

  test("the server prints a one-time setup link", () => {
    expect(server.output()).toContain("No administrator yet. Create the first one by opening this one-time link:");
    expect(setupLink()).toMatch(/token=[A-Za-z0-9_-]{43}$/);
  });

  test.each([
    ["without a token", "/setup"],
    ["with a wrong token", "/setup?token=not-the-token"],
  ])("/setup %s is refused and shows no form", async (_label, path) => {
    const response = await page.goto(`${server.url}${path}`);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("alert").textContent()).resolves.toMatch(/This setup link is not valid/);
    expect(await page.getByRole("button", { name: "Create administrator" }).count()).toBe(0);
  });

  test("with the printed token: the administrator is created, signed in, and sees the demo workspace", async () => {
    await page.goto(setupLink());
    await page.getByLabel("E-mail").fill("root@example.com");
    await page.getByLabel(/^Password \(at least 12/).fill("short");
    await page.getByLabel("Password again").fill("short");
    await page.getByRole("button", { name: "Create administrator" }).click();
    await expect(page.locator("#password-error").textContent()).resolves.toBe(
      "The password must be at least 12 characters long (it has 5).",
    );

    await page.getByLabel(/^Password \(at least 12/).fill(TEST_PASSWORD);
    await page.getByLabel("Password again").fill(TEST_PASSWORD);
    await Promise.all([page.waitForURL(`${server.url}/`), page.getByRole("button", { name: "Create administrator" }).click()]);
    await expect(page.getByRole("link", { name: "Demo organization" }).textContent()).resolves.toBe("Demo organization");
    await expect(page.getByRole("link", { name: "root@example.com" }).count()).resolves.toBe(1);
  });

  test("afterwards the link is spent: /setup sends people to the login page", async () => {
    await signOutEverywhere();
    await page.goto(setupLink());
    expect(new URL(page.url()).pathname).toBe("/login");
  });

  test("a second account without a grant sees nothing of the demo workspace", async () => {
    await createUser(server.dbPath, { email: "second@example.com" });
    await loginAs(page, server.url, "second@example.com");
    await page.getByText("You are not a member of any workspace yet.").waitFor();
    expect(await page.content()).not.toContain("Demo organization");
    const response = await page.goto(`${server.url}/w/demo/settings`);
    expect(response?.status()).toBe(404);
    expect(await page.content()).not.toContain("Demo organization");
  });
});

describe("signed-in use", () => {
  let server: RunningServer;
  let attacker: Server;
  let attackerUrl = "";
  const PAYLOAD = "<img src=x onerror=alert(1)>";

  beforeAll(async () => {
    server = await startServer({ env: { ORBITAL_DEMO: "0" } });
    createWorkspaceIn(server.dbPath, "demo", "Demo organization");
    createWorkspaceIn(server.dbPath, "xss", PAYLOAD);
    await createUser(server.dbPath, { email: "root@example.com", isAdmin: true }); // first admin: demo + xss
    await createUser(server.dbPath, { email: "viewer@example.com", grants: { demo: "viewer" } });
    withDb(server.dbPath, ({ db, sqlite }) => {
      const xss = getWorkspaceBySlug(db, "xss")!;
      recordAudit(db, {
        workspaceId: xss.id,
        workspaceSlug: "xss",
        actor: "<script>alert(2)</script>",
        action: "import.jobs",
        detail: { file: "javascript:alert(3)", title: PAYLOAD },
      });
      // The imported role the issue names; pages that list roles render it once they exist.
      sqlite
        .prepare("INSERT INTO roles (workspace_id, role_key, title, department, level, level_label, headcount) VALUES (?, 'r1', ?, ?, 2, 'Mid', 1)")
        .run(xss.id, PAYLOAD, "<script>alert(4)</script>");
    });
    // A page on another port of localhost: same site (so SameSite=Lax still sends the cookie),
    // other origin. Only the Origin check stands between it and the workspace.
    attacker = createServer((_req, res) => {
      res.setHeader("Content-Type", "text/html");
      res.end(`<!doctype html><form method="post" action="${server.url}/w/demo/settings">
        <input name="intent" value="delete"><input name="confirm" value="demo"></form>
        <script>document.forms[0].submit()</script>`);
    }).listen(0, "127.0.0.1");
    await new Promise((resolve) => attacker.once("listening", resolve));
    attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    // Chromium keeps its connection to the page open; close() alone waits about a minute for it.
    attacker?.closeAllConnections();
    await new Promise((resolve) => attacker?.close(resolve));
    await server?.stop();
  });

  test.each([
    ["an unknown e-mail", "nobody@example.com", TEST_PASSWORD],
    ["a wrong password", "root@example.com", "not the password at all"],
  ])("%s gets the same message and no session", async (_label, email, password) => {
    await signOutEverywhere();
    await page.goto(`${server.url}/login`);
    await page.getByLabel("E-mail", { exact: true }).fill(email);
    await page.getByLabel("Password", { exact: true }).fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("alert").textContent()).resolves.toBe("That e-mail and password do not match an account.");
    expect(new URL(page.url()).pathname).toBe("/login");
    expect((await browser.context.cookies()).filter((c) => c.name === "orbital_session")).toEqual([]);
  });

  test("login sets an httpOnly SameSite=Lax cookie and brings you back where you were going", async () => {
    await signOutEverywhere();
    await page.goto(`${server.url}/w/demo/settings`);
    expect(page.url()).toBe(`${server.url}/login?next=%2Fw%2Fdemo%2Fsettings`);
    await page.getByLabel("E-mail", { exact: true }).fill("root@example.com");
    await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
    await Promise.all([page.waitForURL(`${server.url}/w/demo/settings`), page.getByRole("button", { name: "Sign in" }).click()]);
    await page.getByRole("heading", { level: 1, name: "Settings: Demo organization" }).waitFor();
    const [cookie] = (await browser.context.cookies()).filter((c) => c.name === "orbital_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  });

  test("logout ends the session on the server: the old cookie no longer works", async () => {
    await signOutEverywhere();
    await loginAs(page, server.url, "root@example.com");
    const [cookie] = (await browser.context.cookies()).filter((c) => c.name === "orbital_session");
    await Promise.all([page.waitForURL(`${server.url}/login`), page.getByRole("button", { name: "Sign out" }).click()]);
    await page.goto(server.url);
    expect(new URL(page.url()).pathname).toBe("/login");
    const replay = await fetch(`${server.url}/`, { redirect: "manual", headers: { Cookie: `${cookie.name}=${cookie.value}` } });
    expect(replay.status).toBe(302);
    expect(replay.headers.get("location")).toBe("/login");
  });

  test("a viewer sees no import or settings controls, and the settings page refuses them", async () => {
    // Every member reads the dashboards; only editors import, only admins manage settings.
    const DASHBOARD_LINKS = ["Overview", "Atomization", "Redesign", "Seniority", "Capabilities", "Review"];
    const pageLinks = () => page.getByRole("list", { name: "Demo organization pages" }).getByRole("link").allTextContents();
    await signOutEverywhere();
    await loginAs(page, server.url, "root@example.com");
    await page.goto(`${server.url}/w/demo/settings`);
    expect(await pageLinks()).toEqual([...DASHBOARD_LINKS, "Import", "Settings"]);
    expect(await page.getByRole("button", { name: "Grant" }).count()).toBe(1);

    await signOutEverywhere();
    await loginAs(page, server.url, "viewer@example.com");
    const response = await page.goto(`${server.url}/w/demo/settings`);
    expect(response?.status()).toBe(403);
    await expect(page.getByText("You are not allowed to do that.").count()).resolves.toBe(1);
    // The header still shows the workspace, with only the pages a viewer may use.
    expect(await pageLinks()).toEqual(DASHBOARD_LINKS);
    expect(await page.getByRole("link", { name: "Administration" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Grant" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Delete workspace" }).count()).toBe(0);
    expect(await page.getByRole("spinbutton").count()).toBe(0);
  });

  test("a viewer's forged POSTs from an Orbital page are refused and change nothing", async () => {
    await signOutEverywhere();
    await loginAs(page, server.url, "viewer@example.com");
    // On an Orbital page with the viewer's cookie: the Origin is right, the role is not.
    const statuses = await page.evaluate(async () => {
      const post = (fields: Record<string, string>) =>
        fetch("/w/demo/settings", { method: "POST", body: new URLSearchParams(fields) }).then((r) => r.status);
      return [
        await post({ intent: "grant", email: "viewer@example.com", role: "admin" }),
        await post({ intent: "delete", confirm: "demo" }),
        await post({ intent: "k", k: "2" }),
      ];
    });
    expect(statuses).toEqual([403, 403, 403]);
    withDb(server.dbPath, ({ db }) => {
      const demo = getWorkspaceBySlug(db, "demo")!;
      expect(demo.kThreshold).toBe(5);
      expect(getMembershipRole(db, getUserByEmail(db, "viewer@example.com")!.id, demo.id)).toBe("viewer");
    });
  });

  test("an administrator lured to another origin's page: its auto-submitted POST is refused by the Origin check", async () => {
    await signOutEverywhere();
    await loginAs(page, server.url, "root@example.com");
    const refused = page.waitForResponse((r) => r.url() === `${server.url}/w/demo/settings` && r.request().method() === "POST");
    await page.goto(attackerUrl);
    const response = await refused;
    expect(response.status()).toBe(403);
    expect(response.request().headers()["origin"]).toBe(attackerUrl.replace(/\/$/, ""));
    await expect(page.textContent("body")).resolves.toMatch(/did not come from an Orbital page/);
    withDb(server.dbPath, ({ db }) => expect(getWorkspaceBySlug(db, "demo")).toBeDefined());
  });

  test("imported text that looks like HTML renders as text and runs nothing", async () => {
    const dialogs: string[] = [];
    const onDialog = (dialog: { message(): string; dismiss(): Promise<void> }) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    };
    page.on("dialog", onDialog);
    try {
      await page.goto(server.url);
      await expect(page.getByRole("link", { name: PAYLOAD }).textContent()).resolves.toBe(PAYLOAD);
      await page.goto(`${server.url}/w/xss/settings`);
      await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(`Settings: ${PAYLOAD}`);
      const auditRow = page.getByRole("row", { name: /import\.jobs/ });
      await expect(auditRow.textContent()).resolves.toContain("<script>alert(2)</script>");
      await expect(auditRow.textContent()).resolves.toContain("file: javascript:alert(3)");
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.locator("main script").count()).toBe(0);
      // No wait for an onerror handler: `goto` resolved at the load event, which waits for every
      // image, so any handler an injected <img> could carry has run by now.
      expect(dialogs).toEqual([]);
    } finally {
      page.off("dialog", onDialog);
    }
  });

  test("CSP: every page carries it, and hydration plus a client-side navigation cause no violation", async () => {
    const violations: string[] = [];
    const onConsole = (message: { type(): string; text(): string }) => {
      if (message.type() === "error" || /Content Security Policy/i.test(message.text())) violations.push(message.text());
    };
    page.on("console", onConsole);
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { __csp: string[] }).__csp ??= [];
        (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    try {
      await signOutEverywhere();
      const response = await gotoHydrated(page, `${server.url}/login`);
      expect(response?.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
      await page.getByLabel("E-mail", { exact: true }).fill("root@example.com");
      await page.getByLabel("Password", { exact: true }).fill(TEST_PASSWORD);
      await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
      await Promise.all([page.waitForURL(`${server.url}/`), page.getByRole("button", { name: "Sign in" }).click()]);
      await Promise.all([page.waitForURL(`${server.url}/account`), page.getByRole("link", { name: "root@example.com" }).click()]);
      await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
      // Still the same document: both moves were client-side, so the app hydrated under the CSP.
      expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? [])).toEqual([]);
      expect(violations).toEqual([]);
    } finally {
      page.off("console", onConsole);
    }
  });

  test("a failed form submission shows the id of the POST that failed, not of the page load", async () => {
    await signOutEverywhere();
    await loginAs(page, server.url, "root@example.com");
    await gotoHydrated(page, `${server.url}/w/demo/settings`);
    // The page loads fine; only saving k fails, as a constraint violation deep in a command would.
    withDb(server.dbPath, ({ sqlite }) =>
      sqlite.exec("CREATE TRIGGER k_fails BEFORE UPDATE OF k_threshold ON workspaces BEGIN SELECT RAISE(ABORT, 'k is stuck'); END"),
    );
    try {
      const posted = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/w/demo/settings"));
      await page.getByLabel("k (at least 2)").fill("7");
      await page.getByRole("button", { name: "Save k" }).click();
      const failed = await posted;
      expect(failed.status()).toBe(500);
      const id = failed.headers()["x-request-id"];
      await expect(page.getByTestId("request-id").textContent()).resolves.toBe(id);
      expect(server.output()).toContain(`[request ${id}] POST /w/demo/settings.data failed:`);
      expect(await page.content()).not.toContain("k is stuck");
    } finally {
      withDb(server.dbPath, ({ sqlite }) => sqlite.exec("DROP TRIGGER k_fails"));
    }
  });

  test("an unexpected error shows only a request id, which the server log and the X-Request-Id header share", async () => {
    await signOutEverywhere();
    await loginAs(page, server.url, "root@example.com");
    // Break the settings page's audit query the way a real fault would: the table is gone.
    await gotoHydrated(page, `${server.url}/w/demo/settings`);
    withDb(server.dbPath, ({ sqlite }) => sqlite.exec("ALTER TABLE audit_events RENAME TO audit_events_away"));
    try {
      // A client-side navigation whose data request fails (the header's link to this page reloads its data)…
      const dataResponse = page.waitForResponse((r) => r.url().includes("/w/demo/settings.data"));
      await page.getByRole("link", { name: "Settings" }).click();
      const failed = await dataResponse;
      expect(failed.status()).toBe(500);
      const dataId = failed.headers()["x-request-id"];
      await expect(page.getByTestId("request-id").textContent()).resolves.toBe(dataId);
      expect(server.output()).toContain(`[request ${dataId}] GET /w/demo/settings.data failed:`);

      // …and a document request.
      const response = await page.goto(`${server.url}/w/demo/settings`);
      expect(response?.status()).toBe(500);
      const id = response!.headers()["x-request-id"];
      await expect(page.getByTestId("request-id").textContent()).resolves.toBe(id);
      const html = await page.content();
      expect(html).not.toMatch(/audit_events|no such table|SqliteError|SELECT|at \w+ \(/);
      expect(server.output()).toContain(`[request ${id}] GET /w/demo/settings failed:`);
      expect(server.output()).toContain("no such table: audit_events");
    } finally {
      withDb(server.dbPath, ({ sqlite }) => sqlite.exec("ALTER TABLE audit_events_away RENAME TO audit_events"));
    }
  });
});
