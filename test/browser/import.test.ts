import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startEditorSession, type EditorSession } from "../support/editor-session";
import { quirk } from "../support/import-helpers";
import { readDb } from "../support/read-db";
import type { RunningServer } from "../support/server";

let session: EditorSession;
let server: RunningServer;
let browser: EditorSession["browser"];

beforeAll(async () => {
  session = await startEditorSession();
  ({ server, browser } = session);
});
afterAll(async () => {
  await session?.close();
});

const count = (table: string) => readDb(server.dbPath, (conn) => conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get());

async function check(kind: "Job descriptions" | "Task logs", file: string) {
  const { page } = browser;
  await page.getByRole("radio", { name: new RegExp(kind) }).check();
  await page.getByLabel("CSV or Excel file", { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: "Check file" }).click();
  await page.getByRole("heading", { name: /^Checked / }).waitFor();
}

test("upload a good file, see the preview, import it, see it in the history", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/w/acme/import`);
  await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Import data");
  await expect(page.getByText("Nothing imported yet.").isVisible()).resolves.toBe(true);

  await check("Job descriptions", quirk("base-jobs.csv"));
  await expect(page.getByText("Encoding: UTF-8 (no byte-order mark)").isVisible()).resolves.toBe(true);
  const preview = page.getByRole("table", { name: "First 3 roles as they will be stored" });
  await expect(preview.getByRole("row").nth(2).getByRole("cell").nth(4).textContent()).resolves.toBe("Junior (Junior)");
  await expect(preview.getByRole("row").nth(1).getByRole("listitem").allTextContents()).resolves.toEqual([
    "Write and review code for the payments service",
    "Fix production bugs",
    "Write unit tests",
  ]);
  expect(count("roles")).toBe(0);

  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await expect(page.getByRole("status").textContent()).resolves.toBe("Imported 3 roles from base-jobs.csv.");
  const history = page.getByRole("table", { name: "Past imports" });
  // The history re-renders after the action's revalidation: wait for the row before reading it.
  await history.getByRole("row").nth(1).getByRole("cell").first().waitFor();
  await expect(history.getByRole("row").nth(1).getByRole("cell").allTextContents()).resolves.toEqual([
    "1",
    "base-jobs.csv",
    "Job descriptions",
    expect.stringMatching(/^[0-9a-f]{12}$/),
    "3 / 3",
    "imported",
    expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/),
    "editor@example.com",
  ]);
  expect(count("roles")).toBe(3);
});

test("a log preview shows pseudonyms, never raw ids, and CSV text only as text", async () => {
  const { page } = browser;
  const file = join(server.dbPath, "..", "xss.csv");
  writeFileSync(file, "employee_id,role,date,task,hours\nE7731,ENG-2,2026-07-01,<img src=x onerror=alert(1)> review,1\n");
  await page.goto(`${server.url}/w/acme/import`);
  await check("Task logs", file);
  const row = page.getByRole("table", { name: /task log rows as they will be stored/ }).getByRole("row").nth(1);
  const cells = await row.getByRole("cell").allTextContents();
  expect(cells.slice(0, 6)).toEqual(["2", expect.stringMatching(/^[0-9a-f]{10}$/), "Software Engineer", "2026-07-01", "<img src=x onerror=alert(1)> review", "1"]);
  await expect(page.locator("main img").count()).resolves.toBe(0);
  await expect(page.content()).resolves.not.toContain("E7731");
});

test("upload a bad file: every problem is listed and nothing is imported", async () => {
  const { page } = browser;
  await page.goto(`${server.url}/w/acme/import`);
  await check("Task logs", quirk("unknown-role.csv"));
  await expect(page.getByRole("heading", { name: "1 problem in unknown-role.csv: nothing was imported" }).isVisible()).resolves.toBe(true);
  const problems = page.getByRole("table", { name: "Problems found in the file" });
  await expect(problems.getByRole("row").nth(1).getByRole("cell").allTextContents()).resolves.toEqual([
    "4",
    "role",
    'a known role_id or exact job title (closest: "Software Engineer", "Warehouse Associate", "Accountant")',
    "Sofware Engineer",
  ]);
  await expect(page.getByRole("button", { name: /^Import/ }).count()).resolves.toBe(0);
  expect(count("task_logs")).toBe(0);
  expect(count("imports")).toBe(1);
});

test("an Excel workbook whose first sheet is a cover note: choose the sheet, check it, import it", async () => {
  const { page } = browser;
  const before = count("roles");
  await page.goto(`${server.url}/w/acme/import`);
  await check("Job descriptions", quirk("workbook-jobs.xlsx"));
  await expect(page.getByText("Excel workbook, sheet “Read me”").isVisible()).resolves.toBe(true);
  await page.getByLabel(/This workbook has 2 sheets/).selectOption("Job profiles");
  await page.getByRole("button", { name: "Check this sheet" }).click();
  await page.getByText("Excel workbook, sheet “Job profiles”").waitFor();
  await expect(page.getByRole("table", { name: "First 3 roles as they will be stored" }).isVisible()).resolves.toBe(true);
  await page.getByRole("button", { name: /^Import/ }).click();
  await expect(page.getByRole("status").first().textContent()).resolves.toBe("Imported 3 roles from workbook-jobs.xlsx.");
  // The same role ids as base-jobs.csv: updated in place, none added.
  expect(count("roles")).toBe(before);
});
