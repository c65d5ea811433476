/**
 * Long lists in Chromium, on an organization of 230 roles in 25 departments (decision 154):
 * the Redesign pager moves the ranked table and the quadrant (and its hidden data table)
 * together, with JavaScript and without it; "show all" opens the Overview's department chart;
 * the CSV downloads still hold every role.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, afterEach, beforeAll, expect, test } from "vitest";
import { openDatabase } from "../../db/connection";
import { createUser, loginAs, loginCookie } from "../support/auth";
import { collectPageErrors, gotoHydrated, launchBrowser } from "../support/browser";
import { analyzedManyRoles } from "../support/many-roles";
import { startServer, type RunningServer } from "../support/server";

const ROLES = 230;
const DEPARTMENTS = 25;
let dir: string;
let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let cookie: string;
const errors: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbital-many-roles-"));
  const dbPath = join(dir, "orbital.db");
  const conn = openDatabase(dbPath);
  try {
    analyzedManyRoles(conn, ROLES, DEPARTMENTS);
  } finally {
    conn.close();
  }
  await createUser(dbPath, { email: "viewer@example.com", grants: { acme: "viewer" } });
  server = await startServer({ dbPath, env: { ORBITAL_DEMO: "0" } });
  cookie = await loginCookie(server.url, "viewer@example.com");
  browser = await launchBrowser();
  collectPageErrors(browser.page, errors);
  await loginAs(browser.page, server.url, "viewer@example.com");
}, 240_000);
afterEach(() => {
  expect(errors.splice(0)).toEqual([]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const rolesTable = () => browser.page.getByRole("table", { name: "Roles ranked by hours that change under this scenario" });
const firstRank = async () => (await rolesTable().locator("tbody tr").first().locator("td").first().textContent())?.trim();
const quadrantTable = () => browser.page.getByRole("table", { name: /^Automatable against specialized share, roles/, includeHidden: true });

test("the Redesign pager moves the ranked table and the quadrant's data table together", async () => {
  const { page } = browser;
  await gotoHydrated(page, `${server.url}/w/acme/redesign?adoption=40`);
  await expect(rolesTable().locator("tbody tr").count()).resolves.toBe(100);
  await expect(quadrantTable().locator("tbody tr").count()).resolves.toBe(100);
  const pager = page.getByRole("navigation", { name: "Pages of the roles ranked by the hours that change" });
  await expect(pager.textContent()).resolves.toContain("Roles 1–100 of 230");

  await Promise.all([page.waitForURL((url) => url.searchParams.get("page") === "2"), pager.getByRole("link", { name: "Next ›" }).click()]);
  await pager.getByText("Roles 101–200 of 230").waitFor();
  expect(new URL(page.url()).searchParams.get("adoption")).toBe("40");
  await expect(firstRank()).resolves.toBe("101");
  await expect(quadrantTable().locator("tbody tr").count()).resolves.toBe(100);

  await Promise.all([page.waitForURL((url) => url.searchParams.get("page") === "3"), pager.getByRole("link", { name: "Page 3" }).click()]);
  await pager.getByText("Roles 201–230 of 230").waitFor();
  await expect(rolesTable().locator("tbody tr").count()).resolves.toBe(30);
  await expect(quadrantTable().locator("tbody tr").count()).resolves.toBe(30);
  await expect(pager.getByRole("link", { name: "Next ›" }).count()).resolves.toBe(0);
});

test("without JavaScript the pages are plain links: the server renders the page asked for", async () => {
  const res = await fetch(`${server.url}/w/acme/redesign?page=2`, { headers: { cookie } });
  const html = await res.text();
  expect(res.status).toBe(200);
  expect(html).toContain("Roles 101–200 of 230");
  expect(html).toMatch(/href="\/w\/acme\/redesign\?page=3"/);
  expect(html).toMatch(/href="\/w\/acme\/redesign"[^>]*rel="prev"|rel="prev"[^>]*href="\/w\/acme\/redesign"/);
  const bad = await fetch(`${server.url}/w/acme/redesign?page=abc`, { headers: { cookie } });
  expect(bad.status).toBe(400);
  expect(await bad.text()).toContain("page must be a whole number from 1");
});

test("Overview: 'show all' opens the department chart and 'show the first' closes it", async () => {
  const { page } = browser;
  await gotoHydrated(page, `${server.url}/w/acme`);
  const chartRows = () => page.getByRole("table", { name: "Automatable, democratized and specialized work, by department", includeHidden: true }).locator("tbody tr");
  await expect(chartRows().count()).resolves.toBe(21);
  await page.getByText(`20 of ${DEPARTMENTS} departments`).waitFor();
  await Promise.all([page.waitForURL((url) => url.searchParams.get("show") === "departments"), page.getByRole("link", { name: `Show all ${DEPARTMENTS} departments` }).click()]);
  await page.getByRole("link", { name: "Show the first 20 only" }).waitFor();
  await expect(chartRows().count()).resolves.toBe(DEPARTMENTS + 1);
  await Promise.all([page.waitForURL((url) => !url.searchParams.has("show")), page.getByRole("link", { name: "Show the first 20 only" }).click()]);
  await page.getByRole("link", { name: `Show all ${DEPARTMENTS} departments` }).waitFor();
  await expect(chartRows().count()).resolves.toBe(21);
});

test("the CSV downloads linked from the paged pages hold every role", async () => {
  const { page } = browser;
  await gotoHydrated(page, `${server.url}/w/acme/redesign?page=2&adoption=30`);
  const href = await page.getByRole("link", { name: "Redesign (redesign.csv)" }).getAttribute("href");
  expect(href).toBe("/w/acme/export/redesign.csv?adoption=30");
  for (const path of [href!, "/w/acme/export/roles.csv"]) {
    const res = await fetch(`${server.url}${path}`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const rows = Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    expect(rows.length - 1).toBe(ROLES);
  }
});
