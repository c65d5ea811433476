/**
 * axe-core over the pages the dashboard tests do not already check (the Overview, Import,
 * Settings, Administration, account and sign-in pages), and the header on a 1280-px laptop:
 * one line, whatever the workspace's name and the account's e-mail.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { createUser, loginAs } from "../support/auth";
import { seriousAxeViolations } from "../support/axe";
import { launchBrowser } from "../support/browser";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  server = await startServer();
  // A long e-mail, as real ones are: the header must still fit.
  const admin = await createUser(server.dbPath, {
    email: "firstname.lastname-consulting@example-client.com",
    isAdmin: true,
    grants: { demo: "admin" },
  });
  browser = await launchBrowser();
  await browser.page.goto(`${server.url}/login`);
  expect(await seriousAxeViolations(browser.page)).toEqual([]);
  await loginAs(browser.page, server.url, admin.email);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test.each(["/w/demo", "/w/demo/import", "/w/demo/settings", "/admin", "/account"])("axe finds no serious or critical problem on %s", async (path) => {
  await browser.page.goto(`${server.url}${path}`);
  await browser.page.getByRole("heading", { level: 1 }).first().waitFor();
  expect(await seriousAxeViolations(browser.page)).toEqual([]);
});

test.each([1280, 1920])("at %i px the header is one line: every item sits on the same middle line", async (width) => {
  const { page } = browser;
  await page.setViewportSize({ width, height: 800 });
  await page.goto(`${server.url}/w/demo`);
  const middles = await page.locator(".app-header-nav > *").evaluateAll((items) =>
    items
      .map((el) => el.getBoundingClientRect())
      .filter((box) => box.width > 0)
      .map((box) => box.top + box.height / 2),
  );
  expect(middles.length).toBeGreaterThan(4);
  // A wrapped item sits a whole line (20+ px) lower; centred items differ by a pixel at most.
  expect(Math.max(...middles) - Math.min(...middles), `item middles: ${middles.join(", ")}`).toBeLessThan(4);
  await page.setViewportSize({ width: 1280, height: 800 });
});
