/**
 * The CSV exports' tables against the tiny organization (test/support/tiny-organization.ts),
 * whose figures are computed by hand there: hours, shares, FTE and cost per role and per
 * department, "fewer than k people" wherever the page would hide a number, and tasks with
 * their classification.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { refreshAfterOverride } from "../../db/pipeline/refresh";
import { getOrganizationClassShares, listRoleSummaries } from "../../db/queries/dashboard";
import { addOverride } from "../../db/queries/overrides";
import { setKThreshold } from "../../db/queries/workspace-admin";
import { analyzedTinyOrganization } from "../../test/support/tiny-organization";
import { tempDatabase } from "../../test/support/temp-db";
import type { CsvTable } from "./csv-table";
import { departmentsCsv, rolesCsv } from "./figures-csv.server";
import { overridesCsv, tasksCsv } from "./tasks-csv.server";

let conn: ReturnType<typeof tempDatabase>;
let ws: number;
beforeEach(() => {
  conn = tempDatabase();
  ws = analyzedTinyOrganization(conn, 3).workspaceId;
});
afterEach(() => conn.cleanup());

/** Rows as objects keyed by the header, to read a cell by its column name. */
const records = (table: CsvTable) => [...table.rows].map((row) => Object.fromEntries(table.header.map((h, i) => [h, row[i]])));
const pick = (record: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, record[k]]));
const HIDDEN = "fewer than 3 people";

describe("roles.csv", () => {
  const TIME = ["weighting", "annual_hours", "automatable_hours", "democratized_hours", "specialized_hours", "automatable_share", "democratized_share", "specialized_share", "automatable_fte", "democratized_fte", "specialized_fte", "logged_hours", "people_logging"];

  test("one row per role in the dashboards' order, with hand-computed figures", () => {
    const rows = records(rolesCsv(conn.db, ws, {}, 3));
    expect(rows.map((r) => [r.role_id, r.title, r.department, r.level, r.level_as_written, r.location, r.headcount])).toEqual([
      ["analyst", "Analyst", "Finance", "Junior", "L1", "London", 4],
      ["manager", "Finance Manager", "Finance", "Lead/Manager", "L4", "London", 1],
      ["clerk", "Clerk", "Operations", "Entry", "L0", "Leeds", 10],
      ["planner", "Planner", "Operations", "Mid", "L2", "Leeds", 2],
      ["director", "Operations Director", "Operations", "Director", "L5", "Leeds", 3],
    ]);
    expect(pick(rows[0], TIME)).toEqual({
      weighting: "task logs",
      annual_hours: 7040,
      automatable_hours: 3168,
      democratized_hours: 2112,
      specialized_hours: 1760,
      automatable_share: 0.45,
      democratized_share: 0.3,
      specialized_share: 0.25,
      automatable_fte: 1.8,
      democratized_fte: 1.2,
      specialized_fte: 1,
      logged_hours: 6.7,
      people_logging: 3,
    });
    expect(pick(rows[2], ["weighting", "annual_hours", "automatable_hours", "democratized_hours", "specialized_hours", "logged_hours", "people_logging"])).toEqual({
      weighting: "job description",
      annual_hours: 17600,
      automatable_hours: 10560,
      democratized_hours: 3520,
      specialized_hours: 3520,
      logged_hours: null,
      people_logging: null,
    });
    expect(pick(rows[0], ["annual_cost_per_fte", "annual_cost"])).toEqual({ annual_cost_per_fte: 60000, annual_cost: 240000 });
    // The director's cost is unknown (blank), not hidden.
    expect(pick(rows[4], ["annual_cost_per_fte", "annual_cost"])).toEqual({ annual_cost_per_fte: null, annual_cost: null });
  });

  test("each role's shares carry the expected share and 90% range of decision 103 (the Clerk's computed by hand)", () => {
    const rows = records(rolesCsv(conn.db, ws, {}, 3));
    // Clerk: five statements, a fifth of the time each, automatable p = .8, .9, .75, .05, .225
    // (class-ranges.test.ts): expected 0.545, half-width 1.6449 · 0.16240 = 0.26714.
    expect(rows[2].automatable_expected_share).toBe(0.545);
    expect(rows[2].automatable_share_low_90).toBeCloseTo(0.545 - 0.26714, 3);
    expect(rows[2].automatable_share_high_90).toBeCloseTo(0.545 + 0.26714, 3);
    for (const r of rows.filter((row) => row.weighting !== "not analysed")) {
      const expected = ["automatable", "democratized", "specialized"].map((c) => Number(r[`${c}_expected_share`]));
      expect(expected.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
      for (const c of ["automatable", "democratized", "specialized"]) {
        expect(Number(r[`${c}_share_low_90`])).toBeLessThanOrEqual(Number(r[`${c}_expected_share`]));
        expect(Number(r[`${c}_share_high_90`])).toBeGreaterThanOrEqual(Number(r[`${c}_expected_share`]));
      }
    }
    // The Planner has no analysed time: no range. Under k = 4 the Analyst's range is hidden like its shares.
    expect(rows[3].automatable_expected_share).toBeNull();
    setKThreshold(conn.db, ws, 4);
    const analyst = records(rolesCsv(conn.db, ws, {}, 4))[0];
    expect(pick(analyst, ["automatable_expected_share", "specialized_share_high_90"])).toEqual({ automatable_expected_share: "fewer than 4 people", specialized_share_high_90: "fewer than 4 people" });
  });

  test("a role with no tasks reads \"not analysed\" with blank figures", () => {
    const planner = records(rolesCsv(conn.db, ws, {}, 3))[3];
    expect(planner.weighting).toBe("not analysed");
    for (const column of TIME.slice(1)) expect(planner[column], column).toBeNull();
  });

  test("cost of a role with fewer than k people, and time logged by fewer than k, read \"fewer than k people\"", () => {
    const rows = records(rolesCsv(conn.db, ws, {}, 3));
    // Finance Manager (1 person) and Planner (2): their pay would be one or two people's.
    expect(pick(rows[1], ["annual_cost_per_fte", "annual_cost"])).toEqual({ annual_cost_per_fte: HIDDEN, annual_cost: HIDDEN });
    expect(pick(rows[3], ["annual_cost_per_fte", "annual_cost"])).toEqual({ annual_cost_per_fte: HIDDEN, annual_cost: HIDDEN });
    setKThreshold(conn.db, ws, 4);
    const analyst = records(rolesCsv(conn.db, ws, {}, 4))[0];
    for (const column of TIME.slice(1)) expect(analyst[column], column).toBe("fewer than 4 people");
    expect(analyst.weighting).toBe("task logs");
    // No number of the suppressed role is anywhere in its row.
    expect(Object.values(analyst).filter((v) => typeof v === "number")).toEqual([4, 60000, 240000]);
  });

  test("the filter selects the rows; an empty selection is a header only", () => {
    expect(records(rolesCsv(conn.db, ws, { department: ["Operations"], level: [0, 5] }, 3)).map((r) => r.role_id)).toEqual(["clerk", "director"]);
    expect(rolesCsv(conn.db, ws, { location: ["Nowhere"] }, 3).rows).toEqual([]);
  });
});

describe("departments.csv", () => {
  test("the selection, then each department, with hand-computed hours and shares", () => {
    const rows = records(departmentsCsv(conn.db, ws, {}, 3));
    const cols = ["scope", "department", "roles", "headcount", "annual_hours", "automatable_hours", "democratized_hours", "specialized_hours", "automatable_share", "democratized_share", "specialized_share"];
    expect(rows.map((r) => pick(r, cols))).toEqual([
      { scope: "all selected roles", department: null, roles: 5, headcount: 20, annual_hours: 31680, automatable_hours: 15048, democratized_hours: 7832, specialized_hours: 8800, automatable_share: 0.475, democratized_share: 0.2472, specialized_share: 0.2778 },
      { scope: "department", department: "Finance", roles: 2, headcount: 5, annual_hours: 8800, automatable_hours: 3168, democratized_hours: 2992, specialized_hours: 2640, automatable_share: 0.36, democratized_share: 0.34, specialized_share: 0.3 },
      { scope: "department", department: "Operations", roles: 3, headcount: 15, annual_hours: 22880, automatable_hours: 11880, democratized_hours: 4840, specialized_hours: 6160, automatable_share: 0.5192, democratized_share: 0.2115, specialized_share: 0.2692 },
    ]);
    const organization = getOrganizationClassShares(conn.db, ws, {});
    expect(rows[0].atomization).toBe(Math.round(organization.figures!.atomization! * 1e4) / 1e4);
    // Each share's expected value and 90% range (decision 103): expected shares sum to 1, each range brackets its expected share.
    for (const r of rows) {
      const expected = ["automatable", "democratized", "specialized"].map((c) => Number(r[`${c}_expected_share`]));
      expect(expected.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 3);
      for (const c of ["automatable", "democratized", "specialized"]) {
        expect(Number(r[`${c}_share_low_90`])).toBeLessThanOrEqual(Number(r[`${c}_expected_share`]));
        expect(Number(r[`${c}_share_high_90`])).toBeGreaterThanOrEqual(Number(r[`${c}_expected_share`]));
      }
    }
  });

  test("groups whose logs come from fewer than k people are suppressed; job-description-only groups are not", () => {
    setKThreshold(conn.db, ws, 4);
    const rows = records(departmentsCsv(conn.db, ws, {}, 4));
    expect(rows[0].annual_hours).toBe("fewer than 4 people");
    expect(rows[1]).toMatchObject({ department: "Finance", roles: 2, headcount: 5, annual_hours: "fewer than 4 people", atomization: "fewer than 4 people", automatable_expected_share: "fewer than 4 people" });
    expect(rows[2]).toMatchObject({ department: "Operations", annual_hours: 22880 });
  });
});

describe("tasks.csv", () => {
  test("each selected role's tasks in the role page's order, hours hidden where fewer than k logged them", () => {
    setKThreshold(conn.db, ws, 2);
    const rows = records(tasksCsv(conn.db, ws, { department: ["Finance"] }, 2)).filter((r) => r.role_id === "analyst");
    expect(rows.map((r) => pick(r, ["task", "in_job_description", "logged", "class", "atom", "confidence", "annual_hours", "logged_hours"]))).toEqual([
      { task: "Compile weekly report", in_job_description: "yes", logged: "yes", class: "automatable", atom: "organize", confidence: 0.9, annual_hours: 3168, logged_hours: 3 },
      { task: "Analyze variance", in_job_description: "no", logged: "yes", class: "democratized", atom: "analyze", confidence: 0.6, annual_hours: 2112, logged_hours: 2 },
      // Logged by e2 alone.
      { task: "Present to CFO", in_job_description: "no", logged: "yes", class: "specialized", atom: "relate", confidence: 0.5, annual_hours: "fewer than 2 people", logged_hours: "fewer than 2 people" },
      { task: "Reconcile accounts", in_job_description: "yes", logged: "no", class: "automatable", atom: "organize", confidence: 0.95, annual_hours: 0, logged_hours: null },
    ]);
    expect(rows[0]).toMatchObject({ role_title: "Analyst", department: "Finance", level: "Junior", overridden: "no", classifier_class: "automatable" });
    // The classifier's three probabilities, summing to 1: the test classifier puts its confidence
    // on the class and splits the rest evenly.
    expect(rows.map((r) => pick(r, ["p_automatable", "p_democratized", "p_specialized"]))).toEqual([
      { p_automatable: 0.9, p_democratized: 0.05, p_specialized: 0.05 },
      { p_automatable: 0.2, p_democratized: 0.6, p_specialized: 0.2 },
      { p_automatable: 0.25, p_democratized: 0.25, p_specialized: 0.5 },
      { p_automatable: 0.95, p_democratized: 0.025, p_specialized: 0.025 },
    ]);
  });

  test("an overridden task keeps the classifier's probabilities beside the person's class", () => {
    expect(addOverride(conn.db, { workspaceId: ws, norm: "Compile weekly report", class: "specialized", reason: "client-facing", userId: null, actor: "ann@example.com" }).ok).toBe(true);
    refreshAfterOverride(conn, ws);
    const row = records(tasksCsv(conn.db, ws, { department: ["Finance"] }, 3)).find((r) => r.role_id === "analyst" && r.task === "Compile weekly report")!;
    expect(pick(row, ["class", "overridden", "classifier_class", "p_automatable", "p_specialized"])).toEqual({ class: "specialized", overridden: "yes", classifier_class: "automatable", p_automatable: 0.9, p_specialized: 0.05 });
  });

  test("rows for every selected role, and none for roles outside the filter", () => {
    const table = records(tasksCsv(conn.db, ws, {}, 3));
    const byRole = new Map<unknown, number>();
    for (const r of table) byRole.set(r.role_id, (byRole.get(r.role_id) ?? 0) + 1);
    expect(Object.fromEntries(byRole)).toEqual({ analyst: 4, manager: 2, clerk: 5, director: 4 });
    expect(records(tasksCsv(conn.db, ws, { department: ["Operations"] }, 3)).every((r) => r.department === "Operations")).toBe(true);
    expect(listRoleSummaries(conn.db, ws, {}).length).toBe(5);
  });
});

describe("overrides.csv", () => {
  test("empty: a header only; then every override newest first with old → new and who", () => {
    expect(overridesCsv(conn.db, ws)).toEqual({ header: ["created_at", "by", "task", "from_class", "from_atom", "to_class", "to_atom", "reason", "in_force"], rows: [] });
    for (const [cls, reason] of [["specialized", "needs judgment"], ["democratized", "=on second thought"]] as const) {
      expect(addOverride(conn.db, { workspaceId: ws, norm: "Enter invoices", class: cls, reason, userId: null, actor: "ann@example.com" }).ok).toBe(true);
    }
    refreshAfterOverride(conn, ws);
    const rows = records(overridesCsv(conn.db, ws));
    expect(rows.map((r) => pick(r, ["by", "task", "from_class", "to_class", "to_atom", "reason", "in_force"]))).toEqual([
      { by: "ann@example.com", task: "Enter invoices", from_class: "specialized", to_class: "democratized", to_atom: "organize", reason: "=on second thought", in_force: "yes" },
      { by: "ann@example.com", task: "Enter invoices", from_class: "automatable", to_class: "specialized", to_atom: "organize", reason: "needs judgment", in_force: "no" },
    ]);
    expect(rows[0].created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
  });
});
