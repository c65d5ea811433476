/**
 * The role page on the demo organization: hours per atom, the override form (editors only),
 * and an override that reaches the overview, the task's history and the audit log.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { formatHours } from "../../app/charts/format";
import { listAudit } from "../../db/queries/audit";
import { getOrganizationClassRanges, getOrganizationClassShares, getRoleClassRanges, getRoleProfile, getRoleTasks, listGroupClassShares } from "../../db/queries/dashboard";
import { classShares } from "../../app/analyzer/class-hours";
import { explainShareRanges } from "../../app/dashboard/describe";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { createUser, loginAs, loginCookie, type TestUser } from "../support/auth";
import { seriousAxeViolations } from "../support/axe";
import { launchBrowser } from "../support/browser";
import { readDb } from "../support/read-db";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let editor: TestUser;
let viewer: TestUser;
let ws: number;
let agentRoleId: number;

const DEPARTMENT = "Customer Support";
const SHARES_TABLE = "Automatable, democratized and specialized work, by department";

beforeAll(async () => {
  server = await startServer();
  editor = await createUser(server.dbPath, { email: "editor@example.com", grants: { demo: "editor" } });
  viewer = await createUser(server.dbPath, { email: "viewer@example.com", grants: { demo: "viewer" } });
  readDb(server.dbPath, ({ db, sqlite }) => {
    ws = getWorkspaceBySlug(db, "demo")!.id;
    agentRoleId = sqlite.prepare(`SELECT id FROM roles WHERE workspace_id = ? AND title = 'Customer Support Agent'`).pluck().get(ws) as number;
  });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The department's automatable hours as the overview's chart table shows them. */
async function overviewAutomatableHours(department: string): Promise<string> {
  const { page } = browser;
  await page.goto(`${server.url}/w/demo`);
  const row = page.getByRole("table", { name: SHARES_TABLE }).locator("tr", { has: page.locator(`th:text-is("${department}")`) });
  return (await row.locator("td").first().textContent())!;
}

const expectedAutomatableHours = (department: string) =>
  readDb(server.dbPath, ({ db }) => {
    const group = listGroupClassShares(db, ws, {}, "department").find((g) => g.key === department)!;
    return formatHours(group.figures!.classHours.automatable);
  });

test("the chart of hours per atom has a bar per atom and class of the role", async () => {
  const { page } = browser;
  await loginAs(page, server.url, editor.email);
  await page.goto(`${server.url}/w/demo/roles/${agentRoleId}`);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Customer Support Agent");
  const atoms = readDb(server.dbPath, ({ db }) => getRoleProfile(db, ws, agentRoleId)!.time.figures!.atoms);
  expect(atoms.length).toBeGreaterThan(1);
  const chart = page.getByRole("group", { name: "Customer Support Agent: hours per atom" });
  await expect(chart.locator(".mark").count()).resolves.toBe(atoms.length);
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test("an editor's override of a heavily logged task changes the overview, and shows in the history and the audit log", async () => {
  const { page } = browser;
  // The automatable task with the most hours in the role: moving it to specialized moves its hours.
  const task = readDb(server.dbPath, ({ db }) =>
    getRoleTasks(db, ws, agentRoleId)!.tasks.find((t) => t.class === "automatable" && t.hours !== null && t.hours > 0)!,
  );
  const before = await overviewAutomatableHours(DEPARTMENT);
  expect(before).toBe(expectedAutomatableHours(DEPARTMENT));

  await page.goto(`${server.url}/w/demo/roles/${agentRoleId}`);
  await page.getByRole("link", { name: `Override “${task.text}”` }).click();
  await page.waitForURL((url) => url.searchParams.get("task") === String(task.textId));
  const form = page.getByRole("form", { name: `Override the class of “${task.text}”` });
  await form.getByRole("radio", { name: "Specialized" }).check();
  await form.getByLabel("Reason (required)").fill("Agents own these conversations end to end.");
  await form.getByRole("button", { name: "Save override" }).click();
  await page.getByRole("status").filter({ hasText: "Saved:" }).waitFor();

  const row = page.locator(`#task-${task.textId}`);
  await expect(row.locator(".class-badge").textContent()).resolves.toBe("Specialized");
  await expect(row.locator(".override-note").textContent()).resolves.toMatch(
    /^Overridden by editor@example\.com on \d{4}-\d\d-\d\d: Agents own these conversations end to end\. \(classifier: automatable\)$/,
  );
  const history = page.getByRole("table", { name: `Override history of “${task.text}”` });
  await expect(history.locator("tbody tr").count()).resolves.toBe(1);
  await expect(history.locator("tbody td").allTextContents()).resolves.toEqual([
    expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d \(in force\)$/),
    "editor@example.com",
    expect.stringMatching(/^Automatable \(.+\), the classifier's answer → Specialized \(.+\)$/),
    "Agents own these conversations end to end.",
  ]);

  const [event] = readDb(server.dbPath, ({ db }) => listAudit(db, { workspaceId: ws, limit: 1 }));
  expect(event).toMatchObject({
    action: "override.add",
    actor: "editor@example.com",
    detail: { textId: task.textId, task: task.text, from: "automatable", to: "specialized" },
  });

  const after = await overviewAutomatableHours(DEPARTMENT);
  expect(after).not.toBe(before);
  expect(after).toBe(expectedAutomatableHours(DEPARTMENT));
});

test("a viewer sees the tasks but no override form, and a forged POST is refused with 403", async () => {
  const { page } = browser;
  await browser.context.clearCookies();
  await loginAs(page, server.url, viewer.email);
  const textId = readDb(server.dbPath, ({ db }) => getRoleTasks(db, ws, agentRoleId)!.tasks[0].textId);
  await page.goto(`${server.url}/w/demo/roles/${agentRoleId}?task=${textId}`);
  await page.getByRole("table", { name: "Tasks of Customer Support Agent" }).waitFor();
  await expect(page.getByRole("form", { name: /^Override the class of/ }).count()).resolves.toBe(0);
  await expect(page.locator("form[method=post]").count()).resolves.toBe(1); // the header's sign-out form only
  await expect(page.getByRole("button", { name: "Save override" }).count()).resolves.toBe(0);
  await expect(page.getByRole("link", { name: /^Override “/ }).count()).resolves.toBe(0);

  const overridesBefore = readDb(server.dbPath, ({ sqlite }) => sqlite.prepare("SELECT count(*) FROM overrides").pluck().get());
  const res = await fetch(`${server.url}/w/demo/roles/${agentRoleId}`, {
    method: "POST",
    redirect: "manual",
    headers: { Cookie: await loginCookie(server.url, viewer.email), Origin: server.url, "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ textId: String(textId), class: "automatable", reason: "forged" }),
  });
  expect(res.status).toBe(403);
  expect(readDb(server.dbPath, ({ sqlite }) => sqlite.prepare("SELECT count(*) FROM overrides").pluck().get())).toBe(overridesBefore);
});

test("a role of another workspace, or an id that is no number, is not found", async () => {
  const cookie = await loginCookie(server.url, editor.email);
  for (const id of ["999999", "abc", "-1"]) {
    const res = await fetch(`${server.url}/w/demo/roles/${id}`, { headers: { Cookie: cookie } });
    expect(res.status, id).toBe(404);
  }
});

test("the overview and the role page say what a share and its range each mean, from the figures the database gives", async () => {
  const { page } = browser;
  await browser.context.clearCookies();
  await loginAs(page, server.url, viewer.email);
  const { organization, ranges, role } = readDb(server.dbPath, ({ db }) => ({
    organization: getOrganizationClassShares(db, ws, {}).figures!.classShares!,
    ranges: getOrganizationClassRanges(db, ws, {})!,
    role: { shares: classShares(getRoleProfile(db, ws, agentRoleId)!.time.figures!.classHours)!, ranges: getRoleClassRanges(db, ws, agentRoleId)! },
  }));
  await page.goto(`${server.url}/w/demo`);
  const overviewNote = explainShareRanges(organization, ranges);
  expect(overviewNote).toContain("likeliest class");
  await expect(page.locator(".range-note").textContent()).resolves.toBe(overviewNote);
  await page.goto(`${server.url}/w/demo/roles/${agentRoleId}`);
  await expect(page.locator(".range-note").textContent()).resolves.toBe(explainShareRanges(role.shares, role.ranges));
});
