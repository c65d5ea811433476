/**
 * The Import page with files other systems write: a Workday export whose headers are not
 * recognized gets a mapping form (not an error), the mapping can be saved and is offered for
 * the next file with the same headers; a roster and a Toggl export import from the web.
 */
import { copyFileSync } from "node:fs";
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

const query = (sql: string) => readDb(server.dbPath, (conn) => conn.sqlite.prepare(sql).raw().all());

async function upload(kind: RegExp, file: string) {
  const { page } = browser;
  await page.goto(`${server.url}/w/acme/import`);
  await page.getByRole("radio", { name: kind }).check();
  await page.getByLabel("CSV or Excel file", { exact: true }).setInputFiles(file);
  await page.getByRole("button", { name: "Check file" }).click();
}

test("unrecognized headers get a mapping form with a preview; the mapping is saved and offered for the same headers", async () => {
  const { page } = browser;
  await upload(/^Job descriptions/, quirk("workday-job-profiles.csv"));
  await page.getByRole("heading", { name: "Which column is which in workday-job-profiles.csv?" }).waitFor();
  const choices = { title: "Job Profile Name", department: "Job Family Group", level: "Management Level", headcount: "Worker Count", responsibilities: "Job Duties" };
  for (const [field, column] of Object.entries(choices)) await page.getByLabel(new RegExp(`^${field}`)).selectOption(column);
  await page.getByLabel("Save this mapping as (optional)").fill("Workday profiles");
  await page.getByRole("button", { name: "Check with this mapping" }).click();
  await page.getByRole("heading", { name: /^Checked / }).waitFor();
  await expect(page.getByText('Mapping: title ← "Job Profile Name"', { exact: false }).first().isVisible()).resolves.toBe(true);
  const preview = page.getByRole("table", { name: "First 2 roles as they will be stored" });
  await expect(preview.getByRole("row").nth(1).getByRole("cell").nth(2).textContent()).resolves.toBe("Payroll Specialist");
  expect(query(`SELECT count(*) FROM roles`)).toEqual([[0]]);
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await page.getByRole("status").filter({ hasText: "Imported 2 roles" }).waitFor();
  expect(query(`SELECT title, headcount FROM roles ORDER BY id`)).toEqual([["Payroll Specialist", 6], ["Recruiter", 3]]);
  expect(query(`SELECT name, mapping FROM import_mappings`)).toEqual([["Workday profiles", expect.stringContaining('"title":"Job Profile Name"')]]);

  // Another file with the same header row: the saved mapping is filled in.
  const next = join(server.dbPath, "..", "workday-next-month.csv");
  copyFileSync(quirk("workday-job-profiles.csv"), next);
  await upload(/^Job descriptions/, next);
  await page.getByText("The saved mapping “Workday profiles” fits these headers").waitFor();
  await expect(page.getByLabel(/^headcount/).inputValue()).resolves.toBe("Worker Count");
});

test("a roster, then a Toggl export: recognized, people resolved, the history shows the format", async () => {
  const { page } = browser;
  await upload(/^Job descriptions/, quirk("base-jobs.csv"));
  await page.getByRole("button", { name: "Import 3 rows" }).click();
  await page.getByRole("status").filter({ hasText: "Imported 3 roles" }).waitFor();
  await upload(/^Roster/, quirk("roster-base.csv"));
  const people = page.getByRole("table", { name: /people as they will be stored/ });
  // The check answers after the upload: wait for its first row before reading it.
  await people.getByRole("row").nth(1).waitFor();
  await expect(people.getByRole("row").nth(1).getByRole("cell").allTextContents()).resolves.toEqual([
    "2", expect.stringMatching(/^[0-9a-f]{10}$/), "employee id, e-mail, name", "Software Engineer",
  ]);
  await expect(page.content()).resolves.not.toContain("Quispe");
  await page.getByRole("button", { name: "Import 4 rows" }).click();
  await page.getByRole("status").filter({ hasText: "Imported 4 people" }).waitFor();
  await upload(/^Task logs/, quirk("toggl-base.csv"));
  await page.getByText("Format: Toggl Track detailed report (recognized from the header)").waitFor();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await page.getByRole("status").filter({ hasText: "Imported 2 task log rows" }).waitFor();
  const history = page.getByRole("table", { name: "Past imports" });
  await history.getByRole("row").nth(1).getByText("Toggl Track detailed report", { exact: false }).waitFor();
  await expect(page.content()).resolves.not.toContain("acme.example");
});
