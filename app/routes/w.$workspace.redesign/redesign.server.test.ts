/**
 * The redesign page's view model on the tiny organization (test/support/tiny-organization.ts),
 * whose figures are worked out by hand there. At a = 50 %:
 *   Finance: H 5, s = 3,168 / 8,800 = 0.36, so 1 − s·a = 0.82.
 *   Operations: H 13 analysed + 2 carried over (Planner), s = 11,880 / 22,880, 1 − s·a = 0.740384…
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { dashboardContext, thrownData } from "../../../test/support/dashboard-context";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { loadRedesign } from "./redesign.server";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

const OPS_REMAINING = 1 - (11_880 / 22_880) * 0.5;

describe("loadRedesign: the projection H × (1 − s·a)^(1 − ε)", () => {
  test.each([
    { elasticity: 0, finance: 5 * 0.82, operations: 13 * OPS_REMAINING + 2 },
    { elasticity: 1, finance: 5, operations: 15 },
    { elasticity: 2, finance: 5 / 0.82, operations: 13 / OPS_REMAINING + 2 },
  ])("ε = $elasticity: one row per department and a summary over both", ({ elasticity, finance, operations }) => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = loadRedesign(dashboardContext(conn, org.workspaceId, `?adoption=50&elasticity=${elasticity}`));
    expect(view.scenario).toEqual({ adoptionPercent: 50, elasticity });
    const [summary, f, o] = view.projection;
    expect(summary).toMatchObject({ label: "All departments", current: 20, isSummary: true });
    expect(summary.projected).toBeCloseTo(finance + operations, 10);
    expect(f).toMatchObject({ key: "Finance", current: 5 });
    expect(f.projected).toBeCloseTo(finance, 10);
    // Today's Operations headcount counts the Planner, who has no tasks and is carried over.
    expect(o).toMatchObject({ key: "Operations", current: 15 });
    expect(o.projected).toBeCloseTo(operations, 10);
    expect(view.formula).toBe("H × (1 − s·a)^(1 − ε)");
    expect(view.elasticityNote).toContain(`ε = ${elasticity}`);
  });

  test("ε above 1 says headcount grows, and the page's sentence names radiologists", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = loadRedesign(dashboardContext(conn, org.workspaceId, "?adoption=50&elasticity=2"));
    expect(view.elasticityNote).toMatch(/headcount grows.*radiologists/);
  });

  test("no scenario in the URL: 50 % adoption, ε 0.5", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = loadRedesign(dashboardContext(conn, org.workspaceId));
    expect(view.scenario).toEqual({ adoptionPercent: 50, elasticity: 0.5 });
    expect(view.projection[1].projected).toBeCloseTo(5 * Math.sqrt(0.82), 10);
  });
});

describe("loadRedesign: totals, ranking and quadrant", () => {
  test("totals add up the departments at a = 50 %", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const { totals } = loadRedesign(dashboardContext(conn, org.workspaceId, "?adoption=50&elasticity=1"));
    // freed: Finance 1,584 + Operations 5,940; movable: Analyst 1,056 + Manager 440 + Clerk 1,760 + Director 660.
    expect(totals.freedHours).toBeCloseTo(7524, 9);
    expect(totals.freedFte).toBeCloseTo(7524 / 1760, 12);
    expect(totals.movableHours).toBeCloseTo(3916, 9);
    expect(totals.specializedHours).toBeCloseTo(8800, 9);
    // Analyst 54,000 + Clerk 120,000; costed headcount 4 + 10 of 20.
    expect(totals.costFreed).toBeCloseTo(174_000, 6);
    expect(totals.costCoverage).toBeCloseTo(0.7, 12);
  });

  test("adoption 0 frees nothing and leaves every headcount as it is, whatever ε", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = loadRedesign(dashboardContext(conn, org.workspaceId, "?adoption=0&elasticity=3"));
    expect(view.totals).toMatchObject({ freedHours: 0, movableHours: 0, costFreed: 0 });
    expect(view.projection.map((r) => [r.current, r.projected])).toEqual([
      [20, 20],
      [5, 5],
      [15, 15],
    ]);
  });

  test("roles are ranked; the role without tasks is listed but not plotted; links keep the filter", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = loadRedesign(dashboardContext(conn, org.workspaceId, "?location=Leeds&location=London&adoption=50"));
    expect(view.roles.map((r) => [r.rank, r.title])).toEqual([
      [1, "Clerk"],
      [2, "Analyst"],
      [3, "Operations Director"],
      [4, "Finance Manager"],
      [5, "Planner"],
    ]);
    const planner = view.roles[4];
    expect(planner.time).toMatchObject({ isAnalysed: false, automatableShare: null });
    expect(view.points.map((p) => p.label)).toEqual(["Clerk", "Analyst", "Operations Director", "Finance Manager"]);
    const clerk = view.points[0];
    expect(clerk).toMatchObject({ automatableShare: 0.6, specializedShare: 0.2, headcount: 10, department: "Operations", suppressed: false });
    expect(clerk.href).toBe(`/w/acme/roles/${org.roleIds.clerk}?location=Leeds&location=London`);
    // The Finance Manager (headcount 1) keeps its hours but not its pay.
    expect(view.roles[3].cost).toBeNull();
    expect(view.roles[1].cost).toMatchObject({ receivingLevel: 0, costGapPerFte: 20_000 });
  });

  test("k = 4: the Analyst and Finance lose their figures; totals and summary leave them out", () => {
    const org = analyzedTinyOrganization(conn, 4);
    const view = loadRedesign(dashboardContext(conn, org.workspaceId, "?adoption=50&elasticity=1"));
    expect(view.hiddenDepartments).toEqual(["Finance"]);
    expect(view.departments[0]).toEqual({ department: "Finance", figures: null, automatableRange: null });
    // One department left to plot: no summary row, and Finance is drawn as suppressed.
    expect(view.projection).toEqual([
      { key: "Finance", label: "Finance", current: 0, projected: 0, suppressed: true },
      { key: "Operations", label: "Operations", current: 15, projected: 15 },
    ]);
    expect(view.totals.freedHours).toBeCloseTo(5940, 9);
    const analyst = view.roles.find((r) => r.title === "Analyst")!;
    expect(analyst).toMatchObject({ rank: null, time: null, cost: null });
    expect(view.points.find((p) => p.label === "Analyst")).toMatchObject({ suppressed: true, automatableShare: 0, specializedShare: 0 });
  });

  test("a filter to one department: no summary row; an empty selection: nothing at all", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const finance = loadRedesign(dashboardContext(conn, org.workspaceId, "?department=Finance"));
    expect(finance.projection.map((r) => r.key)).toEqual(["Finance"]);
    expect(finance.roles.map((r) => r.title)).toEqual(["Analyst", "Finance Manager"]);
    const none = loadRedesign(dashboardContext(conn, org.workspaceId, "?department=Nowhere"));
    expect(none).toMatchObject({ roles: [], departments: [], projection: [], points: [] });
    expect(none.totals).toMatchObject({ freedHours: 0, costFreed: null, costCoverage: 0 });
  });
});

describe("loadRedesign: bad scenario links", () => {
  test.each([
    ["?adoption=150", "This link's scenario is not valid: adoption must be between 0 and 100 (percent), got 150."],
    ["?elasticity=4", "This link's scenario is not valid: elasticity must be between 0 and 3, got 4."],
    ["?adoption=lots", 'This link\'s scenario is not valid: adoption must be a number from 0 to 100 (percent), got "lots".'],
  ])("%s → 400", (search, message) => {
    const org = analyzedTinyOrganization(conn, 3);
    expect(thrownData(() => loadRedesign(dashboardContext(conn, org.workspaceId, search)))).toEqual({ status: 400, message });
  });
});
