/**
 * The dashboards' long lists on an organization of 230 roles in 25 departments (decision 154),
 * on a real SQLite file: a ranked table shows PAGE_SIZE rows a page and the chart drawn from it
 * the same rows; department lists show their TOP_N largest until "show all"; a bad page or list
 * name is a 400 that says why; the CSV downloads still have every role.
 */
import Papa from "papaparse";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { getRedesignScenario, getSeniorityCompression, listGroupClassShares } from "../../db/queries/dashboard";
import { rolesCsv } from "../../app/exports/figures-csv.server";
import { csvStream } from "../../app/exports/csv-export.server";
import { redesignCsv } from "../../app/exports/redesign-csv.server";
import { PAGE_SIZE, TOP_N } from "../../app/dashboard/paging";
import { parseScenarioParams } from "../../app/dashboard/scenario-params";
import { loadOverview } from "../../app/routes/w.$workspace._index/overview.server";
import { loadRedesign } from "../../app/routes/w.$workspace.redesign/redesign.server";
import { loadSeniority } from "../../app/routes/w.$workspace.seniority/seniority.server";
import { dashboardContext, thrownData } from "../support/dashboard-context";
import { analyzedManyRoles } from "../support/many-roles";
import { tempDatabase } from "../support/temp-db";

const ROLES = 230;
const DEPARTMENTS = 25;

let conn: ReturnType<typeof tempDatabase>;
let workspaceId: number;
beforeEach(() => {
  conn = tempDatabase();
  workspaceId = analyzedManyRoles(conn, ROLES, DEPARTMENTS).workspaceId;
});
afterEach(() => conn.cleanup());

async function csvRows(table: Parameters<typeof csvStream>[0]): Promise<string[][]> {
  const text = await new Response(csvStream(table)).text();
  return Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: true }).data;
}

/** Department names, largest headcount first (ties: the query's order). */
function departmentsBySize(): string[] {
  return [...listGroupClassShares(conn.db, workspaceId, {}, "department")].sort((a, b) => b.headcount - a.headcount).map((d) => String(d.key));
}

describe("Redesign", () => {
  test("the roles table and the quadrant show one page of the ranking; pages follow each other without gap or overlap", () => {
    const ranking = getRedesignScenario(conn.db, workspaceId, {}, { adoption: 0.5, elasticity: 0.5 }).roles.map((r) => r.roleId);
    expect(ranking).toHaveLength(ROLES);
    const seen: number[] = [];
    for (const page of [1, 2, 3]) {
      const view = loadRedesign(dashboardContext(conn, workspaceId, page === 1 ? "" : `?page=${page}`));
      expect(view.rolesPage).toEqual({ page, pageCount: 3, pageSize: PAGE_SIZE, total: ROLES, first: (page - 1) * PAGE_SIZE + 1, last: Math.min(ROLES, page * PAGE_SIZE) });
      expect(view.roles.length).toBe(page < 3 ? PAGE_SIZE : ROLES - 2 * PAGE_SIZE);
      // Ranks continue across pages; the quadrant (and its hidden data table) draws the same roles.
      expect(view.roles[0].rank).toBe((page - 1) * PAGE_SIZE + 1);
      expect(view.points.map((p) => Number(p.key))).toEqual(view.roles.map((r) => r.roleId));
      seen.push(...view.roles.map((r) => r.roleId));
    }
    expect(seen).toEqual(ranking);
  });

  test("a page past the end shows the last page; a malformed one is a 400 that says why", () => {
    expect(loadRedesign(dashboardContext(conn, workspaceId, "?page=40")).rolesPage.page).toBe(3);
    expect(thrownData(() => loadRedesign(dashboardContext(conn, workspaceId, "?page=0")))).toEqual({
      status: 400,
      message: 'This link is not valid: page must be a whole number from 1, got "0".',
    });
    expect(thrownData(() => loadRedesign(dashboardContext(conn, workspaceId, "?show=roles"))).status).toBe(400);
  });

  test("the department table and projection list the largest departments, all of them with ?show=departments", () => {
    const largest = departmentsBySize().slice(0, TOP_N);
    const view = loadRedesign(dashboardContext(conn, workspaceId));
    expect(view.departments.map((d) => d.department).sort()).toEqual([...largest].sort());
    expect(view.departmentsShown).toEqual({ total: DEPARTMENTS, isAll: false, hidden: DEPARTMENTS - TOP_N });
    // The projection's summary row still sums every department.
    const [summary, ...rows] = view.projection;
    expect(summary).toMatchObject({ isSummary: true, label: "All departments" });
    expect(summary.current).toBe(getRedesignScenario(conn.db, workspaceId, {}, { adoption: 0.5, elasticity: 0.5 }).roles.reduce((s, r) => s + r.headcount, 0));
    expect(rows.map((r) => r.key).sort()).toEqual([...largest].sort());

    const all = loadRedesign(dashboardContext(conn, workspaceId, "?show=departments"));
    expect(all.departments).toHaveLength(DEPARTMENTS);
    expect(all.departmentsShown).toEqual({ total: DEPARTMENTS, isAll: true, hidden: 0 });
  });

  test("redesign.csv has every role, in the page's order, for the scenario in the link", async () => {
    const parsed = parseScenarioParams(new URLSearchParams("?adoption=30&elasticity=1.5"));
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = await csvRows(redesignCsv(conn.db, workspaceId, {}, 3, parsed.scenario));
    expect(header.slice(0, 8)).toEqual(["rank", "role_id", "title", "department", "level", "headcount", "adoption_percent", "elasticity"]);
    expect(rows).toHaveLength(ROLES);
    const page2 = loadRedesign(dashboardContext(conn, workspaceId, "?adoption=30&elasticity=1.5&page=2"));
    expect(rows.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((r) => r[2])).toEqual(page2.roles.map((r) => r.title));
    expect(new Set(rows.map((r) => r[6]))).toEqual(new Set(["30"]));
  });
});

describe("Seniority", () => {
  test("the roles looking a level up are paged like the ranking", () => {
    const all = getSeniorityCompression(conn.db, workspaceId, {}, {}).rolesLookingUp;
    expect(all.length).toBeGreaterThan(PAGE_SIZE);
    const first = loadSeniority(dashboardContext(conn, workspaceId));
    expect(first.rolesLookingUp.map((r) => r.roleId)).toEqual(all.slice(0, PAGE_SIZE).map((r) => r.roleId));
    expect(first.rolesLookingUpPage).toMatchObject({ page: 1, total: all.length, first: 1, last: PAGE_SIZE });
    const second = loadSeniority(dashboardContext(conn, workspaceId, "?page=2"));
    expect(second.rolesLookingUp.map((r) => r.roleId)).toEqual(all.slice(PAGE_SIZE, 2 * PAGE_SIZE).map((r) => r.roleId));
    expect(thrownData(() => loadSeniority(dashboardContext(conn, workspaceId, "?page=x"))).status).toBe(400);
  });
});

describe("Overview", () => {
  test("the class-share chart lists the largest departments after the whole selection, all with ?show=departments", () => {
    const view = loadOverview(dashboardContext(conn, workspaceId));
    const [whole, ...rows] = view.shareRows;
    expect(whole.key).toBe("all");
    expect(rows.map((r) => r.key).sort()).toEqual(departmentsBySize().slice(0, TOP_N).sort());
    expect(view.departmentsShown).toEqual({ total: DEPARTMENTS, isAll: false, hidden: DEPARTMENTS - TOP_N, shown: TOP_N });
    expect(loadOverview(dashboardContext(conn, workspaceId, "?show=departments")).shareRows).toHaveLength(DEPARTMENTS + 1);
    expect(thrownData(() => loadOverview(dashboardContext(conn, workspaceId, "?show=everything")))).toEqual({
      status: 400,
      message: 'This link is not valid: show must be "departments", got "everything".',
    });
  });

  test("roles.csv still has every role", async () => {
    const [, ...rows] = await csvRows(rolesCsv(conn.db, workspaceId, {}, 3));
    expect(rows).toHaveLength(ROLES);
  });
});
