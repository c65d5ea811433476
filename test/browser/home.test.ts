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

test("the home page renders in Chromium", async () => {
  await browser.page.goto(server.url);
  await expect(browser.page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Orbital");
});
