/**
 * The atomization page of a company with 480 small roles (scripts/fixtures/many-roles.ts,
 * imported through the real import path), in Chromium: the icicle draws "n more roles" cells
 * instead of slivers, a cell zooms in to its roles (with JS, and as a plain link without),
 * the hidden data table lists what the chart draws, and the role table pages through the URL
 * with the whole table one CSV link away (decision 094); axe finds nothing serious.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { foldSmallRoles, roleHours, type AtomizationDepartment } from "../../app/charts/atomization-layout";
import { importFile } from "../../app/imports/import-file.server";
import { fileSource } from "../../app/imports/source.server";
import { openDatabase } from "../../db/connection";
import { getAtomizationTree } from "../../db/queries/dashboard";
import { createWorkspace, getWorkspaceBySlug } from "../../db/queries/workspaces";
import { writeManyRolesFixtures } from "../../scripts/fixtures/many-roles";
import { createUser, loginAs, loginCookie } from "../support/auth";
import { collectPageErrors, gotoHydrated, launchBrowser } from "../support/browser";
import { startServer, type RunningServer } from "../support/server";

const SLUG = "many";
const ROLES = 480;
const ICICLE = "Organization → department → role → atom";
let dir: string;
let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let email: string;
const errors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbital-many-roles-page-"));
  const dbPath = join(dir, "orbital.db");
  const files = await writeManyRolesFixtures(dir, { count: ROLES, rowsPerRole: 30 });
  const connection = openDatabase(dbPath);
  try {
    const workspace = createWorkspace(connection.db, { slug: SLUG, name: "Many roles" });
    for (const [kind, path] of [["jobs", files.jobsPath], ["logs", files.taskLogsPath]] as const) {
      const outcome = await importFile({ connection, workspace, kind, source: fileSource(path), actor: "test" });
      expect(outcome.status).toBe("imported");
    }
  } finally {
    connection.close();
  }
  email = (await createUser(dbPath, { email: "viewer@example.com", grants: { [SLUG]: "viewer" } })).email;
  server = await startServer({ dbPath, env: { ORBITAL_DEMO: "0" } });
  browser = await launchBrowser();
  collectPageErrors(browser.page, errors, { ignoreFailedLoads: true });
  await loginAs(browser.page, server.url, email);
});
afterEach(() => {
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What the icicle should draw for a zoom, from the same query and the same pure fold the page uses. */
function expectedView(zoom: string | null, after = 0): AtomizationDepartment[] {
  const conn = openDatabase(server.dbPath, { migrate: false });
  try {
    const tree = getAtomizationTree(conn.db, getWorkspaceBySlug(conn.db, SLUG)!.id, {});
    const departments: AtomizationDepartment[] = tree.departments.map((d) => ({
      name: d.department,
      suppressed: d.suppressed,
      roles: d.roles.map((r) => ({
        id: String(r.roleId),
        title: r.title,
        suppressed: r.suppressed,
        atomization: r.figures?.atomization ?? 0,
        atoms: (r.figures?.atoms ?? []).map((a) => ({ atom: a.atom, taskClass: a.class, hours: a.hours })),
      })),
    }));
    return foldSmallRoles(departments, { zoom, after });
  } finally {
    conn.close();
  }
}

/** Role cells the icicle draws for a department: shown figures and some hours. */
const drawn = (d: AtomizationDepartment) => d.roles.filter((r) => !r.suppressed && roleHours(r) > 0).length;
const icicle = (page: Page) => page.getByRole("group", { name: ICICLE, exact: true });
const open = (page: Page, search = "") => gotoHydrated(page, `${server.url}/w/${SLUG}/atomization${search}`);

test("at the organization level every department is one 'n more roles' cell, and the hidden table lists just those", async () => {
  const { page } = browser;
  const view = expectedView(null);
  const folded = view.filter((d) => d.more);
  expect(folded.length).toBeGreaterThan(5);
  await open(page);
  await expect(icicle(page).locator("a.mark.role").count()).resolves.toBe(view.reduce((n, d) => n + drawn(d), 0));
  await expect(icicle(page).locator("a.mark.more").count()).resolves.toBe(folded.length);
  const finance = view.find((d) => d.name === "Finance")!;
  await expect(
    icicle(page)
      .getByRole("link", { name: new RegExp(`^${finance.more!.count} more roles in Finance, each too small to draw here: .* Zoom in to them$`) })
      .count(),
  ).resolves.toBe(1);
  // The screen-reader table: one row per drawn role, per "more" cell and per group of hidden roles.
  const rows = page.getByRole("table", { name: ICICLE, exact: true }).locator("tbody tr");
  const expectedRows = view.reduce((n, d) => n + (d.suppressed ? 1 : d.roles.length + (d.more ? 1 : 0) + (d.hiddenRoles ? 1 : 0)), 0);
  await expect(rows.count()).resolves.toBe(expectedRows);
  await expect(rows.locator("th", { hasText: `${finance.more!.count} more roles` }).count()).resolves.toBe(1);
});

test("a 'more' cell zooms in to its roles, and the next one to the smaller roles after them; Back goes back", async () => {
  const { page } = browser;
  const top = expectedView(null).find((d) => d.name === "Engineering")!;
  await open(page);
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get("zoom") === "Engineering"),
    icicle(page).getByRole("link", { name: /^\d+ more roles in Engineering,/ }).click(),
  ]);
  const zoomed = expectedView("Engineering", top.more!.after).find((d) => d.name === "Engineering")!;
  expect(zoomed.roles.length).toBeGreaterThan(0);
  const roleLinks = icicle(page).locator("a.mark.role");
  await page.getByRole("heading", { name: "Roles in Engineering" }).waitFor();
  await expect(roleLinks.count()).resolves.toBe(drawn(zoomed));
  await expect(roleLinks.first().getAttribute("aria-label")).resolves.toMatch(new RegExp(`^${zoomed.roles[0].title.replace(/[()]/g, "\\$&")}, Engineering:`));

  // Engineering has more roles than one view draws: its own "more" cell leads on.
  const after = zoomed.more?.after;
  expect(after).toBeGreaterThan(0);
  await Promise.all([
    page.waitForURL((url) => url.searchParams.get("after") === String(after)),
    icicle(page).getByRole("link", { name: /^\d+ more roles in Engineering,/ }).click(),
  ]);
  const next = expectedView("Engineering", after).find((d) => d.name === "Engineering")!;
  const crumbs = page.getByRole("navigation", { name: `Zoom level: ${ICICLE}` });
  await crumbs.locator('[aria-current="location"]', { hasText: `Roles after the ${after} largest` }).waitFor();
  await expect(roleLinks.count()).resolves.toBe(drawn(next));
  await expect(roleLinks.first().getAttribute("aria-label")).resolves.toMatch(new RegExp(`^${next.roles[0].title.replace(/[()]/g, "\\$&")}, Engineering:`));
  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has("after"));
  await crumbs.locator('[aria-current="location"]', { hasText: /^Engineering$/ }).waitFor();
});

test("without JavaScript the 'more' cell is a plain link to the zoomed page", async () => {
  const cookie = await loginCookie(server.url, email);
  const html = await (await fetch(`${server.url}/w/${SLUG}/atomization`, { headers: { cookie } })).text();
  expect(Buffer.byteLength(html)).toBeLessThan(500 * 1024);
  const href = /<a href="([^"]+)"[^>]*aria-label="\d+ more roles in Sales,/.exec(html)?.[1];
  expect(href).toBeDefined();
  const target = new URL(href!.replace(/&amp;/g, "&"), `${server.url}/w/${SLUG}/atomization`);
  expect(target.searchParams.get("zoom")).toBe("Sales");
  const zoomed = await (await fetch(target, { headers: { cookie } })).text();
  const sales = expectedView("Sales", Number(target.searchParams.get("after") ?? 0)).find((d) => d.name === "Sales")!;
  expect(zoomed.match(/class="mark role"/g)?.length).toBe(drawn(sales));
});

test("the role table shows 100 roles a page, pages through the URL, restarts on a new sort, links the whole table as CSV", async () => {
  const { page } = browser;
  await open(page);
  const table = page.getByRole("table", { name: /^Roles in the selection, 1–100 of 480\./ });
  await expect(table.locator("tbody tr").count()).resolves.toBe(100);
  const pager = page.getByRole("navigation", { name: "Pages of the role table" });
  await expect(pager.locator(".pager-status").textContent()).resolves.toBe("Roles 1–100 of 480");
  const firstTitle = await table.locator("tbody tr").first().getByRole("rowheader").getByRole("link").textContent();
  await Promise.all([page.waitForURL((url) => url.searchParams.get("page") === "5"), pager.getByRole("link", { name: "Page 5" }).click()]);
  await page.getByRole("table", { name: /^Roles in the selection, 401–480 of 480\./ }).waitFor();
  await expect(page.getByRole("table", { name: /401–480/ }).locator("tbody tr").count()).resolves.toBe(80);
  await expect(pager.getByText("Next ›").evaluate((e) => e.tagName)).resolves.toBe("SPAN");
  await Promise.all([page.waitForURL((url) => url.searchParams.get("page") === "4"), pager.getByRole("link", { name: "‹ Previous" }).click()]);
  await page.getByRole("table", { name: /^Roles in the selection, 301–400 of 480\./ }).waitFor();

  await Promise.all([
    page.waitForURL((url) => url.searchParams.get("sort") === "title" && !url.searchParams.has("page")),
    page.getByRole("link", { name: "Role", exact: true }).click(),
  ]);
  await page.getByRole("table", { name: /^Roles in the selection, 1–100 of 480\./ }).waitFor();
  // By title now: the first row is the first title in alphabetical order, not the default's first.
  const titles = await page.getByRole("table", { name: /1–100 of 480/ }).locator("tbody tr th a").allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
  expect(titles[0]).not.toBe(firstTitle);
  await expect(pager.getByRole("link", { name: "All 480 roles as CSV" }).getAttribute("href")).resolves.toBe(`/w/${SLUG}/export/roles.csv`);
});

test("axe finds no serious or critical problem with the 'more' cells and the pager", async () => {
  const { page } = browser;
  await open(page);
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`)).toEqual([]);
});
