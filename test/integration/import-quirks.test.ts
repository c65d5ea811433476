/**
 * One test per real-world CSV quirk (fixtures/quirks/), named after the behaviour. Good
 * quirks import with the encoding and delimiter reported; bad ones are rejected with the
 * exact message, and the database is left byte-for-byte as it was.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { formatIssue } from "../../importers";
import { dumpDatabase } from "../support/db-dump";
import { expectImported, importInto, quirk } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(async () => {
  conn = tempDatabase();
  expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
});
afterEach(() => conn.cleanup());

const tasks = () =>
  conn.sqlite.prepare(`SELECT t.text FROM task_logs l JOIN task_texts t ON t.id = l.text_id ORDER BY l.id`).pluck().all();

describe("files that import", () => {
  test.each([
    ["utf8-bom.csv", "UTF-8 with BOM", "comma", 2],
    ["utf16le-bom.csv", "UTF-16 LE", "comma", 3],
    ["utf16be-bom.csv", "UTF-16 BE", "comma", 3],
    ["windows-1252.csv", "Windows-1252", "comma", 3],
    ["semicolon-delimited.csv", "UTF-8", "semicolon", 2],
    ["tab-delimited.csv", "UTF-8", "tab", 2],
    ["crlf-line-endings.csv", "UTF-8", "comma", 2],
    ["trailing-blank-line.csv", "UTF-8", "comma", 2],
    ["header-aliases.csv", "UTF-8", "comma", 1],
  ])("%s imports as %s, %s-delimited, %i rows", async (file, encoding, delimiter, rows) => {
    const outcome = expectImported(await importInto(conn, "logs", quirk(file)));
    expect(outcome.import.encoding).toBe(encoding);
    expect(outcome.import.delimiter).toBe(delimiter);
    expect(outcome.import.rowsImported).toBe(rows);
    expect(outcome.import.notes[0]).toMatch(/^Encoding: /);
  });

  test("utf-8 with BOM: the BOM does not end up in the first header", async () => {
    expectImported(await importInto(conn, "logs", quirk("utf8-bom.csv")));
    expect(tasks()).toEqual(["Fix production bugs", "reconcile July AP invoices"]);
  });

  test("utf-16 (both byte orders): non-ASCII text survives", async () => {
    expectImported(await importInto(conn, "logs", quirk("utf16le-bom.csv")));
    expectImported(await importInto(conn, "logs", quirk("utf16be-bom.csv")));
    expect(tasks().filter((t) => String(t).includes("Zoë"))).toEqual(["Forklift – dock 3 (Zoë's shift)", "Forklift – dock 3 (Zoë's shift)"]);
  });

  test("windows-1252: detected, said so, and accents and the euro sign decoded", async () => {
    const outcome = expectImported(await importInto(conn, "logs", quirk("windows-1252.csv")));
    expect(outcome.import.notes[0]).toContain("not valid UTF-8");
    expect(tasks()).toContain("Réception café – quai 3 €");
  });

  test("semicolons: a comma inside a field stays text, decimal comma hours and DD.MM.YYYY dates read", async () => {
    expectImported(await importInto(conn, "logs", quirk("semicolon-delimited.csv")));
    const rows = conn.sqlite.prepare(`SELECT date, minutes FROM task_logs ORDER BY id`).raw().all();
    expect(rows).toEqual([["2026-07-01", 90], ["2026-07-01", 45]]);
    expect(tasks()[0]).toBe("Fix production bugs, then deploy");
  });

  test("header aliases: Employee ID, Job Title, Work Date, Activity, Duration (min), AI Tool", async () => {
    expectImported(await importInto(conn, "logs", quirk("header-aliases.csv")));
    expect(conn.sqlite.prepare(`SELECT minutes, tool FROM task_logs`).raw().all()).toEqual([[90, "Claude"]]);
  });

  test("quoted newline: a multi-line responsibilities cell splits into statements; quotes unescaped", async () => {
    const outcome = expectImported(await importInto(conn, "jobs", quirk("quoted-newline.csv")));
    expect(outcome.import.rowsImported).toBe(1);
    const statements = conn.sqlite
      .prepare(`SELECT s.text FROM task_statements s JOIN roles r ON r.id = s.role_id WHERE r.role_key = 'HR-3' ORDER BY position`)
      .pluck()
      .all();
    expect(statements).toEqual(["Run onboarding sessions", 'Advise managers on "difficult" conversations', "Draft policy updates"]);
    expect(conn.sqlite.prepare(`SELECT description, headcount FROM roles WHERE role_key = 'HR-3'`).raw().get()).toEqual(["Line one\nline two", 2.5]);
  });
});

describe("files that are rejected, changing nothing", () => {
  test.each([
    ["missing-column.csv", [
      'missing-column.csv:1: column "date": expected a column "date" (accepted headers: "date", "Work Date", "Day", "Entry Date", "Log Date"); map a column with --map date=HEADER, got "a header row with employee_id, role, task, hours"',
    ]],
    ["bad-date.csv", ['bad-date.csv:4: column "date": expected a real calendar date (a date as YYYY-MM-DD (ISO 8601) or DD.MM.YYYY), got "2026-02-30"']],
    ["ambiguous-date.csv", [
      'ambiguous-date.csv:4: column "date": expected an unambiguous date: "03/04/2026" could be day/month or month/day; write YYYY-MM-DD or DD.MM.YYYY, got "03/04/2026"',
    ]],
    ["bad-number.csv", ['bad-number.csv:4: column "hours": expected a number of hours (like 1.5), got "N/A"']],
    ["negative-hours.csv", ['negative-hours.csv:4: column "hours": expected a positive number of hours (negative time cannot be logged), got "-2"']],
    ["over-24-hours.csv", ['over-24-hours.csv:4: column "hours": expected at most 24 hours in one row (24 hours), got "30"']],
    ["unknown-role.csv", [
      'unknown-role.csv:4: column "role": expected a known role_id or exact job title (closest: "Software Engineer", "Warehouse Associate", "Accountant"), got "Sofware Engineer"',
    ]],
  ])("%s: rejected with the exact problem, database unchanged", async (file, messages) => {
    const before = dumpDatabase(conn.sqlite);
    const outcome = await importInto(conn, "logs", quirk(file));
    expect(outcome.status).toBe("rejected");
    if (outcome.status !== "rejected") return;
    expect(outcome.issues.map((i) => formatIssue(file, i))).toEqual(messages);
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });

  test("bad-level.csv: an unknown level lists the accepted ones; database unchanged", async () => {
    const before = dumpDatabase(conn.sqlite);
    const outcome = await importInto(conn, "jobs", quirk("bad-level.csv"));
    expect(outcome.status === "rejected" && outcome.issues.map((i) => formatIssue("bad-level.csv", i))).toEqual([
      'bad-level.csv:2: column "level": expected a level (Intern, Junior, Associate, Mid, Senior, Lead, Principal, Manager, Director, Head, VP, Chief or L1–L7), got "Wizard"',
    ]);
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });
});
