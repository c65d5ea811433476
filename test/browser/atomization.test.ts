/**
 * The atomization page on the demo organization, in Chromium: the icicle draws one link per
 * role the query shows, a role opens its page with the filter, the zoom lives in the URL (with
 * and without JS, and Back zooms out), a filter changes the URL and the figures, the table
 * sorts through the URL, and axe finds nothing serious.
 */
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { formatHours } from "../../app/charts/format";
import { openDatabase } from "../../db/connection";
import { getAtomizationTree, type DashboardFilter } from "../../db/queries/dashboard";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { createUser, loginAs } from "../support/auth";
import { collectPageErrors, gotoHydrated, launchBrowser, tickFilter } from "../support/browser";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
const ICICLE = "Organization → department → role → atom";
/** Script errors and console errors (hydration mismatches among them); the role page's 404 is expected here. */
const errors: string[] = [];

beforeAll(async () => {
  server = await startServer();
  const viewer = await createUser(server.dbPath, { email: "viewer@example.com", grants: { demo: "viewer" } });
  browser = await launchBrowser();
  collectPageErrors(browser.page, errors, { ignoreFailedLoads: true });
  await loginAs(browser.page, server.url, viewer.email, viewer.password);
});
afterEach(() => {
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The same query the page reads, straight from the server's database file. */
function tree(filter: DashboardFilter = {}) {
  const conn = openDatabase(server.dbPath, { migrate: false });
  try {
    return getAtomizationTree(conn.db, getWorkspaceBySlug(conn.db, "demo")!.id, filter);
  } finally {
    conn.close();
  }
}

/** The roles the icicle draws: shown figures and some hours. */
const shownRoles = (departments: ReturnType<typeof tree>["departments"]) =>
  departments.flatMap((d) => d.roles.flatMap((r) => (r.suppressed || !(r.figures.hours > 0) ? [] : [{ roleId: r.roleId, title: r.title, hours: r.figures.hours }])));

/** Opens a page and waits for hydration (the download buttons and the filter bar need it). */
async function open(page: Page, search = "") {
  await gotoHydrated(page, `${server.url}/w/demo/atomization${search}`);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const icicle = (page: Page) => page.getByRole("group", { name: ICICLE, exact: true });

test("the icicle draws one link per role shown and one block per department; a role opens its page with the filter", async () => {
  const { page } = browser;
  const all = tree();
  await open(page);
  const roleLinks = icicle(page).locator("a.mark.role");
  await expect(roleLinks.count()).resolves.toBe(shownRoles(all.departments).length);
  await expect(icicle(page).locator(".mark.department").count()).resolves.toBe(all.departments.filter((d) => !d.suppressed).length);
  // How surely atoms are read is said beside their hours (decision 211).
  await expect(page.getByText(/^Atoms are read less surely from task-log lines/).count()).resolves.toBe(1);

  const operations = tree({ department: ["Operations"] });
  const biggest = shownRoles(operations.departments)[0];
  await open(page, "?department=Operations");
  await expect(roleLinks.count()).resolves.toBe(shownRoles(operations.departments).length);
  await Promise.all([
    page.waitForURL((url) => url.pathname.includes("/roles/")),
    icicle(page).getByRole("link", { name: new RegExp(`^${escapeRegExp(biggest.title)}, Operations:`) }).click(),
  ]);
  const url = new URL(page.url());
  expect(url.pathname).toBe(`/w/demo/roles/${biggest.roleId}`);
  expect(url.search).toBe("?department=Operations");
});

test("zooming lives in the URL: loaded directly, set by a click, undone by Back", async () => {
  const { page } = browser;
  const engineering = tree().departments.find((d) => d.department === "Engineering")!;
  await open(page, "?zoom=Engineering");
  await expect(page.getByRole("navigation", { name: `Zoom level: ${ICICLE}` }).locator('[aria-current="location"]').textContent()).resolves.toBe(
    "Engineering",
  );
  await expect(page.getByRole("heading", { name: "Roles in Engineering" }).isVisible()).resolves.toBe(true);
  const table = page.getByRole("table", { name: /^Roles in Engineering\./ });
  await expect(table.locator("tbody tr").count()).resolves.toBe(engineering.roles.length);

  await open(page);
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get("zoom") === "Operations"),
    icicle(page).getByRole("link", { name: /^Operations: .* Zoom in$/ }).click(),
  ]);
  await page.getByRole("heading", { name: "Roles in Operations" }).waitFor();
  await page.goBack();
  await page.getByRole("heading", { name: "Roles", exact: true }).waitFor();
  expect(new URL(page.url()).searchParams.has("zoom")).toBe(false);
  await expect(page.getByRole("navigation", { name: `Zoom level: ${ICICLE}` }).locator('[aria-current="location"]').textContent()).resolves.toBe(
    "Organization",
  );
});

test("a filter changes the URL and the figures; the table sorts through the URL", async () => {
  const { page } = browser;
  await open(page);
  // Waits (rather than reads once): the URL changes a moment before the new figures render.
  const summary = (hours: number) => page.locator(".atomization-summary", { hasText: `of ${formatHours(hours)} a year` });
  await summary(tree().figures!.hours).waitFor();

  await tickFilter(page, "Department", "Customer Support");
  const support = tree({ department: ["Customer Support"] });
  await summary(support.figures!.hours).waitFor();
  const rows = page.getByRole("table", { name: /^Roles in the selection\./ }).locator("tbody tr");
  await expect(rows.count()).resolves.toBe(support.departments[0].roles.length);

  await Promise.all([
    page.waitForURL((url) => url.searchParams.get("sort") === "hours" && url.searchParams.get("dir") === "desc"),
    page.getByRole("link", { name: "Hours a year" }).click(),
  ]);
  const byHours = [...shownRoles(support.departments)].sort((a, b) => b.hours - a.hours);
  await page.locator('th[aria-sort="descending"]', { hasText: "Hours a year" }).waitFor();
  await expect(rows.first().getByRole("rowheader").getByRole("link").textContent()).resolves.toBe(byHours[0].title);
  expect(new URL(page.url()).searchParams.get("department")).toBe("Customer Support");
});

test.each(["", "?zoom=Engineering"])("axe finds no serious or critical problem (%j)", async (search) => {
  const { page } = browser;
  await open(page, search);
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
});
