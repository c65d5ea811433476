/**
 * The readiness report on the demo organization, on the built server: its figures are the pages'
 * figures; the print layout fits the page; the PDF's text carries the same figures; the downloads
 * are audited; an editor's cover reaches every form with its SVG logo rasterized; a non-member
 * gets 404 for the page and every download.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { listAudit } from "../../db/queries/audit";
import { getStoredReportCover } from "../../db/queries/report-cover";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { escapeMarkdown } from "../../app/report/role-profile-markdown";
import { buildRoleProfileDoc } from "../../app/report/role-profile.server";
import { createUser, createWorkspaceIn, loginAs, loginCookie } from "../support/auth";
import { seriousAxeViolations } from "../support/axe";
import { launchBrowser } from "../support/browser";
import { readDb } from "../support/read-db";
import { startServer, type RunningServer } from "../support/server";

const SCENARIO = "?adoption=40&elasticity=1.5";

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let viewerCookie = "";
let editorCookie = "";
let outsiderCookie = "";
let ws = 0;
let dir = "";

beforeAll(async () => {
  server = await startServer();
  dir = mkdtempSync(join(tmpdir(), "orbital-report-"));
  const viewer = await createUser(server.dbPath, { email: "viewer@example.com", grants: { demo: "viewer" } });
  const editor = await createUser(server.dbPath, { email: "editor@example.com", grants: { demo: "editor" } });
  createWorkspaceIn(server.dbPath, "other");
  const outsider = await createUser(server.dbPath, { email: "outsider@example.com", grants: { other: "admin" } });
  ws = readDb(server.dbPath, ({ db }) => getWorkspaceBySlug(db, "demo")!.id);
  browser = await launchBrowser();
  await loginAs(browser.page, server.url, viewer.email);
  viewerCookie = await loginCookie(server.url, viewer.email);
  editorCookie = await loginCookie(server.url, editor.email);
  outsiderCookie = await loginCookie(server.url, outsider.email);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const get = (path: string, cookie: string) => fetch(`${server.url}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
const cardValue = (page: Page, label: string) =>
  page.locator(".card", { has: page.locator(".label", { hasText: new RegExp(`^${label}$`) }) }).locator(".value").first().textContent();
const reportFigure = (page: Page, label: string) =>
  page.locator(".report-figure", { has: page.locator(".report-figure-label", { hasText: new RegExp(`^${label}$`) }) }).locator(".report-figure-value").textContent();

async function reportFigures(page: Page) {
  await page.goto(`${server.url}/w/demo/report${SCENARIO}`);
  return {
    automatable: (await reportFigure(page, "Automatable"))!,
    democratized: (await reportFigure(page, "Democratized"))!,
    specialized: (await reportFigure(page, "Specialized"))!,
    freed: (await reportFigure(page, "Hours AI could free"))!,
    topRoles: await page.locator("#redesign table tbody th[scope=row]").evaluateAll((cells) => cells.map((c) => c.firstChild!.textContent!)),
    summary: await page.locator(".report-summary li").allTextContents(),
  };
}

test("the report's figures are the Overview's and the Redesign page's, for the scenario in the URL", async () => {
  const { page } = browser;
  const report = await reportFigures(page);
  expect(report.summary.length).toBeGreaterThanOrEqual(5);
  expect(report.summary.join(" ")).toContain("At elasticity 1.5,");
  expect(await seriousAxeViolations(page)).toEqual([]);

  await page.goto(`${server.url}/w/demo${SCENARIO}`);
  expect(await cardValue(page, "Automatable")).toBe(report.automatable);
  expect(await cardValue(page, "Democratized")).toBe(report.democratized);
  expect(await cardValue(page, "Specialized")).toBe(report.specialized);
  // The Overview's seniority headline is the report's plain sentence, on knowledge work.
  const plain = await page.locator(".compression-plain").textContent();
  await page.goto(`${server.url}/w/demo/report${SCENARIO}`);
  expect(await page.locator("#seniority .report-lead").textContent()).toBe(plain);

  await page.goto(`${server.url}/w/demo/redesign${SCENARIO}`);
  expect(await cardValue(page, "AI could free")).toBe(report.freed);
  const ranked = await page.locator("table.opportunity-table tbody th[scope=row] a").allTextContents();
  expect(ranked.slice(0, 3)).toEqual(report.topRoles.slice(0, 3));
  // axe over a long document and five page loads: minutes on a loaded machine.
}, 300_000);

test("People's readiness: the Capabilities page's respondents and first training priority", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/w/demo/capabilities`);
  const answered = /([\d,]+) people answered/.exec((await page.locator("section[aria-labelledby=answers-heading]").textContent())!)![1];
  const first = page.locator("table.train-first tbody tr").first();
  const department = (await first.locator("th").textContent())!;
  const capability = (await first.locator("td").nth(1).textContent())!;
  await page.goto(`${server.url}/w/demo/report`);
  const section = page.locator("#readiness");
  expect(await section.textContent()).toContain(`${answered} people answered the capability survey`);
  expect(await section.locator(".report-train-first li strong").first().textContent()).toBe(`${capability} in ${department}`);
  expect(await page.locator(".report-actions").textContent()).toContain(`first ${capability} in ${department}`);
}, 300_000);

for (const [paper, widthMm] of [
  ["a4", 210],
  ["letter", 215.9],
] as const) {
  test(`print layout (${paper}): no element is wider than the page, and no navigation`, async () => {
    const { page } = browser;
    // The page's text width in CSS px: paper width less the 16 mm side margins of @page.
    const width = Math.floor(((widthMm - 32) / 25.4) * 96);
    await page.setViewportSize({ width, height: 1000 });
    await page.emulateMedia({ media: "print" });
    try {
      await page.goto(`${server.url}/w/demo/report${SCENARIO}&paper=${paper}`);
      await page.waitForFunction(() => document.querySelectorAll("svg.orbital-chart-svg").length >= 5);
      const offenders = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth + 0.5;
        return [...document.querySelectorAll<HTMLElement>(".report *")]
          .filter((el) => !el.closest(".visually-hidden") && el.getClientRects().length > 0)
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.right > limit || r.left < -0.5;
          })
          .map((el) => `${el.tagName.toLowerCase()}.${el.className} (${Math.round(el.getBoundingClientRect().right)} px)`)
          .slice(0, 10);
      });
      expect(offenders).toEqual([]);
      expect(await page.locator(".app-header").isVisible()).toBe(false);
      expect(await page.locator(".report-toolbar").first().isVisible()).toBe(false);
    } finally {
      await page.emulateMedia({ media: "screen" });
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
}

test("the PDF: text (not pictures) with the same figures as the page, page numbers, audited", async () => {
  const report = await reportFigures(browser.page);
  const res = await get(`/w/demo/report.pdf${SCENARIO}`, viewerCookie);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toBe("application/pdf");
  expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="demo-report-\d{4}-\d\d-\d\d\.pdf"$/);
  const file = join(dir, "report.pdf");
  writeFileSync(file, Buffer.from(await res.arrayBuffer()));
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  for (const figure of [report.freed, report.automatable, report.democratized, report.specialized, ...report.topRoles.slice(0, 5)]) {
    expect(text).toContain(figure);
  }
  // The summary's sentences, as written on the page.
  expect(text).toContain(report.summary[0].replace(/\s+/g, " "));
  expect(text).toMatch(/Page 2 of \d+/);
  expect(text).toContain("Kestrel Climate Systems (demo data) · AI-readiness report");
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [file], { encoding: "utf8" }))![1]);
  expect(pages).toBeGreaterThanOrEqual(8);
  const audit = readDb(server.dbPath, ({ db }) => listAudit(db, { workspaceId: ws }).filter((e) => e.action === "export.report"));
  expect(audit[0]).toMatchObject({ actor: "viewer@example.com", detail: { format: "pdf", query: { adoption: "40", elasticity: "1.5" } } });
}, 300_000);

test("the role profile (Markdown) holds the role's tasks; a bad scenario is a 400 that says why", async () => {
  const report = await reportFigures(browser.page);
  const roleId = Number(await browser.page.locator("#redesign table tbody tr").first().getAttribute("data-role-id"));
  const doc = readDb(server.dbPath, ({ db }) => buildRoleProfileDoc(db, ws, roleId))!;
  expect(doc.title).toBe(report.topRoles[0]);
  const res = await get(`/w/demo/roles/${roleId}/profile.md`, viewerCookie);
  expect(res.status).toBe(200);
  const md = await res.text();
  expect(md.startsWith(`# Role profile: ${escapeMarkdown(doc.title)}`)).toBe(true);
  for (const task of doc.redesign!.handToAi.groups.flatMap((g) => g.tasks).slice(0, 3)) expect(md).toContain(escapeMarkdown(task));
  expect(md).toContain("## Orchestrator capabilities it will need");
  // The Word file: a zip whose document.xml holds the same tasks.
  const docx = await get(`/w/demo/roles/${roleId}/profile.docx`, viewerCookie);
  expect(docx.status).toBe(200);
  const docxFile = join(dir, "profile.docx");
  writeFileSync(docxFile, Buffer.from(await docx.arrayBuffer()));
  const xml = execFileSync("unzip", ["-p", docxFile, "word/document.xml"], { encoding: "utf8" });
  expect(xml).toContain(`Role profile: ${doc.title}`.replace(/&/g, "&amp;"));
  const firstTask = doc.redesign!.handToAi.groups[0].tasks[0].replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  expect(xml).toContain(firstTask);

  const bad = await get("/w/demo/report.pdf?adoption=150", viewerCookie);
  expect(bad.status).toBe(400);
  expect(await bad.text()).toBe("This link is not valid: the scenario is not valid: adoption must be between 0 and 100 (percent), got 150.\n");
});

test("a non-member gets 404 for the page and every download", async () => {
  const roleId = readDb(server.dbPath, ({ sqlite }) => sqlite.prepare("SELECT id FROM roles WHERE workspace_id = ? LIMIT 1").pluck().get(ws) as number);
  for (const path of ["/w/demo/report", "/w/demo/report.pdf", "/w/demo/report.pptx", "/w/demo/report.html", "/w/demo/report.css", `/w/demo/roles/${roleId}/profile.md`, `/w/demo/roles/${roleId}/profile.docx`]) {
    const res = await get(path, outsiderCookie);
    expect([path, res.status]).toEqual([path, 404]);
  }
});

test("an editor sets the cover, notes and an SVG logo: audited, shown in the downloads, the script gone; a viewer may not", async () => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><script>alert(1)</script><rect width="120" height="40" fill="#1f5fa8" onload="alert(2)"/></svg>`;
  const form = () => {
    const f = new FormData();
    f.set("preparedFor", "The Board <b>of</b> Kestrel");
    f.set("preparedBy", "Ada Consulting");
    f.set("note-summary", "Read this first.");
    f.set("logo", new Blob([svg], { type: "image/svg+xml" }), "logo.svg");
    return f;
  };
  const post = (cookie: string) =>
    fetch(`${server.url}/w/demo/report`, { method: "POST", body: form(), headers: { Cookie: cookie, Origin: server.url }, redirect: "manual" });
  expect((await post(viewerCookie)).status).toBe(403);
  expect((await post(editorCookie)).status).toBe(200);

  const stored = readDb(server.dbPath, ({ db }) => getStoredReportCover(db, ws))!;
  expect(stored).toMatchObject({ preparedFor: "The Board <b>of</b> Kestrel", preparedBy: "Ada Consulting", notes: { summary: "Read this first." } });
  expect(stored.logo).toMatch(/^data:image\/png;base64,/);
  const audit = readDb(server.dbPath, ({ db }) => listAudit(db, { workspaceId: ws }).find((e) => e.action === "report.cover"));
  expect(audit).toMatchObject({ actor: "editor@example.com", detail: { changed: ["preparedFor", "preparedBy", "logo", "notes"] } });

  const html = await (await get("/w/demo/report.html", viewerCookie)).text();
  expect(html).toContain("The Board &lt;b&gt;of&lt;/b&gt; Kestrel");
  expect(html).toContain("Read this first.");
  expect(html).toContain('src="data:image/png;base64,');
  expect(html).not.toMatch(/<script|onload|alert\(/i);
});
