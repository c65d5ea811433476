/**
 * The committed demo organization (fixtures/demo/) is exactly what `npm run fixtures` writes, and
 * it keeps the promises docs/demo-data.md makes: the counts, the columns, the hours rules, the
 * share of log rows that link to task statements.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import Papa from "papaparse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { normalizeTaskText } from "../../app/analyzer/normalize";
import { runFixturesCli } from "../../scripts/fixtures/cli";
import { DEMO_DIR } from "../../scripts/fixtures/files";
import { generateOrganization, LEVEL_RUNGS } from "../../scripts/fixtures/organization";
import { DEMO_LOGS, generateTaskLogs, MILLION_LOGS, type TaskLogRow } from "../../scripts/fixtures/timesheets";
import { writeTaskLogs } from "../../scripts/fixtures/write";

const JOB_COLUMNS = ["role_id", "title", "department", "level", "headcount", "annual_cost", "location", "responsibilities", "outcomes", "description"];
const LOG_COLUMNS = ["employee_id", "role", "date", "task", "hours", "tool", "outcome"];
const TOOLS = new Set(["", "ChatGPT", "Copilot", "GitHub Copilot", "Claude", "Gemini", "Orbit Assistant"]);

type Job = Record<(typeof JOB_COLUMNS)[number], string>;
type Log = Record<(typeof LOG_COLUMNS)[number], string>;

function parse<T>(path: string): { rows: T[]; fields: string[] } {
  const text = readFileSync(path, "utf8");
  expect(text.endsWith("\n") && !text.endsWith("\n\n"), `${path} ends with one line break`).toBe(true);
  // Without the final line break, any blank line inside the file would be a parse error here.
  const result = Papa.parse<T>(text.slice(0, -1), { header: true, skipEmptyLines: false });
  expect(result.errors, path).toEqual([]);
  return { rows: result.data, fields: result.meta.fields ?? [] };
}

/** Monday of the date's week, as YYYY-MM-DD. */
function mondayOf(date: string): string {
  const ms = Date.parse(`${date}T00:00:00Z`);
  const weekday = new Date(ms).getUTCDay() || 7;
  return new Date(ms - (weekday - 1) * 86_400_000).toISOString().slice(0, 10);
}

let jobs: Job[];
let logs: Log[];

beforeAll(() => {
  const j = parse<Job>(join(DEMO_DIR, "jobs.csv"));
  const l = parse<Log>(join(DEMO_DIR, "task_logs.csv"));
  expect(j.fields).toEqual(JOB_COLUMNS);
  expect(l.fields).toEqual(LOG_COLUMNS);
  jobs = j.rows;
  logs = l.rows;
});

describe("fixtures/demo", () => {
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it("is exactly what `npm run fixtures` writes now (run it and commit when this fails)", async () => {
    dir = mkdtempSync(join(tmpdir(), "orbital-fixtures-"));
    let said = "";
    const code = await runFixturesCli(["--dir", dir], { out: (t) => (said += t), err: (t) => (said += t) });
    expect(code, said).toBe(0);
    for (const name of ["jobs.csv", "task_logs.csv", "survey.csv"]) {
      const fresh = readFileSync(join(dir, name));
      const committed = readFileSync(join(DEMO_DIR, name));
      expect(fresh.equals(committed), `fixtures/demo/${name} differs from the generator's output`).toBe(true);
    }
    const rows = logs.length.toLocaleString("en-US");
    expect(said).toMatch(new RegExp(`jobs\\.csv: ${jobs.length} roles \\(\\d+ kB\\)\n.*task_logs\\.csv: ${rows} rows \\([\\d.]+ MB\\)\n.*survey\\.csv: [\\d,]+ responses \\(\\d+ kB\\)\n$`));
  });

  it("keeps task_logs.csv under 8 MB", () => {
    expect(statSync(join(DEMO_DIR, "task_logs.csv")).size).toBeLessThan(8_000_000);
  });
});

describe("jobs.csv", () => {
  it("describes 40+ roles in 8+ departments, 1,000+ people, every rung of the ladder", () => {
    expect(jobs.length).toBeGreaterThanOrEqual(40);
    expect(new Set(jobs.map((j) => j.department)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(jobs.map((j) => j.role_id)).size).toBe(jobs.length);
    const headcount = jobs.reduce((n, j) => n + Number(j.headcount), 0);
    expect(headcount).toBeGreaterThanOrEqual(1000);
    expect(new Set(jobs.map((j) => LEVEL_RUNGS[j.level]))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6]));
  });

  it("has plain numbers for headcount and annual cost, a fraction only for part-time roles", () => {
    for (const j of jobs) {
      expect(j.headcount, j.role_id).toMatch(/^\d+(\.5)?$/);
      expect(j.annual_cost, j.role_id).toMatch(/^\d+$/);
    }
    expect(jobs.filter((j) => j.headcount.includes(".")).length).toBeGreaterThanOrEqual(1);
  });

  it("writes responsibilities as multi-line bullets of several styles, some with semicolons", () => {
    const firstLines = jobs.map((j) => j.responsibilities.split("\n")[0]);
    expect(firstLines.some((l) => l.startsWith("• "))).toBe(true);
    expect(firstLines.some((l) => l.startsWith("  - "))).toBe(true);
    expect(firstLines.some((l) => l.startsWith("1. "))).toBe(true);
    expect(jobs.every((j) => j.responsibilities.includes("\n"))).toBe(true);
    expect(jobs.filter((j) => j.responsibilities.includes("; ")).length).toBeGreaterThanOrEqual(3);
  });

  it("never needed the spreadsheet-formula guard (no cell starts with ' = + - @)", () => {
    for (const j of jobs) for (const value of Object.values(j)) expect(value).not.toMatch(/^['=+\-@]/);
  });
});

describe("task_logs.csv", () => {
  const statementsOf = (job: Job) => new Set(job.responsibilities.split(/\r?\n|;/).map(normalizeTaskText).filter(Boolean));

  it("holds a quarter of a pilot: 50,000–80,000 rows over Q3 2026's working days", () => {
    expect(logs.length).toBeGreaterThanOrEqual(50_000);
    expect(logs.length).toBeLessThanOrEqual(80_000);
    const dates = new Set(logs.map((l) => l.date));
    for (const date of dates) {
      expect(date).toMatch(/^2026-(07|08|09)-\d{2}$/);
      const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
      expect(weekday, date).not.toBe(0);
      expect(weekday, date).not.toBe(6);
    }
    expect(dates.has("2026-07-03") || dates.has("2026-09-07")).toBe(false);
    expect(dates.has("2026-07-01") && dates.has("2026-09-30")).toBe(true);
  });

  it("uses known role ids, E-number employees who each keep one role, known tools and short outcomes", () => {
    const roleIds = new Set(jobs.map((j) => j.role_id));
    const roleOf = new Map<string, string>();
    const wrong: string[] = [];
    logs.forEach((l, i) => {
      const line = `line ${i + 2}`;
      if (!roleIds.has(l.role)) wrong.push(`${line}: unknown role ${l.role}`);
      if (!/^E\d{5}$/.test(l.employee_id)) wrong.push(`${line}: employee ${l.employee_id}`);
      if ((roleOf.get(l.employee_id) ?? l.role) !== l.role) wrong.push(`${line}: ${l.employee_id} changed role`);
      roleOf.set(l.employee_id, l.role);
      if (!TOOLS.has(l.tool)) wrong.push(`${line}: tool ${l.tool}`);
      if (l.outcome.length > 40) wrong.push(`${line}: long outcome`);
      if (l.task.trim() === "") wrong.push(`${line}: empty task`);
      if (Object.values(l).some((v) => /^['=+\-@]/.test(v))) wrong.push(`${line}: formula-like cell`);
    });
    expect(wrong.slice(0, 10)).toEqual([]);
  });

  it("logs hours in quarter-hour steps, above 0 and at most 10 per row", () => {
    const bad = logs.filter((l) => {
      const hours = Number(l.hours);
      return !(hours > 0 && hours <= 10 && Number.isInteger(hours * 4) && /^\d+(\.\d+)?$/.test(l.hours));
    });
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it("adds up to 32–45 hours a week for full-timers (about half for part-timers) in every full week", () => {
    const weekly = new Map<string, Map<string, number>>();
    for (const l of logs) {
      const monday = mondayOf(l.date);
      if (monday < "2026-07-06" || monday > "2026-09-21") continue; // weeks cut by the quarter's edges
      const weeks = weekly.get(l.employee_id) ?? new Map<string, number>();
      weeks.set(monday, (weeks.get(monday) ?? 0) + Number(l.hours));
      weekly.set(l.employee_id, weeks);
    }
    const partTimeRoles = new Set(jobs.filter((j) => j.headcount.includes(".")).map((j) => j.role_id));
    const roleOf = new Map(logs.map((l) => [l.employee_id, l.role]));
    const wrong: string[] = [];
    let partTimers = 0;
    for (const [employee, weeks] of weekly) {
      const totals = [...weeks.values()];
      const partTime = Math.max(...totals) < 30;
      if (partTime) partTimers++;
      const [lo, hi] = partTime ? [16, 22.5] : [32, 45];
      if (partTime && !partTimeRoles.has(roleOf.get(employee)!)) wrong.push(`${employee} works part-time in ${roleOf.get(employee)}`);
      for (const [monday, total] of weeks) if (total < lo || total > hi) wrong.push(`${employee} week of ${monday}: ${total} h`);
    }
    expect(wrong.slice(0, 10)).toEqual([]);
    expect(partTimers).toBeGreaterThanOrEqual(1);
  });

  it("comes from 60–80% of the headcount of the roles that log, and 3–4 roles log nothing", () => {
    const employees = new Map<string, Set<string>>();
    for (const l of logs) employees.set(l.role, (employees.get(l.role) ?? new Set()).add(l.employee_id));
    const logging = jobs.filter((j) => employees.has(j.role_id));
    const headcount = logging.reduce((n, j) => n + Math.ceil(Number(j.headcount)), 0);
    const people = [...employees.values()].reduce((n, s) => n + s.size, 0);
    expect(people / headcount).toBeGreaterThanOrEqual(0.6);
    expect(people / headcount).toBeLessThanOrEqual(0.8);
    const silent = jobs.length - logging.length;
    expect(silent).toBeGreaterThanOrEqual(3);
    expect(silent).toBeLessThanOrEqual(4);
    // The CEO and CFO log alone in their roles: below any k-anonymity threshold.
    expect(employees.get("EXEC-CEO")?.size).toBe(1);
    expect(employees.get("FIN-CFO")?.size).toBe(1);
  });

  it("links about a third of each role's rows to one of its task statements", () => {
    const byRole = new Map<string, { linked: number; rows: number }>();
    const statements = new Map(jobs.map((j) => [j.role_id, statementsOf(j)]));
    for (const l of logs) {
      const entry = byRole.get(l.role) ?? { linked: 0, rows: 0 };
      entry.rows++;
      if (statements.get(l.role)!.has(normalizeTaskText(l.task))) entry.linked++;
      byRole.set(l.role, entry);
    }
    for (const [role, { linked, rows }] of byRole) {
      if (rows < 200) continue; // too few rows for a share to mean much
      expect(linked / rows, role).toBeGreaterThan(0.25);
      expect(linked / rows, role).toBeLessThan(0.42);
    }
  });

  it("has a few thousand distinct task texts", () => {
    const distinct = new Set(logs.map((l) => normalizeTaskText(l.task))).size;
    expect(distinct).toBeGreaterThanOrEqual(2_000);
    expect(distinct).toBeLessThanOrEqual(10_000);
  });

  it("shows AI tools far more often in Engineering than in the warehouse", () => {
    const department = new Map(jobs.map((j) => [j.role_id, j.department]));
    const share = (name: string) => {
      const rows = logs.filter((l) => department.get(l.role) === name);
      return rows.filter((l) => l.tool !== "").length / rows.length;
    };
    expect(share("Engineering")).toBeGreaterThan(0.2);
    expect(share("Operations")).toBeLessThan(0.05);
  });
});

describe("the generator", () => {
  const take = (rows: Iterable<TaskLogRow>, n: number) => {
    const out: TaskLogRow[] = [];
    for (const row of rows) if (out.push(row) >= n) break;
    return out;
  };

  it("is deterministic, and a different seed gives different rows", () => {
    const org = generateOrganization();
    const once = take(generateTaskLogs(org, DEMO_LOGS), 3_000);
    expect(take(generateTaskLogs(generateOrganization(), DEMO_LOGS), 3_000)).toEqual(once);
    expect(take(generateTaskLogs(org, { ...DEMO_LOGS, seed: "another" }), 3_000)).not.toEqual(once);
  });

  it("makes the million-row file from the demo's role ids and stops at maxRows", () => {
    const roleIds = new Set(generateOrganization().roles.map((r) => r.id));
    const rows = take(generateTaskLogs(generateOrganization(), { ...MILLION_LOGS, maxRows: 20_000 }), 30_000);
    expect(rows).toHaveLength(20_000);
    expect(rows[0].date).toBe("2025-10-01");
    for (const r of rows) {
      expect(roleIds.has(r.role)).toBe(true);
      expect(r.hours > 0 && r.hours <= 10 && Number.isInteger(r.hours * 4)).toBe(true);
    }
  });

  it("writes task logs through a slow stream without piling them up in memory, and they parse back", async () => {
    const rows = take(generateTaskLogs(generateOrganization(), DEMO_LOGS), 5_000);
    const chunks: string[] = [];
    let drains = 0;
    let maxBuffered = 0;
    const slow = new Writable({
      highWaterMark: 4_096,
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString("utf8"));
        setImmediate(done);
      },
    });
    slow.on("drain", () => drains++);
    const written = writeTaskLogs(rows, slow);
    const watch = setInterval(() => (maxBuffered = Math.max(maxBuffered, slow.writableLength)), 1);
    expect(await written).toBe(rows.length);
    clearInterval(watch);
    expect(drains).toBeGreaterThan(0);
    expect(maxBuffered).toBeLessThan(200_000);
    const parsed = Papa.parse<Log>(chunks.join(""), { header: true, skipEmptyLines: true }).data;
    expect(parsed.map((p) => [p.employee_id, p.role, p.date, p.task, Number(p.hours), p.tool, p.outcome])).toEqual(
      rows.map((r) => [r.employeeId, r.role, r.date, r.task, r.hours, r.tool, r.outcome]),
    );
  });
});
