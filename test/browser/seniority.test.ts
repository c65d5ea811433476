/**
 * The seniority page on the demo organization: one dumbbell row per level present, the index
 * and its sentence from the same query, the filter and the hands-on switch in the URL.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { describeCompression } from "../../app/dashboard/describe";
import { getSeniorityCompression, type DashboardFilter } from "../../db/queries/dashboard";
import type { SeniorityOptions } from "../../db/queries/dashboard/seniority";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { createUser, loginAs } from "../support/auth";
import { seriousAxeViolations } from "../support/axe";
import { gotoHydrated, launchBrowser, tickFilter } from "../support/browser";
import { readDb } from "../support/read-db";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let ws: number;

const DUMBBELL = "Judgment share by level, before and after AI";

beforeAll(async () => {
  server = await startServer();
  const viewer = await createUser(server.dbPath, { email: "viewer@example.com", grants: { demo: "viewer" } });
  ws = readDb(server.dbPath, ({ db }) => getWorkspaceBySlug(db, "demo")!.id);
  browser = await launchBrowser();
  await loginAs(browser.page, server.url, viewer.email);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Levels whose selected roles have analysed hours, straight from the roll-up table. */
const levelsWithHours = (department?: string) =>
  readDb(server.dbPath, ({ sqlite }) =>
    sqlite
      .prepare(
        `SELECT COUNT(DISTINCT r.level) FROM roles r JOIN role_rollups rr ON rr.role_id = r.id
         WHERE r.workspace_id = ? AND rr.hours > 0 AND (? IS NULL OR r.department = ?)`,
      )
      .pluck()
      .get(ws, department ?? null, department ?? null) as number,
  );

const expectedIndexText = (filter: DashboardFilter, options: SeniorityOptions = {}) =>
  readDb(server.dbPath, ({ db }) => describeCompression(getSeniorityCompression(db, ws, filter, options).index));

const dumbbellMarks = (title = DUMBBELL) => browser.page.getByRole("group", { name: title }).locator(".mark");
const indexText = async () => (await browser.page.locator(".compression-figure").textContent())!;

test("one dumbbell row per level present, the index sentence from the same query, no serious axe findings", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/w/demo/seniority`);
  const levels = levelsWithHours();
  expect(levels).toBeGreaterThan(2);
  await expect(dumbbellMarks().count()).resolves.toBe(levels);
  await expect(page.getByRole("table", { name: "Hours and judgment share per level" }).locator("tbody tr").count()).resolves.toBe(levels);
  expect(await indexText()).toContain(expectedIndexText({}));
  await expect(page.getByRole("heading", { name: "How to read this" }).isVisible()).resolves.toBe(true);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test("a department filter changes the URL, the levels drawn and the index", async () => {
  const { page } = browser;
  // Ticking a box applies the filter only once the page has hydrated.
  await gotoHydrated(page, `${server.url}/w/demo/seniority`);
  const before = await indexText();
  await tickFilter(page, "Department", "Finance");
  const expected = expectedIndexText({ department: ["Finance"] });
  expect(expected).not.toBe(before);
  await page.locator(".compression-figure", { hasText: expected }).waitFor();
  await expect(dumbbellMarks().count()).resolves.toBe(levelsWithHours("Finance"));

  // The group stays open after a tick, so a second department is one more click.
  await expect(page.getByRole("checkbox", { name: "Operations", exact: true }).isVisible()).resolves.toBe(true);
  await tickFilter(page, "Department", "Operations");
  expect(new URL(page.url()).searchParams.getAll("department").sort()).toEqual(["Finance", "Operations"]);
  await page.locator(".compression-figure", { hasText: expectedIndexText({ department: ["Finance", "Operations"] }) }).waitFor();
  // A click outside the bar closes the open group, as a menu would.
  await page.getByRole("heading", { level: 1 }).click();
  await page.getByRole("checkbox", { name: "Operations", exact: true }).waitFor({ state: "hidden" });
});

test("leaving hands-on work out is a link that keeps the filter, and the figures follow", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/w/demo/seniority?department=Operations`);
  await page.getByRole("link", { name: "Without hands-on / physical work" }).click();
  await page.waitForURL((url) => url.searchParams.get("judgment") === "without-hands-on" && url.searchParams.get("department") === "Operations");
  const expected = expectedIndexText({ department: ["Operations"] }, { excludeAtoms: ["hands_on"] });
  expect(expected).not.toBe(expectedIndexText({ department: ["Operations"] }));
  await page.locator(".compression-figure", { hasText: expected }).waitFor();
  await expect(dumbbellMarks(`${DUMBBELL} (hands-on work left out)`).count()).resolves.toBeGreaterThan(0);
});

test("without JavaScript the page is read from the server render, and a role a level up opens its role page", async () => {
  const { page, context } = browser;
  await context.route("**/*.js", (route) => route.abort());
  try {
    await page.goto(`${server.url}/w/demo/seniority`);
    await expect(dumbbellMarks().count()).resolves.toBe(levelsWithHours());
    const link = page.getByRole("table", { name: "Roles whose work after AI looks like the level above" }).getByRole("link").first();
    const title = (await link.textContent())!;
    await link.click();
    await page.waitForURL(/\/w\/demo\/roles\/\d+$/);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(title);
  } finally {
    await context.unroute("**/*.js");
  }
});
