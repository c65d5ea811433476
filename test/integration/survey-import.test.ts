/**
 * The survey import on real files and a real SQLite database: Google Forms, Microsoft Forms
 * and Orbital's template; labels and numbers; a respondent answering twice; every bad-cell
 * case line by line with nothing written; pseudonyms only; --replace; with a roster, respondents
 * found there by e-mail / employee id / name, under the pseudonym their task logs use.
 */
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { formatIssue } from "../../importers";
import { identifierHash } from "../../importers/person-identity";
import { AI_USE_QUESTION, SURVEY_STATEMENTS } from "../../importers/survey-wording";
import { dumpDatabase } from "../support/db-dump";
import { expectImported, importInto, quirk } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";

const survey = (name: string) => resolve(import.meta.dirname, "../../fixtures/survey", name);

let conn: ReturnType<typeof tempDatabase>;
beforeEach(async () => {
  conn = tempDatabase();
  expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
});
afterEach(() => conn.cleanup());

interface Stored {
  hash: string;
  role: string;
  submittedAt: string | null;
  answers: number[];
  aiUse: number;
}

function stored(): Stored[] {
  return (
    conn.sqlite
      .prepare(
        `SELECT e.hash, r.role_key AS role, s.submitted_at AS submittedAt, s.ai_use AS aiUse,
                json_array(s.q1, s.q2, s.q3, s.q4, s.q5, s.q6, s.q7, s.q8, s.q9, s.q10) AS answers
         FROM survey_responses s JOIN employees e ON e.id = s.employee_id JOIN roles r ON r.id = s.role_id ORDER BY s.id`,
      )
      .all() as Array<Omit<Stored, "answers"> & { answers: string }>
  ).map((row) => ({ ...row, answers: JSON.parse(row.answers) as number[] }));
}

const keyOf = () => getWorkspaceBySlug(conn.db, "acme")!.pseudonymKey;
/** An employee id's pseudonym: what a canonical Orbital task log stores. */
const hashOf = (raw: string) => createHmac("sha256", keyOf()).update(raw, "utf8").digest("hex");
/** An e-mail's pseudonym (no employee id known): the roster's and trackers' identifier hash. */
const emailHashOf = (raw: string) => identifierHash(keyOf(), "email", raw);

describe("the three formats", () => {
  test("Google Forms: labels, decorated headers, e-mails normalized and hashed, the latest answer of a twice-answering person counts", async () => {
    const outcome = expectImported(await importInto(conn, "survey", survey("google-forms.csv")));
    expect(outcome.import).toMatchObject({ kind: "survey", rowsRead: 4, rowsImported: 3 });
    expect(outcome.import.notes).toContain("1 earlier answer(s) of respondents who answered again were left out: the latest answer counts");
    const rows = stored();
    expect(rows.map((r) => [r.hash, r.role, r.aiUse])).toEqual([
      [emailHashOf("ben@acme.example"), "ENG-2", 2],
      [emailHashOf("cem@acme.example"), "FIN-1", 4],
      [emailHashOf("ana@acme.example"), "ENG-2", 4],
    ]);
    // Ana's second answer (all "Strongly agree"), not her first ("Agree").
    expect(rows[2].answers).toEqual([5, 5, 5, 5, 5, 5, 5, 5, 5, 5]);
    expect(rows[2].submittedAt).toBe("2026-11-04T08:02:00");
    expect(rows[0].answers).toEqual([2, 2, 2, 2, 2, 3, 3, 3, 3, 3]);
  });

  test("Microsoft Forms: numbers, role ids, BOM; Name and ID are never stored", async () => {
    const outcome = expectImported(await importInto(conn, "survey", survey("microsoft-forms.csv")));
    expect(outcome.import.rowsImported).toBe(3);
    expect(outcome.import.notes).toContain("Columns not imported: ID, Start time, Name");
    expect(stored().map((r) => [r.role, r.answers.join(""), r.aiUse, r.submittedAt])).toEqual([
      ["ENG-2", "4433552211", 3, "2026-11-03T09:15:40"],
      ["FIN-1", "2222222222", 1, "2026-11-03T09:22:31"],
      ["OPS-4", "1111111111", 0, "2026-11-04T13:05:12"],
    ]);
    const everything = JSON.stringify(dumpDatabase(conn.sqlite));
    for (const raw of ["dana@acme.example", "Dana Doe", "Eli Example", "Fay Foo"]) expect(everything).not.toContain(raw);
  });

  /** "11/3/26 9:15:40" (Forms' US export) as the date-time cell the .xlsx holds. */
  const formsDate = (text: string) => {
    const [m, d, y, hh, mm, ss] = text.split(/[/ :]/).map(Number);
    return new Date(Date.UTC(2000 + y, m - 1, d, hh, mm, ss));
  };

  test("Microsoft Forms as the .xlsx it downloads: the same responses as its CSV", async () => {
    const rows = Papa.parse<string[]>(readFileSync(survey("microsoft-forms.csv"), "utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Sheet1");
    // Numbers as numbers and the completion time as an Excel date, as Forms writes them.
    for (const [i, row] of rows.entries()) {
      sheet.addRow(i === 0 ? row : row.map((cell, c) => (/^\d+$/.test(cell) ? Number(cell) : c === 2 ? formsDate(cell) : cell)));
    }
    const file = resolve(conn.dir, "forms.xlsx");
    await workbook.xlsx.writeFile(file);
    const outcome = expectImported(await importInto(conn, "survey", file));
    expect(outcome.import.rowsImported).toBe(3);
    expect(stored().map((r) => [r.role, r.answers.join(""), r.aiUse, r.submittedAt])).toEqual([
      ["ENG-2", "4433552211", 3, "2026-11-03T09:15:40"],
      ["FIN-1", "2222222222", 1, "2026-11-03T09:22:31"],
      ["OPS-4", "1111111111", 0, "2026-11-04T13:05:12"],
    ]);
  });

  test("the template: employee ids hash like task logs' (same person, same employee row), labels and numbers mixed", async () => {
    const logs = resolve(conn.dir, "logs.csv");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(logs, "employee_id,role,date,task,hours\nE1,ENG-2,2026-07-01,Fix production bugs,2\n");
    expectImported(await importInto(conn, "logs", logs));
    expectImported(await importInto(conn, "survey", survey("template.csv")));
    expect(stored()).toEqual([
      { hash: hashOf("E1"), role: "ENG-2", submittedAt: "2026-11-05T00:00:00", answers: [5, 4, 4, 3, 5, 4, 2, 2, 1, 2], aiUse: 3 },
      { hash: hashOf("E2"), role: "FIN-1", submittedAt: null, answers: [3, 3, 3, 3, 3, 3, 3, 3, 3, 3], aiUse: 2 },
    ]);
    expect(conn.sqlite.prepare(`SELECT count(*) FROM employees`).pluck().get()).toBe(2);
  });
});

describe("bad input", () => {
  test("every bad cell is reported by line and column, and nothing is written", async () => {
    const before = dumpDatabase(conn.sqlite);
    const outcome = await importInto(conn, "survey", survey("bad-cells.csv"));
    if (outcome.status !== "rejected") throw new Error(`expected a rejection, got ${outcome.status}`);
    expect(outcome.issues.map((i) => formatIssue("bad-cells.csv", i))).toEqual([
      `bad-cells.csv:2: column "I can break a piece of my work into steps that AI could do on its own.": expected 1 to 5 or one of "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree", got "7"`,
      `bad-cells.csv:3: column "I know which parts of my work need my own judgment and which do not.": expected an answer (1 to 5 or one of "Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"), got ""`,
      `bad-cells.csv:4: column "How often do you use AI tools in your work?": expected one of "Never", "Monthly", "Weekly", "Daily", "Several times a day", got "Hourly"`,
      `bad-cells.csv:5: column "role": expected a known role_id or exact job title (closest: "Accountant", "Warehouse Associate", "Software Engineer"), got "Astronaut"`,
    ]);
    expect(outcome.issueCount).toBe(4);
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });

  test("a file without an identity column, or missing a question, is rejected at the header", async () => {
    const { writeFileSync } = await import("node:fs");
    const path = resolve(conn.dir, "no-id.csv");
    writeFileSync(path, "role,How often do you use AI tools in your work?\nENG-2,Daily\n");
    const outcome = await importInto(conn, "survey", path);
    if (outcome.status !== "rejected") throw new Error("expected a rejection");
    const columns = outcome.issues.map((i) => i.column);
    expect(columns).toContain("employee_id");
    expect(columns).toContain("I can break a piece of my work into steps that AI could do on its own.");
    expect(outcome.issues.every((i) => i.line === 1)).toBe(true);
  });

  test("an anonymous Forms response cannot be matched to anyone: a line error", async () => {
    const { readFileSync, writeFileSync } = await import("node:fs");
    const path = resolve(conn.dir, "anon.csv");
    writeFileSync(path, readFileSync(survey("microsoft-forms.csv"), "utf8").replace("fay@acme.example", "anonymous"));
    const outcome = await importInto(conn, "survey", path);
    if (outcome.status !== "rejected") throw new Error("expected a rejection");
    expect(outcome.issues).toEqual([
      {
        line: 4,
        column: "Email",
        expected: "the respondent's e-mail address (anonymous responses cannot be matched to a role: have the form record e-mail addresses)",
        found: "anonymous",
      },
    ]);
  });
});

test("the same file again is a duplicate; --replace swaps its responses", async () => {
  expectImported(await importInto(conn, "survey", survey("template.csv")));
  expect((await importInto(conn, "survey", survey("template.csv"))).status).toBe("duplicate");
  const again = expectImported(await importInto(conn, "survey", survey("template.csv"), { replace: true }));
  expect(again.import.notes).toContain("Replaced import #2 (2 responses removed)");
  expect(stored()).toHaveLength(2);
  expect(conn.sqlite.prepare(`SELECT action FROM audit_events WHERE action = 'import.survey'`).pluck().all()).toHaveLength(2);
});

describe("with a roster", () => {
  const questions = [...SURVEY_STATEMENTS.map((st) => st.text), AI_USE_QUESTION];
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
  /** A Google Forms export as the form writes it when it asks no role question. */
  async function googleExport(name: string, header: string[], rows: string[][]) {
    const { writeFileSync } = await import("node:fs");
    const path = resolve(conn.dir, name);
    const lines = [[...header, ...questions], ...rows.map((r) => [...r, ..."4444433333".split(""), "Daily"])];
    writeFileSync(path, lines.map((l) => l.map(quote).join(",")).join("\n") + "\n");
    return path;
  }
  beforeEach(async () => {
    expectImported(await importInto(conn, "roster", quirk("roster-base.csv")));
  });

  test("a Google Forms export without a role column lands on the roster's roles, under the task logs' pseudonyms", async () => {
    // Jürgen (E1) and Mei (E4) log tasks in Toggl, matched through the roster by e-mail / name.
    expectImported(await importInto(conn, "logs", quirk("toggl-base.csv")));
    const employeesBefore = conn.sqlite.prepare(`SELECT count(*) FROM employees`).pluck().get();
    const path = await googleExport("google-no-role.csv", ["Timestamp", "Email Address"], [
      ["2026/11/02 9:14:03 AM GMT+1", "JURGEN.QUISPE@acme.example"],
      ["2026/11/02 9:20:00 AM GMT+1", "ana.silva2@acme.example"],
      ["2026/11/02 9:31:00 AM GMT+1", "mei.chen@acme.example"],
    ]);
    expectImported(await importInto(conn, "survey", path));
    expect(stored().map((r) => [r.hash, r.role])).toEqual([
      [hashOf("E1"), "ENG-2"],
      [hashOf("E3"), "OPS-4"],
      [hashOf("E4"), "ENG-2"],
    ]);
    // Same pseudonym as the roster row and as the task-log rows: the same employee rows, joined per person.
    const joined = conn.sqlite
      .prepare(
        `SELECT DISTINCT rp.person_hash FROM survey_responses s JOIN employees e ON e.id = s.employee_id
         JOIN roster_people rp ON rp.person_hash = e.hash JOIN task_logs t ON t.employee_id = s.employee_id ORDER BY rp.person_hash`,
      )
      .pluck()
      .all();
    expect(joined).toEqual([hashOf("E1"), hashOf("E4")].sort());
    expect(conn.sqlite.prepare(`SELECT count(*) FROM employees`).pluck().get()).toBe((employeesBefore as number) + 1);
  });

  test("a respondent the roster lacks, without a role column, is a line-exact error (identifier masked) and nothing is stored", async () => {
    const path = await googleExport("unknown.csv", ["Timestamp", "Email Address"], [
      ["2026/11/02 9:14:03 AM GMT+1", "mei.chen@acme.example"],
      ["2026/11/02 9:20:00 AM GMT+1", "nobody.here@acme.example"],
    ]);
    const before = dumpDatabase(conn.sqlite);
    const outcome = await importInto(conn, "survey", path);
    if (outcome.status !== "rejected") throw new Error(`expected a rejection, got ${outcome.status}`);
    expect(outcome.issues.map((i) => formatIssue("unknown.csv", i))).toEqual([
      `unknown.csv:3: column "Email Address": expected a person in the roster (matched by e-mail); import them in the roster, or give their role_id or job title in a "role" column, got "n…@a….example"`,
    ]);
    expect(JSON.stringify(outcome.issues)).not.toContain("nobody");
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });

  test("a name several people share asks for an employee id or e-mail, even with a role column", async () => {
    const path = await googleExport("names.csv", ["Name", "role"], [
      ["jürgen quispe", ""],
      ["Ana Silva", "Accountant"],
    ]);
    const outcome = await importInto(conn, "survey", path);
    if (outcome.status !== "rejected") throw new Error(`expected a rejection, got ${outcome.status}`);
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]).toMatchObject({ line: 3, column: "Name", found: "An… Si…" });
    expect(outcome.issues[0].expected).toContain("2 people in the roster have this name");
    expect(outcome.issues[0].expected).toContain("employee id");
  });

  test("people the roster lacks fall back to the role column; the roster's role wins for people it has", async () => {
    // Microsoft Forms: Dana, Eli and Fay are not in the roster; their Role column decides.
    expectImported(await importInto(conn, "survey", survey("microsoft-forms.csv")));
    expect(stored().map((r) => [r.hash, r.role])).toEqual([
      [emailHashOf("dana@acme.example"), "ENG-2"],
      [emailHashOf("eli@acme.example"), "FIN-1"],
      [emailHashOf("fay@acme.example"), "OPS-4"],
    ]);
    // Mei is a Software Engineer in the roster, whatever she typed.
    const path = await googleExport("typed-role.csv", ["Email Address", "What is your job title?"], [["mei.chen@acme.example", "Accountant"]]);
    expectImported(await importInto(conn, "survey", path));
    expect(stored().at(-1)).toMatchObject({ hash: hashOf("E4"), role: "ENG-2" });
  });
});
