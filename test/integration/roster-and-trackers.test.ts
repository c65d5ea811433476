/**
 * Real-world inputs through the one import path, on real SQLite files and the committed
 * fixtures: a roster joining people to roles, and Toggl, Clockify, Harvest and Tempo exports
 * imported unchanged as task logs (fixtures/trackers/ is generated from the demo organization).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createPersonResolver, listRoleHeadcounts, resolvePerson } from "../../db/queries/roster";
import { loadRolePage } from "../../app/routes/w.$workspace.roles.$roleId/role.server";
import { dashboardContext } from "../support/dashboard-context";
import { ensureWorkspace } from "../../db/queries/workspaces";
import { dumpDatabase } from "../support/db-dump";
import { expectImported, importInto, quirk } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";
import { previewFile } from "../../app/imports/preview-file.server";
import { fileSource } from "../../app/imports/source.server";

const TRACKERS = resolve(import.meta.dirname, "../../fixtures/trackers");
const DEMO_JOBS = resolve(import.meta.dirname, "../../fixtures/demo/jobs.csv");
const tracker = (name: string) => resolve(TRACKERS, name);

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

const noAnalysis = { analyze: false } as const;
const rejected = (outcome: Awaited<ReturnType<typeof importInto>>) => {
  if (outcome.status !== "rejected") throw new Error(`expected a refusal, got ${outcome.status}`);
  return outcome;
};

async function baseWithRoster() {
  expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv"), noAnalysis));
  return expectImported(await importInto(conn, "roster", quirk("roster-base.csv"), noAnalysis));
}

describe("roster", () => {
  test("stores people only as keyed hashes: no e-mail, name or employee id is in the database file", async () => {
    const outcome = await baseWithRoster();
    expect(outcome.import.rowsImported).toBe(4);
    expect(outcome.import.notes).toContain("Columns not imported: Department, Manager");
    conn.sqlite.pragma("wal_checkpoint(TRUNCATE)");
    const bytes = readFileSync(conn.path).toString("latin1");
    for (const raw of ["acme.example", "Quispe", "Silva", "Mei Chen", "E4,"]) expect(bytes).not.toContain(raw);
    const hashes = conn.sqlite.prepare(`SELECT person_hash, email_hash, name_hash FROM roster_people`).raw().all() as string[][];
    expect(hashes.flat().every((h) => /^[0-9a-f]{64}$/.test(h))).toBe(true);
  });

  test("matches identifiers on normalized forms: \"Jürgen  Quispe\" finds \"jurgen quispe\", e-mails ignore case", async () => {
    await baseWithRoster();
    const workspace = ensureWorkspace(conn.db, "acme", "Acme");
    const engineer = conn.sqlite.prepare(`SELECT id FROM roles WHERE role_key = 'ENG-2'`).pluck().get();
    for (const person of [{ name: "jurgen quispe" }, { name: " JÜRGEN   Quispe " }, { email: "JURGEN.QUISPE@acme.example" }, { employeeId: "e1" }]) {
      expect(resolvePerson(conn.db, workspace, person)).toMatchObject({ ok: true, roleId: engineer });
    }
    expect(resolvePerson(conn.db, workspace, { name: "Nobody Here" })).toMatchObject({ ok: false, reason: "unknown" });
    expect(createPersonResolver(conn.db, workspace)({ name: "ana silva" })).toMatchObject({ ok: false, reason: "ambiguous", by: "name" });
  });

  test("a person listed twice with different roles is a line-exact error and nothing is imported", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv"), noAnalysis));
    const before = dumpDatabase(conn.sqlite);
    const outcome = rejected(await importInto(conn, "roster", quirk("roster-duplicate-person.csv"), noAnalysis));
    expect(outcome.issues).toEqual([
      { line: 4, column: "Employee ID", expected: "one role per person, but line 2 gives the same employee id another role", found: "E…" },
    ]);
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });

  test("a role that matches no job description and an empty identifier are line-exact errors", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv"), noAnalysis));
    const unknown = rejected(await importInto(conn, "roster", quirk("roster-unknown-role.csv"), noAnalysis));
    expect(unknown.issues).toHaveLength(1);
    expect(unknown.issues[0]).toMatchObject({ line: 3, column: "Job Title", found: "Acountant" });
    expect(unknown.issues[0].expected).toContain('closest: "Accountant"');
    const empty = rejected(await importInto(conn, "roster", quirk("roster-empty-identifier.csv"), noAnalysis));
    expect(empty.issues).toEqual([{ line: 3, column: "Employee ID", expected: "an identifier of the person (employee id, e-mail or name); this row has none", found: "" }]);
  });

  test("headcount comes from the roster where it names the role, per-role source shown, >10 % disagreement flagged", async () => {
    const outcome = await baseWithRoster();
    const headcounts = listRoleHeadcounts(conn.db, ensureWorkspace(conn.db, "acme", "Acme").id);
    expect(headcounts.map((h) => [h.roleKey, h.fromJobDescription, h.fromRoster, h.source, h.disagrees])).toEqual([
      ["FIN-1", 4, 1, "roster", true],
      ["ENG-2", 12, 2, "roster", true],
      ["OPS-4", 30, 1, "roster", true],
    ]);
    expect(conn.sqlite.prepare(`SELECT headcount FROM roles WHERE role_key = 'ENG-2'`).pluck().get()).toBe(2);
    expect(outcome.import.notes.join("\n")).toContain("Headcount differs by more than 10 % for 3 role(s): Accountant (roster 1, job description 4)");
    // A jobs re-import keeps the roster's count for the dashboards and the job description's beside it.
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv"), { ...noAnalysis, replace: true }));
    expect(conn.sqlite.prepare(`SELECT headcount, jd_headcount FROM roles WHERE role_key = 'ENG-2'`).raw().get()).toEqual([2, 12]);
    // The role page says which count it shows and flags the disagreement.
    const workspaceId = ensureWorkspace(conn.db, "acme", "Acme").id;
    const roleId = conn.sqlite.prepare(`SELECT id FROM roles WHERE role_key = 'ENG-2'`).pluck().get() as number;
    const view = loadRolePage(dashboardContext(conn, workspaceId), String(roleId));
    expect([view.role.headcount, view.headcount?.source, view.headcount?.fromJobDescription, view.headcount?.disagrees]).toEqual([2, "roster", 12, true]);
  });

  test("a new roster replaces the previous one whole", async () => {
    await baseWithRoster();
    const second = expectImported(await importInto(conn, "roster", quirk("hris-employees.csv"), { ...noAnalysis, choices: { mapping: { employee_id: "Associate ID", email: "Work Contact: Work Email", role: "Job Title Description" } } }));
    expect(second.import.notes).toContain("Replaced the roster of import #2");
    expect(second.import.notes).toContain('Mapping: employee_id ← "Associate ID", email ← "Work Contact: Work Email", role ← "Job Title Description"');
    expect(conn.sqlite.prepare(`SELECT count(*) FROM roster_people`).pluck().get()).toBe(2);
    expect(conn.sqlite.prepare(`SELECT status FROM imports WHERE id = 2`).pluck().get()).toBe("replaced");
  });
});

describe("time-tracker exports", () => {
  const perRole = () =>
    conn.sqlite
      .prepare(`SELECT r.role_key, count(*) AS n, round(sum(l.minutes), 6) AS minutes, group_concat(l.date || '|' || t.text, '~') AS work
                FROM task_logs l JOIN roles r ON r.id = l.role_id JOIN task_texts t ON t.id = l.text_id GROUP BY r.role_key ORDER BY r.role_key`)
      .all();

  test.each([
    ["toggl.csv", "Toggl Track detailed report"],
    ["clockify.csv", "Clockify detailed report"],
    ["harvest.csv", "Harvest detailed time report"],
    ["tempo.csv", "Jira Tempo worklogs"],
  ])("%s of the demo gives the same per-role rows, hours, dates and texts as the same work in Orbital's CSV", async (file, label) => {
    expectImported(await importInto(conn, "jobs", DEMO_JOBS, noAnalysis));
    expectImported(await importInto(conn, "roster", tracker("roster.csv"), noAnalysis));
    expectImported(await importInto(conn, "logs", tracker("orbital.csv"), noAnalysis));
    const expected = perRole();
    const distinctPeople = conn.sqlite.prepare(`SELECT count(DISTINCT employee_id) FROM task_logs`).pluck().get();
    conn.sqlite.exec(`DELETE FROM task_logs`);
    const outcome = expectImported(await importInto(conn, "logs", tracker(file), noAnalysis));
    expect(outcome.import.notes).toContain(`Format: ${label} (recognized from the header)`);
    expect(outcome.import.notes).toContain("Billing columns (billable flags, rates, amounts) are ignored, never stored");
    expect(perRole()).toEqual(expected);
    // The same people, too: a tracker's person is stored under the pseudonym of their employee id.
    expect(conn.sqlite.prepare(`SELECT count(DISTINCT employee_id) FROM task_logs`).pluck().get()).toBe(distinctPeople);
    expect(conn.sqlite.prepare(`SELECT count(*) FROM employees`).pluck().get()).toBe(distinctPeople);
  });

  test("Clockify day/month order is inferred from a day above 12 and said in the summary", async () => {
    await baseWithRoster();
    const outcome = expectImported(await importInto(conn, "logs", quirk("clockify-day-first.csv"), noAnalysis));
    expect(outcome.import.notes).toContain('Dates: day/month/year (line 3 has "15/04/2026")');
    expect(conn.sqlite.prepare(`SELECT date FROM task_logs ORDER BY id`).pluck().all()).toEqual(["2026-04-03", "2026-04-15"]);
  });

  test("Clockify with dates ambiguous in the whole file is refused naming --date-format; --date-format MDY reads it", async () => {
    await baseWithRoster();
    const before = dumpDatabase(conn.sqlite);
    const outcome = rejected(await importInto(conn, "logs", quirk("clockify-ambiguous-dates.csv"), noAnalysis));
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]).toMatchObject({ line: 2, column: "Start Date", found: "03/04/2026" });
    expect(outcome.issues[0].expected).toContain("--date-format DMY or --date-format MDY");
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
    expectImported(await importInto(conn, "logs", quirk("clockify-ambiguous-dates.csv"), { ...noAnalysis, choices: { dateOrder: "MDY" } }));
    expect(conn.sqlite.prepare(`SELECT date FROM task_logs ORDER BY id`).pluck().all()).toEqual(["2026-03-04", "2026-04-03"]);
  });

  test("Clockify showing both day/month orders is refused at the later line, by the import and by the Import page's check", async () => {
    await baseWithRoster();
    const lines = readFileSync(quirk("clockify-day-first.csv"), "utf8").trimEnd().split("\n");
    // Line 3 shows day first (15/04); line 4 shows month first (04/16).
    const mixed = resolve(conn.dir, "clockify-mixed-orders.csv");
    writeFileSync(mixed, [...lines, lines[2].replaceAll("15/04/2026", "04/16/2026")].join("\n") + "\n");
    const expected = { line: 4, column: "Start Date", found: "04/16/2026" };
    const before = dumpDatabase(conn.sqlite);
    const outcome = rejected(await importInto(conn, "logs", mixed, noAnalysis));
    expect(outcome.issues).toEqual([{ ...expected, expected: 'one day/month order in the whole file, but line 3 has "15/04/2026" (day first)' }]);
    expect(dumpDatabase(conn.sqlite)).toEqual(before);

    const workspace = ensureWorkspace(conn.db, "acme", "Acme");
    const preview = await previewFile({ connection: conn, workspace, kind: "logs", source: fileSource(mixed) });
    expect(preview.issues).toEqual(outcome.issues);
    expect(preview).toMatchObject({ issueCount: 1, rowsRead: 0, rows: [] });
    const fine = await previewFile({ connection: conn, workspace, kind: "logs", source: fileSource(quirk("clockify-day-first.csv")) });
    expect(fine).toMatchObject({ issueCount: 0, rowsRead: 2 });
    expect(fine.notes).toContain('Dates: day/month/year (line 3 has "15/04/2026")');
  });

  test("Toggl with a duration over 24:00:00 is refused at its line", async () => {
    await baseWithRoster();
    const outcome = rejected(await importInto(conn, "logs", quirk("toggl-over-24-hours.csv"), noAnalysis));
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]).toMatchObject({ line: 3, column: "Duration", found: "26:00:00" });
    expect(outcome.issues[0].expected).toContain("at most 24:00:00 in one row");
  });

  test("Harvest with two people of the same name in different roles asks for employee ids", async () => {
    await baseWithRoster();
    const outcome = rejected(await importInto(conn, "logs", quirk("harvest-same-name-two-roles.csv"), noAnalysis));
    expect(outcome.issues).toHaveLength(1);
    expect(outcome.issues[0]).toMatchObject({ line: 3, found: "An… Si…" });
    expect(outcome.issues[0].expected).toContain("2 people in the roster have this name in 2 different roles: add an employee id column");
  });

  test("Tempo rows whose Work Description is empty or names only the issue use the Issue summary, and the summary counts them", async () => {
    await baseWithRoster();
    const outcome = expectImported(await importInto(conn, "logs", quirk("tempo-empty-descriptions.csv"), noAnalysis));
    expect(outcome.import.notes).toContain(
      '4 row(s) had an empty Work Description or only the issue key ("Working on issue …"): the Issue summary was used as the task',
    );
    expect(conn.sqlite.prepare(`SELECT t.text FROM task_logs l JOIN task_texts t ON t.id = l.text_id ORDER BY l.id`).pluck().all()).toEqual([
      "Write unit tests",
      "Fix production bugs",
      "Review payments service",
      "Reconcile Stripe payouts",
      "Write the refunds runbook",
      // A description that says something besides the key is the person's own words.
      "Pair on PAY-6 with Jürgen",
    ]);
  });

  test("Toggl rows with an empty Description use the Task, and the summary says so; a row with neither is refused at its line and nothing lands", async () => {
    await baseWithRoster();
    const outcome = expectImported(await importInto(conn, "logs", quirk("toggl-empty-descriptions.csv"), noAnalysis));
    expect(outcome.import.notes).toContain("2 row(s) had an empty Description: the Task was used as the task");
    expect(conn.sqlite.prepare(`SELECT t.text FROM task_logs l JOIN task_texts t ON t.id = l.text_id ORDER BY l.id`).pluck().all()).toEqual([
      "Write unit tests",
      "Code review",
      "Sprint planning",
    ]);
    const before = dumpDatabase(conn.sqlite);
    const refused = rejected(await importInto(conn, "logs", quirk("toggl-no-description-nor-task.csv"), noAnalysis));
    expect(refused.issues).toHaveLength(1);
    expect(refused.issues[0]).toMatchObject({ line: 3, column: "Description", expected: "a task description (or a value in Task to read when it is empty)" });
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });

  test("people not in the roster: listed by line without leaking their e-mail, nothing imported; --skip-unknown-people imports the rest", async () => {
    await baseWithRoster();
    const before = dumpDatabase(conn.sqlite);
    const outcome = rejected(await importInto(conn, "logs", quirk("toggl-unknown-people.csv"), noAnalysis));
    expect(outcome.issues.map((i) => [i.line, i.column, i.found])).toEqual([
      [3, "Email", "o…@c….example"],
      [5, "Email", "o…@c….example"],
    ]);
    expect(JSON.stringify(outcome)).not.toContain("olga");
    expect(outcome.issues[0].expected).toContain("--skip-unknown-people");
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
    const skipped = expectImported(await importInto(conn, "logs", quirk("toggl-unknown-people.csv"), { ...noAnalysis, choices: { skipUnknownPeople: true } }));
    expect(skipped.import.rowsImported).toBe(2);
    expect(skipped.import.notes).toContain("Skipped 2 row(s), 4.5 h, of 1 person(s) not in the roster (--skip-unknown-people)");
  });

  test("a tracker export without a roster is refused asking for one", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv"), noAnalysis));
    const outcome = rejected(await importInto(conn, "logs", quirk("toggl-base.csv"), noAnalysis));
    expect(outcome.issues[0].expected).toContain("import the roster first");
  });

  test("--format forces a reading: a Toggl file read as Orbital's is refused for Orbital's missing columns", async () => {
    await baseWithRoster();
    const outcome = rejected(await importInto(conn, "logs", quirk("toggl-base.csv"), { ...noAnalysis, choices: { format: "orbital" } }));
    expect(outcome.facts.format).toBe("Orbital task log (--format orbital)");
    expect(outcome.issues.map((i) => i.column)).toContain("employee_id");
    const toggl = expectImported(await importInto(conn, "logs", quirk("toggl-base.csv"), { ...noAnalysis, choices: { format: "toggl" } }));
    expect(toggl.import.notes).toContain("Format: Toggl Track detailed report (--format toggl)");
  });
});
