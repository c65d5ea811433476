/**
 * The import commands, in-process through main(argv) on real files and a real database,
 * and once through the real `bin/orbital.js` in a child process.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { openDatabase } from "../../db/connection";
import { createWorkspace } from "../../db/queries/workspaces";
import { dumpDatabase } from "../../test/support/db-dump";
import { quirk } from "../../test/support/import-helpers";
import { runCli as run } from "../../test/support/run-cli";
import { tempDatabase } from "../../test/support/temp-db";

const ROOT = resolve(import.meta.dirname, "../..");
let conn: ReturnType<typeof tempDatabase>;
let dbPath: string;
beforeEach(() => {
  conn = tempDatabase();
  dbPath = conn.path;
});
afterEach(() => conn.cleanup());

const slugs = () => conn.sqlite.prepare(`SELECT slug FROM workspaces ORDER BY id`).pluck().all();

describe("orbital import", () => {
  test("imports jobs then logs into a new \"default\" workspace, exit 0, and says what it detected", async () => {
    const jobs = await run("import", "jobs", quirk("base-jobs.csv"), "--db", dbPath);
    expect(jobs.code).toBe(0);
    expect(jobs.stdout).toMatch(/^Imported 3 roles from .*base-jobs\.csv into workspace "default" \(import #1, [\d.]+ s\)\.\n {2}Encoding: UTF-8 \(no byte-order mark\)\n {2}Delimiter: comma\n$/);
    const logs = await run("import", "logs", quirk("windows-1252.csv"), "--db", dbPath);
    expect(logs.code).toBe(0);
    expect(logs.stdout).toContain("Imported 3 task log rows");
    expect(logs.stdout).toContain("Encoding: Windows-1252: the file is not valid UTF-8");
    expect(slugs()).toEqual(["default"]);
  });

  test("a rejected file: exit 1, FILE:LINE problems on stderr, nothing changed", async () => {
    await run("import", "jobs", quirk("base-jobs.csv"), "--db", dbPath);
    const before = dumpDatabase(conn.sqlite);
    const file = quirk("negative-hours.csv");
    const result = await run("import", "logs", file, "--db", dbPath);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `${file}:4: column "hours": expected a positive number of hours (negative time cannot be logged), got "-2"\n` +
        `${file}: rejected, nothing was imported (1 problem).\n`,
    );
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });

  test("an .xlsx workbook: --sheet picks the sheet, problems say FILE [Sheet] row N, column", async () => {
    const jobs = await run("import", "jobs", quirk("workbook-jobs.xlsx"), "--sheet", "Job profiles", "--db", dbPath);
    expect(jobs.code).toBe(0);
    expect(jobs.stdout).toContain('Imported 3 roles from');
    expect(jobs.stdout).toContain('Workbook: sheet "Job profiles" (of "Read me", "Job profiles")');
    const before = dumpDatabase(conn.sqlite);
    const file = quirk("workbook-formula-without-result.xlsx");
    const logs = await run("import", "logs", file, "--db", dbPath);
    expect(logs.code).toBe(1);
    expect(logs.stderr).toBe(
      `${file} [Task log] row 2, column "hours": expected a value (this formula has no saved result: open the workbook in Excel and save it again), got "a formula without a saved result"\n` +
        `${file}: rejected, nothing was imported (1 problem).\n`,
    );
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });

  test("at most 50 problems are listed, then a count of the rest", async () => {
    await run("import", "jobs", quirk("base-jobs.csv"), "--db", dbPath);
    const file = join(conn.dir, "many.csv");
    writeFileSync(file, "employee_id,role,date,task,hours\n" + "E1,ENG-2,2026-07-01,x,N/A\n".repeat(73));
    const result = await run("import", "logs", file, "--db", dbPath);
    const lines = result.stderr.trimEnd().split("\n");
    expect(result.code).toBe(1);
    expect(lines).toHaveLength(52);
    expect(lines[49]).toBe(`${file}:51: column "hours": expected a number of hours (like 1.5), got "N/A"`);
    expect(lines[50]).toBe("… and 23 more problems");
  });

  test("the same file again: exit 0, nothing changed; --replace imports it again", async () => {
    await run("import", "jobs", quirk("base-jobs.csv"), "--db", dbPath);
    await run("import", "logs", quirk("utf8-bom.csv"), "--db", dbPath);
    const before = dumpDatabase(conn.sqlite);
    const again = await run("import", "logs", quirk("utf8-bom.csv"), "--db", dbPath);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/was already imported into workspace "default" \(import #2, .* UTC\): nothing changed\.\nUse --replace/);
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
    const replaced = await run("import", "logs", quirk("utf8-bom.csv"), "--db", dbPath, "--replace");
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain("Replaced import #2 (2 rows removed)");
  });

  test("workspace choice: the only one is used; several without --workspace is a usage error listing them", async () => {
    createWorkspace(conn.db, { slug: "acme", name: "Acme" });
    expect((await run("import", "jobs", quirk("base-jobs.csv"), "--db", dbPath)).stdout).toContain('into workspace "acme"');
    createWorkspace(conn.db, { slug: "globex", name: "Globex" });
    const ambiguous = await run("import", "jobs", quirk("base-jobs.csv"), "--db", dbPath);
    expect(ambiguous).toMatchObject({ code: 2, stderr: "orbital: this database has 2 workspaces; choose one with --workspace SLUG: acme, globex\n" });
    const chosen = await run("import", "jobs", quirk("base-jobs.csv"), "--db", dbPath, "--workspace", "globex");
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toContain('into workspace "globex"');
  });

  test("usage errors exit 2: a missing file, a bad slug, an unknown option", async () => {
    expect(await run("import", "jobs", join(conn.dir, "nope.csv"), "--db", dbPath)).toMatchObject({ code: 2, stderr: `orbital: ${join(conn.dir, "nope.csv")}: no such file\n` });
    expect((await run("import", "jobs", quirk("base-jobs.csv"), "--db", dbPath, "--workspace", "Bad Slug")).code).toBe(2);
    expect((await run("import", "jobs", quirk("base-jobs.csv"), "--bogus")).code).toBe(2);
    expect((await run("import", "pets", "x.csv")).code).toBe(2);
  });

  test("--help on every command, exit 0", async () => {
    for (const args of [["import", "--help"], ["import", "jobs", "--help"], ["import", "logs", "--help"], ["imports", "--help"]]) {
      const result = await run(...args);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: orbital /);
    }
    expect((await run("import", "logs", "--help")).stdout).toContain("--replace");
  });
});

describe("orbital import: real-world files", () => {
  test("a Workday job-profile export without a mapping: exit 1 listing the missing fields, the columns found and the closest candidates", async () => {
    const file = quirk("workday-job-profiles.csv");
    const result = await run("import", "jobs", file, "--db", dbPath);
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split("\n");
    const found = 'got "a header row with Job Profile Name, Job Family Group, Management Level, Worker Count, Job Duties, Job Profile Summary"';
    expect(lines.slice(0, -1).map((l) => l.match(/column "(\w+)"/)![1])).toEqual(["title", "department", "level", "headcount", "responsibilities"]);
    for (const line of lines.slice(0, -1)) expect(line).toContain(found);
    expect(lines[0]).toMatch(/closest columns in this file: .*"Job Profile Name"/);
    expect(lines[4]).toContain('closest columns in this file: "Job Duties"');
    expect(lines[0]).toContain("use one with --map title=HEADER");
    expect(lines[3]).toContain('"Worker Count"');
    expect(lines.at(-1)).toBe(`${file}: rejected, nothing was imported (5 problems).`);
    expect(conn.sqlite.prepare(`SELECT count(*) FROM roles`).pluck().get()).toBe(0);
  });

  test("the same Workday export with --map imports, and the history keeps the mapping", async () => {
    const mapped = await run(
      "import", "jobs", quirk("workday-job-profiles.csv"), "--db", dbPath,
      "--map", "title=Job Profile Name", "--map", "department=Job Family Group", "--map", "level=Management Level",
      "--map", "headcount=Worker Count", "--map", "responsibilities=Job Duties", "--map", "description=Job Profile Summary",
    );
    expect(mapped.stderr).toBe("");
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toContain("Imported 2 roles");
    expect(mapped.stdout).toContain('Mapping: title ← "Job Profile Name", department ← "Job Family Group", level ← "Management Level", headcount ← "Worker Count", responsibilities ← "Job Duties", description ← "Job Profile Summary"');
    const notes = conn.sqlite.prepare(`SELECT notes FROM imports`).pluck().get() as string;
    expect(notes).toContain("Mapping: title");
    expect(conn.sqlite.prepare(`SELECT title, headcount FROM roles ORDER BY id`).raw().all()).toEqual([["Payroll Specialist", 6], ["Recruiter", 3]]);
  });

  test("a bad --map is a usage error (exit 2); a mapped header the file lacks is a refusal naming the closest", async () => {
    expect(await run("import", "jobs", quirk("workday-job-profiles.csv"), "--db", dbPath, "--map", "title")).toMatchObject({ code: 2 });
    const result = await run("import", "jobs", quirk("workday-job-profiles.csv"), "--db", dbPath, "--map", "title=Job Profile");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('expected a column "Job Profile" for --map title=… (closest in this file: "Job Profile Name"');
  });

  test("roster then a Toggl export: the format recognized, people found through the roster; --format and --date-format are checked", async () => {
    await run("import", "jobs", quirk("base-jobs.csv"), "--db", dbPath);
    const roster = await run("import", "roster", quirk("roster-base.csv"), "--db", dbPath);
    expect(roster.code).toBe(0);
    expect(roster.stdout).toContain("Imported 4 people");
    expect(roster.stdout).toContain("Headcount: 3 role(s) now count people from the roster");
    const toggl = await run("import", "logs", quirk("toggl-base.csv"), "--db", dbPath);
    expect(toggl.code).toBe(0);
    expect(toggl.stdout).toContain("Format: Toggl Track detailed report (recognized from the header)");
    expect(toggl.stdout).toContain("Columns not imported: Client, Project, Billable, Start time, End date, End time, Tags, Amount (EUR)");
    expect((await run("import", "logs", quirk("toggl-base.csv"), "--db", dbPath, "--format", "kimai")).code).toBe(2);
    expect((await run("import", "logs", quirk("toggl-base.csv"), "--db", dbPath, "--date-format", "YMD")).code).toBe(2);
    const unknown = await run("import", "logs", quirk("toggl-unknown-people.csv"), "--db", dbPath);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).not.toContain("olga.ivanova");
    const skipped = await run("import", "logs", quirk("toggl-unknown-people.csv"), "--db", dbPath, "--skip-unknown-people");
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toContain("Skipped 2 row(s), 4.5 h, of 1 person(s) not in the roster");
  });
});

describe("orbital imports", () => {
  test("lists the history of the workspace", async () => {
    expect((await run("imports", "--db", dbPath)).stdout).toBe("No imports yet.\n");
    await run("import", "jobs", quirk("base-jobs.csv"), "--db", dbPath);
    await run("import", "logs", quirk("utf8-bom.csv"), "--db", dbPath);
    const result = await run("imports", "--db", dbPath);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe('Imports in workspace "default":');
    expect(lines[1]).toMatch(/^#\s+kind\s+status\s+rows\s+file\s+checksum\s+finished \(UTC\)\s+by$/);
    expect(lines[2]).toMatch(/^2\s+logs\s+imported\s+2\/2\s+utf8-bom\.csv\s+[0-9a-f]{12}\s+\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\s+cli$/);
    expect(lines[3]).toMatch(/^1\s+jobs\s+imported\s+3\/3\s+base-jobs\.csv/);
  });
});

test("bin/orbital.js runs as a real process with the documented exit codes", () => {
  conn.close();
  const env = { ...process.env, ORBITAL_DB: dbPath };
  const bin = join(ROOT, "bin/orbital.js");
  const ok = spawnSync(process.execPath, [bin, "import", "jobs", quirk("base-jobs.csv")], { env, encoding: "utf8" });
  expect(ok.status).toBe(0);
  expect(ok.stdout).toContain("Imported 3 roles");
  const rejected = spawnSync(process.execPath, [bin, "import", "logs", quirk("unknown-role.csv")], { env, encoding: "utf8" });
  expect(rejected.status).toBe(1);
  expect(rejected.stderr).toContain(':4: column "role": expected a known role_id or exact job title (closest: "Software Engineer"');
  const reopened = openDatabase(dbPath);
  expect(reopened.sqlite.prepare(`SELECT count(*) FROM task_logs`).pluck().get()).toBe(0);
  reopened.close();
});
