/**
 * The redesign page on the demo organization, in Chromium: the quadrant plots one linked dot
 * per role the query shows, the sliders change the projection and the URL (with JS, and
 * Back restores the previous scenario), the GET form works without JS, a bad link is a 400
 * that says why, a filter keeps the scenario and changes the figures, and axe finds nothing
 * serious.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { formatHeadcount, formatHours } from "../../app/charts/format";
import { openDatabase } from "../../db/connection";
import { getRedesignScenario, type DashboardFilter } from "../../db/queries/dashboard";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { createUser, loginAs, loginCookie } from "../support/auth";
import { collectPageErrors, gotoHydrated, launchBrowser, tickFilter } from "../support/browser";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const QUADRANT = "Automatable against specialized share, by role";
const VIEWER = "viewer@example.com";
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  await createUser(server.dbPath, { email: VIEWER, grants: { demo: "viewer" } });
  browser = await launchBrowser();
  collectPageErrors(browser.page, errors);
  await loginAs(browser.page, server.url, VIEWER);
});
afterEach(() => {
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The query the page reads, straight from the server's database file. */
function scenario(adoption: number, elasticity: number, filter: DashboardFilter = {}) {
  const conn = openDatabase(server.dbPath, { migrate: false });
  try {
    return getRedesignScenario(conn.db, getWorkspaceBySlug(conn.db, "demo")!.id, filter, { adoption, elasticity });
  } finally {
    conn.close();
  }
}

/** "207 today, 195.4 projected": how the projection chart names a department's mark. */
function projectionLabel(view: ReturnType<typeof scenario>, department: string) {
  const d = view.departments.find((x) => x.department === department)!.figures!;
  return `${department}: ${formatHeadcount(d.headcount + d.unanalyzedHeadcount)} today, ${formatHeadcount(d.projectedHeadcount!)} projected`;
}

/** Opens a page and waits for hydration (the sliders, download buttons and filter bar need it). */
async function open(page: Page, search = "") {
  await gotoHydrated(page, `${server.url}/w/demo/redesign${search}`);
}

/** Waits until the projection chart shows this label: the URL changes a moment before the figures render. */
const projection = (page: Page, label: string) => page.getByRole("img", { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });

test("the quadrant plots one dot per role with figures, each linking to its role page", async () => {
  const { page } = browser;
  await open(page);
  const expected = scenario(0.5, 0.5).roles.filter((r) => r.time.figures?.classShares);
  const dots = page.getByRole("group", { name: QUADRANT, exact: true }).locator("a.mark");
  await expect(dots.count()).resolves.toBe(expected.length);
  const hrefs = await dots.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.sort()).toEqual(expected.map((r) => `/w/demo/roles/${r.roleId}`).sort());
});

test("with JS, the sliders change the projection and the URL; Back restores the previous scenario", async () => {
  const { page } = browser;
  await open(page);
  await projection(page, projectionLabel(scenario(0.5, 0.5), "Customer Support")).waitFor();

  await page.getByLabel("Adoption rate").press("End");
  await page.waitForURL((url) => url.searchParams.get("adoption") === "100");
  await page.getByLabel("Demand elasticity ε").press("End");
  await page.waitForURL((url) => url.searchParams.get("elasticity") === "3" && url.searchParams.get("adoption") === "100");
  await projection(page, projectionLabel(scenario(1, 3), "Customer Support")).waitFor();
  await expect(page.locator("output[for=scenario-elasticity]").textContent()).resolves.toBe("3.0");
  await page.getByText("ε = 3: cheaper output raises demand by more than AI saves, so headcount grows").waitFor();

  await page.goBack();
  await projection(page, projectionLabel(scenario(1, 0.5), "Customer Support")).waitFor();
  expect(new URL(page.url()).searchParams.get("elasticity")).toBe("0.5");
  await expect(page.getByLabel("Demand elasticity ε").inputValue()).resolves.toBe("0.5");
  await expect(page.getByLabel("Adoption rate").inputValue()).resolves.toBe("100");
});

test("without JS the GET form carries the scenario and the filter in the URL", async () => {
  const page = await browser.context.newPage();
  try {
    await page.route("**/*.js", (route) => route.abort());
    await page.goto(`${server.url}/w/demo/redesign?department=Finance&department=Sales&adoption=20&elasticity=2`);
    await expect(page.getByLabel("Adoption rate").inputValue()).resolves.toBe("20");
    const filter = { department: ["Finance", "Sales"] };
    await projection(page, projectionLabel(scenario(0.2, 2, filter), "Sales")).waitFor();
    await page.getByLabel("Adoption rate").press("PageUp");
    const moved = await page.getByLabel("Adoption rate").inputValue();
    await Promise.all([page.waitForURL((url) => url.searchParams.get("adoption") === moved), page.getByRole("button", { name: "Update scenario" }).click()]);
    const url = new URL(page.url());
    expect(url.searchParams.getAll("department")).toEqual(["Finance", "Sales"]);
    expect(url.searchParams.get("elasticity")).toBe("2");
    await projection(page, projectionLabel(scenario(Number(moved) / 100, 2, filter), "Sales")).waitFor();
    // Still the server's HTML: nothing hydrated (the download buttons wait for it).
    await expect(page.getByRole("button", { name: "Download SVG" }).first().isDisabled()).resolves.toBe(true);
  } finally {
    await page.close();
  }
});

test("a scenario out of range is a 400 that says what is wrong", async () => {
  const cookie = await loginCookie(server.url, VIEWER);
  for (const [search, message] of [
    ["?adoption=150", "adoption must be between 0 and 100 (percent), got 150"],
    ["?elasticity=much", "elasticity must be a number from 0 to 3, got &quot;much&quot;"],
  ]) {
    const res = await fetch(`${server.url}/w/demo/redesign${search}`, { headers: { Cookie: cookie } });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(message);
  }
});

test("a filter changes the URL and the figures and keeps the scenario", async () => {
  const { page } = browser;
  await open(page, "?adoption=80&elasticity=1.5");
  const freed = (hours: number) => page.locator(".card", { hasText: "AI could free" }).locator(".value", { hasText: new RegExp(`^${formatHours(hours)}$`) });
  const sum = (view: ReturnType<typeof scenario>) => view.departments.reduce((total, d) => total + (d.figures?.freedHours ?? 0), 0);
  await freed(sum(scenario(0.8, 1.5))).waitFor();

  await tickFilter(page, "Department", "Operations");
  await freed(sum(scenario(0.8, 1.5, { department: ["Operations"] }))).waitFor();
  const url = new URL(page.url());
  expect([url.searchParams.get("adoption"), url.searchParams.get("elasticity")]).toEqual(["80", "1.5"]);
  await expect(page.getByLabel("Adoption rate").inputValue()).resolves.toBe("80");
});

test("axe finds no serious or critical problem", async () => {
  const { page } = browser;
  await open(page);
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
});
