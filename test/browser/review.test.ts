/**
 * The review queue on the demo organization: reviewing an item takes it out of the queue and
 * updates what is left; the filter narrows the queue and lives in the URL.
 */
import { afterAll, beforeAll, expect, test } from "vitest";
import { formatHeadcount, formatHours } from "../../app/charts/format";
import { getReviewQueue } from "../../db/queries/review";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { createUser, loginAs } from "../support/auth";
import { seriousAxeViolations } from "../support/axe";
import { gotoHydrated, launchBrowser, tickFilter } from "../support/browser";
import { readDb } from "../support/read-db";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let ws: number;

beforeAll(async () => {
  server = await startServer();
  const editor = await createUser(server.dbPath, { email: "editor@example.com", grants: { demo: "editor" } });
  ws = readDb(server.dbPath, ({ db }) => getWorkspaceBySlug(db, "demo")!.id);
  browser = await launchBrowser();
  await loginAs(browser.page, server.url, editor.email);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const queue = (filter = {}) => readDb(server.dbPath, ({ db }) => getReviewQueue(db, ws, { filter, limit: 25 }));

const itemHeadings = () => browser.page.getByRole("list", { name: "Tasks to review, most important first" }).getByRole("heading", { level: 3 });

const cardLocator = (label: string) => browser.page.locator(".card", { has: browser.page.locator(`.label:text-is("${label}")`) });

async function card(label: string): Promise<string> {
  return (await cardLocator(label).locator(".value").textContent())!;
}

test("the queue lists the most important tasks first, and a reviewed task leaves it", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/w/demo/review`);
  const before = queue();
  await expect(itemHeadings().allTextContents()).resolves.toEqual(before.items.map((i) => i.text));
  await expect(card("Tasks waiting")).resolves.toBe(formatHeadcount(before.totals.waiting));
  await expect(card("Hours they cover")).resolves.toBe(formatHours(before.totals.waitingHours));
  expect(await seriousAxeViolations(page)).toEqual([]);

  const first = before.items[0];
  const form = page.getByRole("form", { name: `Override the class of “${first.text}”` });
  await form.getByRole("radio", { name: "Automatable" }).check();
  await form.getByLabel("Reason (required)").fill("Standard replies from the knowledge base.");
  await form.getByRole("button", { name: "Save review" }).click();
  await page.getByRole("status").filter({ hasText: `Saved: “${first.text}” is now automatable.` }).waitFor();

  const after = queue();
  expect(after.items.map((i) => i.textId)).not.toContain(first.textId);
  expect(after.totals).toMatchObject({ waiting: before.totals.waiting - 1, reviewed: before.totals.reviewed + 1 });
  await expect(itemHeadings().allTextContents()).resolves.toEqual(after.items.map((i) => i.text));
  await expect(card("Tasks waiting")).resolves.toBe(formatHeadcount(after.totals.waiting));
  await expect(card("Reviewed by a person")).resolves.toBe(formatHeadcount(after.totals.reviewed));
});

test("a reason is required: the form says so and nothing leaves the queue", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/w/demo/review`);
  const first = queue().items[0];
  const form = page.getByRole("form", { name: `Override the class of “${first.text}”` });
  // The browser's own check would stop an empty field; a reason of spaces gets past it to the server.
  await form.getByLabel("Reason (required)").fill("   ");
  await form.getByRole("button", { name: "Save review" }).click();
  await form.getByRole("alert").filter({ hasText: "Say why: a short reason is required." }).waitFor();
  expect(queue().items[0].textId).toBe(first.textId);
});

test("a department filter changes the URL, the queue and the figures", async () => {
  const { page } = browser;
  // Ticking a box applies the filter only once the page has hydrated.
  await gotoHydrated(page, `${server.url}/w/demo/review`);
  await tickFilter(page, "Department", "Finance");
  const finance = queue({ department: ["Finance"] });
  expect(finance.totals.waiting).toBeLessThan(queue().totals.waiting);
  // The URL changes as the navigation starts; the figures follow when its data arrives.
  await cardLocator("Tasks waiting").locator(".value").getByText(formatHeadcount(finance.totals.waiting), { exact: true }).waitFor();
  await expect(card("Hours they cover")).resolves.toBe(formatHours(finance.totals.waitingHours));
  await expect(itemHeadings().allTextContents()).resolves.toEqual(finance.items.map((i) => i.text));
});
