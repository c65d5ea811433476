/**
 * Excel workbooks (fixtures/quirks/workbook-*), one test per behaviour: a sheet imports like the
 * same rows in CSV (serial dates, formulas' saved results, rich text, trailing empty cells), the
 * sheet can be chosen, and what Orbital refuses is refused with a message naming the sheet, row
 * and column, the database left byte for byte as it was.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { formatIssue } from "../../importers";
import type { ImportOutcome } from "../../app/imports/types";
import { dumpDatabase } from "../support/db-dump";
import { expectImported, importInto, quirk } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(async () => {
  conn = tempDatabase();
  expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
});
afterEach(() => conn.cleanup());

const logRows = () =>
  conn.sqlite
    .prepare(`SELECT l.date, l.minutes, t.text, l.tool FROM task_logs l JOIN task_texts t ON t.id = l.text_id ORDER BY l.id`)
    .raw()
    .all();

function rejected(outcome: ImportOutcome) {
  if (outcome.status !== "rejected") throw new Error(`expected a rejection, got ${outcome.status}`);
  return outcome;
}

describe("a workbook that imports", () => {
  test("serial dates read as dates, a formula as its saved result, rich text as its text, short rows padded", async () => {
    const outcome = expectImported(await importInto(conn, "logs", quirk("workbook-task-log.xlsx")));
    expect(outcome.import.rowsImported).toBe(3);
    expect(outcome.import.encoding).toBe("Excel workbook");
    expect(outcome.import.notes[0]).toBe('Workbook: sheet "Task log" (of "Task log", "Notes")');
    expect(logRows()).toEqual([
      ["2026-07-01", 150, "Fix production bugs", "Copilot"],
      ["2026-07-02", 75, "reconcile July AP invoices", null],
      ["2026-07-03", 180, "Load trucks at dock 3", null],
    ]);
  });

  test("read on the worker thread (as large files are), a workbook stores the same rows", async () => {
    expectImported(await importInto(conn, "logs", quirk("workbook-task-log.xlsx"), { parseInWorker: true }));
    expect(logRows()).toEqual([
      ["2026-07-01", 150, "Fix production bugs", "Copilot"],
      ["2026-07-02", 75, "reconcile July AP invoices", null],
      ["2026-07-03", 180, "Load trucks at dock 3", null],
    ]);
  });

  test("job descriptions from a named sheet give the same roles as the CSV", async () => {
    const fromCsv = conn.sqlite.prepare(`SELECT role_key, title, department, level, headcount, annual_cost FROM roles ORDER BY role_key`).raw().all();
    const other = tempDatabase();
    try {
      const outcome = expectImported(await importInto(other, "jobs", quirk("workbook-jobs.xlsx"), { sheet: "Job profiles" }));
      expect(outcome.import.rowsImported).toBe(3);
      const fromWorkbook = other.sqlite.prepare(`SELECT role_key, title, department, level, headcount, annual_cost FROM roles ORDER BY role_key`).raw().all();
      expect(fromWorkbook).toEqual(fromCsv);
      const statements = (db: typeof conn) => db.sqlite.prepare(`SELECT text FROM task_statements ORDER BY id`).pluck().all();
      expect(statements(other)).toEqual(statements(conn));
    } finally {
      other.cleanup();
    }
  });

  test("the first visible sheet is read by default: here a cover note, refused for its missing columns", async () => {
    const outcome = rejected(await importInto(conn, "jobs", quirk("workbook-jobs.xlsx")));
    expect(outcome.facts.sheet).toBe("Read me");
    expect(formatIssue("workbook-jobs.xlsx", outcome.issues[0])).toMatch(/^workbook-jobs\.xlsx \[Read me\] row 1, column "title": expected a column "title"/);
  });
});

describe("a workbook that is refused, nothing changed", () => {
  let before: string;
  beforeEach(() => {
    before = JSON.stringify(dumpDatabase(conn.sqlite));
  });
  afterEach(() => {
    expect(JSON.stringify(dumpDatabase(conn.sqlite))).toBe(before);
  });

  test("a sheet name that does not exist names the sheets there are", async () => {
    const outcome = rejected(await importInto(conn, "logs", quirk("workbook-task-log.xlsx"), { sheet: "Timesheet" }));
    expect(formatIssue("workbook-task-log.xlsx", outcome.issues[0])).toBe(
      'workbook-task-log.xlsx: expected a sheet named "Timesheet" (the workbook has "Task log", "Notes"), got "no such sheet"',
    );
  });

  test("a formula without a saved result: sheet, row and column named", async () => {
    const outcome = rejected(await importInto(conn, "logs", quirk("workbook-formula-without-result.xlsx")));
    expect(outcome.issues.map((i) => formatIssue("f.xlsx", i))).toEqual([
      'f.xlsx [Task log] row 2, column "hours": expected a value (this formula has no saved result: open the workbook in Excel and save it again), got "a formula without a saved result"',
    ]);
  });

  test("macros are refused", async () => {
    const outcome = rejected(await importInto(conn, "logs", quirk("workbook-with-macros.xlsm")));
    expect(outcome.issues[0].found).toBe("a workbook with macros (.xlsm)");
    expect(outcome.issues[0].expected).toMatch(/without macros/);
  });

  test("links to other workbooks are refused", async () => {
    const outcome = rejected(await importInto(conn, "logs", quirk("workbook-external-link.xlsx")));
    expect(outcome.issues[0].found).toBe("a workbook with links to other workbooks");
  });

  test("an encrypted workbook is refused with how to fix it", async () => {
    const outcome = rejected(await importInto(conn, "logs", quirk("workbook-encrypted.xlsx")));
    expect(formatIssue("e.xlsx", outcome.issues[0])).toBe(
      'e.xlsx: expected an .xlsx workbook without a password (open it in Excel and save a copy as .xlsx with no password), got "an encrypted workbook or a legacy .xls file"',
    );
  });
});
