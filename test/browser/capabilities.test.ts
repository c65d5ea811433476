/**
 * The Capabilities page and its CSV on the built server: a workspace whose Finance department
 * has 3 respondents (k = 5) shows "fewer than 5 people" for Finance in every chart, table and
 * CSV row, while Engineering's 5 show figures; views and downloads are audited; a viewer sees
 * the page and the survey page, a non-member gets 404. Also the demo's page answers its
 * questions from the committed demo survey.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { importFile } from "../../app/imports/import-file.server";
import { fileSource } from "../../app/imports/source.server";
import { openDatabase } from "../../db/connection";
import { listAudit } from "../../db/queries/audit";
import { ensureWorkspace } from "../../db/queries/workspaces";
import { TEMPLATE_HEADERS } from "../../importers/survey-wording";
import { createUser, loginAs, loginCookie } from "../support/auth";
import { seriousAxeViolations } from "../support/axe";
import { launchBrowser } from "../support/browser";
import { quirk } from "../support/import-helpers";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let cookie: string;
let outsiderCookie: string;
let acmeId: number;

const HIDDEN = "fewer than 5 people";

beforeAll(async () => {
  server = await startServer();
  const dir = join(server.dbPath, "..");
  const answers = (v: number) => new Array<number>(10).fill(v).join(",");
  // Engineering: 5 respondents; Finance: 3 (below k = 5).
  const rows = [
    ...["E1", "E2", "E3", "E4", "E5"].map((id) => `${id},ENG-2,,${answers(2)},Weekly`),
    ...["F1", "F2", "F3"].map((id) => `${id},FIN-1,,${answers(5)},Daily`),
  ];
  writeFileSync(join(dir, "survey.csv"), [TEMPLATE_HEADERS.map((h) => `"${h}"`).join(","), ...rows].join("\n") + "\n");
  const connection = openDatabase(server.dbPath, { migrate: false });
  try {
    const workspace = ensureWorkspace(connection.db, "acme", "Acme");
    acmeId = workspace.id;
    for (const [kind, path] of [["jobs", quirk("base-jobs.csv")], ["survey", join(dir, "survey.csv")]] as const) {
      const outcome = await importFile({ connection, workspace, kind, source: fileSource(path), actor: "test" });
      expect(outcome.status).toBe("imported");
    }
  } finally {
    connection.close();
  }
  const viewer = await createUser(server.dbPath, { email: "viewer@example.com", grants: { demo: "viewer", acme: "viewer" } });
  await createUser(server.dbPath, { email: "outsider@example.com", grants: { demo: "viewer" } });
  cookie = await loginCookie(server.url, viewer.email);
  outsiderCookie = await loginCookie(server.url, "outsider@example.com");
  browser = await launchBrowser();
  await loginAs(browser.page, server.url, viewer.email);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const get = (path: string, who = cookie) => fetch(`${server.url}${path}`, { headers: { Cookie: who }, redirect: "manual" });
const audits = (action: string) => {
  const conn = openDatabase(server.dbPath, { migrate: false });
  try {
    return listAudit(conn.db, { workspaceId: acmeId, limit: 500 }).filter((e) => e.action === action);
  } finally {
    conn.close();
  }
};

describe("a department of 3 respondents with k = 5", () => {
  test("the page hides Finance's figures everywhere and shows Engineering's; the view is audited", async () => {
    const { page } = browser;
    const before = audits("survey.view").length;
    await page.goto(`${server.url}/w/acme/capabilities`);
    await page.getByRole("heading", { name: "People's readiness" }).waitFor();
    const heatmap = page.getByRole("table", { name: "Capability gap by department" });
    const finance = heatmap.getByRole("row", { name: /Finance/ });
    await expect(finance.textContent()).resolves.toContain(HIDDEN);
    const engineering = await heatmap.getByRole("row", { name: /Engineering/ }).textContent();
    expect(engineering).not.toContain(HIDDEN);
    expect(engineering).toMatch(/gap [+−]\d+ pts|gap ±0 pts/);
    // Reported capability: Engineering answered 2 everywhere = 25 % of the scale.
    const supply = page.getByRole("table", { name: /Reported capability by department/ });
    await expect(supply.getByRole("row", { name: /Engineering/ }).textContent()).resolves.toContain("25%");
    await expect(supply.getByRole("row", { name: /Finance/ }).textContent()).resolves.toContain(HIDDEN);
    expect(await supply.getByRole("row", { name: /Finance/ }).textContent()).not.toContain("100%");
    // The AI-use bars: Finance is one hatched, labelled bar.
    await expect(page.getByRole("group", { name: "How often people use AI tools, by department" }).getByLabel(`Finance: ${HIDDEN}, figures hidden`).count()).resolves.toBe(1);
    // Finance is the only Junior role: its level row is hidden too (its people answered 5 = 100 % everywhere).
    const byLevel = page.getByRole("table", { name: /Reported capability and the work's need, by level/ });
    await expect(byLevel.getByRole("row", { name: /Junior/ }).textContent()).resolves.toContain(HIDDEN);
    await expect(page.getByRole("table", { name: "Capability gap by level" }).getByRole("row", { name: /Junior/ }).textContent()).resolves.not.toMatch(/\d+%/);
    expect(audits("survey.view").length).toBe(before + 1);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test("the CSV carries the same suppression, no individual answer, and is audited", async () => {
    const before = audits("export.csv").length;
    const res = await get("/w/acme/export/capabilities.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const rows = Papa.parse<string[]>((await res.text()).replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    const [header, ...body] = rows;
    expect(header).toEqual(["section", "group", "capability", "respondents", "response_rate_pct", "reported_pct", "needed_pct", "gap_pts", "dependent_hours", "priority", "roles"]);
    const finance = body.filter((r) => r[0] === "department" && r[1] === "Finance");
    expect(finance).toHaveLength(5);
    for (const row of finance) expect([row[3], row[4], row[5], row[7]]).toEqual([HIDDEN, HIDDEN, HIDDEN, HIDDEN]);
    const engineering = body.filter((r) => r[0] === "department" && r[1] === "Engineering");
    expect(engineering.map((r) => [r[3], r[4], r[5]])).toEqual(new Array(5).fill(["5", "41.7", "25"]));
    expect(body.some((r) => r[0] === "train_first" && r[1] === "Finance")).toBe(false);
    expect(audits("export.csv").map((e) => e.detail.export)).toContain("capabilities.csv");
    expect(audits("export.csv").length).toBe(before + 1);
  });
});

describe("access", () => {
  test("a viewer sees the page, the survey page and the template; a non-member gets 404 for all three and the CSV", async () => {
    for (const path of ["/w/acme/capabilities", "/w/acme/survey", "/w/acme/survey-template.csv", "/w/acme/export/capabilities.csv"]) {
      expect((await get(path)).status, path).toBe(200);
      expect((await get(path, outsiderCookie)).status, path).toBe(404);
    }
    const template = await (await get("/w/acme/survey-template.csv")).text();
    expect(Papa.parse<string[]>(template.replace(/^\uFEFF/, "")).data[0]).toEqual([...TEMPLATE_HEADERS]);
  });

  test("the survey page lists every statement and has a printable version", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/acme/survey`);
    for (const header of TEMPLATE_HEADERS.slice(3)) await expect(page.getByText(header, { exact: false }).first().isVisible()).resolves.toBe(true);
    await page.getByRole("link", { name: "Printable version" }).click();
    await page.getByRole("heading", { name: "How ready are you to work with AI?" }).waitFor();
    await expect(page.getByRole("table", { name: "Statements and the five-point scale" }).locator("tbody tr").count()).resolves.toBe(10);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});

test("the demo answers: what to train first, for whom, juniors, and measured AI use with a link into Redesign", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/w/demo/capabilities`);
  const answers = page.getByRole("list", { name: "The answers in short" });
  await expect(answers.textContent()).resolves.toMatch(/Train first: \w+/);
  await expect(answers.textContent()).resolves.toMatch(/Juniors: /);
  await expect(answers.textContent()).resolves.toMatch(/measured: \d+% of the hours AI could help with/);
  const link = page.getByRole("link", { name: "Start the Redesign scenario from the measured adoption" });
  expect(await link.getAttribute("href")).toMatch(/^\/w\/demo\/redesign\?adoption=\d+$/);
  await expect(page.getByRole("table", { name: "Where to train first, highest priority first" }).locator("tbody tr").count()).resolves.toBeGreaterThan(0);
});
