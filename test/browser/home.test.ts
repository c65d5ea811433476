import { afterAll, beforeAll, expect, test } from "vitest";
import { launchBrowser } from "../support/browser";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

test("an anonymous visitor of the home page lands on the sign-in page in Chromium", async () => {
  await browser.page.goto(server.url);
  expect(new URL(browser.page.url()).pathname).toBe("/login");
  await expect(browser.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Sign in to Orbital");
});
