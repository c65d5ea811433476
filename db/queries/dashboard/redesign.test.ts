import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { getRedesignScenario } from "./redesign";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("getRedesignScenario", () => {
  it("freed hours, FTE and cost per role at a = 0.5, ranked by hours that change", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = getRedesignScenario(conn.db, org.workspaceId, {}, { adoption: 0.5, elasticity: 1 });
    expect(view.roles.map((r) => [r.title, r.time.figures?.changingHours])).toEqual([
      ["Clerk", 7040], // 5,280 freed + 1,760 movable
      ["Analyst", 2640],
      ["Operations Director", 1320],
      ["Finance Manager", 440],
      ["Planner", 0],
    ]);
    const [clerk, analyst, director, manager] = view.roles;
    expect(clerk.time.figures).toMatchObject({ freedHours: 5280, freedFte: 3 });
    expect(clerk.cost.figures).toMatchObject({ costFreed: 120_000, receivingLevel: null, costShift: null });
    expect(analyst.time.figures).toMatchObject({ freedHours: 1584, freedFte: 0.9, democratizedHours: 2112, movableHours: 1056, specializedHours: 1760 });
    // Nothing below level 1 in Finance: the Clerk's level 0 (40,000) takes the work; 1,056 h = 0.6 FTE × 20,000.
    expect(analyst.cost.figures).toMatchObject({ costFreed: 54_000, receivingLevel: 0, costGapPerFte: 20_000 });
    expect(analyst.cost.figures!.costShift).toBeCloseTo(12_000, 9);
    expect(director.cost.figures).toEqual({ costFreed: null, receivingLevel: null, costGapPerFte: null, costShift: null });
    // headcount 1 < k: no pay figures at all
    expect(manager.cost).toEqual({ suppressed: true, figures: null });
    expect(view.formula).toBe("H × (1 − s·a)^(1 − ε)");
    expect(view.assumptions.length).toBeGreaterThan(2);
  });

  it.each([
    // Finance: H 5, s = 3,168 / 8,800 = 0.36 → 1 − s·a = 0.82.
    // Operations: H 13 analysed + 2 unanalysed, s = 11,880 / 22,880 → 1 − s·a = 0.740384…
    { elasticity: 0, finance: 5 * 0.82, operations: 13 * (1 - (11_880 / 22_880) * 0.5) + 2 },
    { elasticity: 1, finance: 5, operations: 15 },
    { elasticity: 2, finance: 5 / 0.82, operations: 13 / (1 - (11_880 / 22_880) * 0.5) + 2 },
  ])("projected headcount per department at ε = $elasticity", ({ elasticity, finance, operations }) => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = getRedesignScenario(conn.db, org.workspaceId, {}, { adoption: 0.5, elasticity });
    const [f, o] = view.departments;
    expect(f.department).toBe("Finance");
    expect(f.figures!.projectedHeadcount!).toBeCloseTo(finance, 10);
    expect(f.figures).toMatchObject({ headcount: 5, unanalyzedHeadcount: 0, automatableShare: 0.36, freedHours: 1584, costFreed: 54_000, costCoverage: 0.8, note: null });
    expect(o.figures!.projectedHeadcount!).toBeCloseTo(operations, 10);
    expect(o.figures).toMatchObject({ headcount: 13, unanalyzedHeadcount: 2, currentHeadcount: 15, freedHours: 5940, costFreed: 120_000 });
    expect(o.figures!.costCoverage).toBeCloseTo(10 / 15, 12);
  });

  it("k-threshold: the Analyst's role and Finance's department lose their figures at k = 4", () => {
    const org = analyzedTinyOrganization(conn, 4);
    const view = getRedesignScenario(conn.db, org.workspaceId, {}, { adoption: 0.5, elasticity: 2 });
    const analyst = view.roles.find((r) => r.title === "Analyst")!;
    expect(analyst.time).toEqual({ suppressed: true, figures: null });
    // its pay is not secret (headcount 4 ≥ k), but cost freed would give the hours away
    expect(analyst.cost).toEqual({ suppressed: true, figures: null });
    // suppressed roles come last, so their place in the ranking says nothing about their size
    expect(view.roles[view.roles.length - 1].title).toBe("Analyst");
    expect(view.departments[0]).toEqual({ department: "Finance", suppressed: true, figures: null });
    expect(view.departments[1].suppressed).toBe(false);
  });

  it("empty selection", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = getRedesignScenario(conn.db, org.workspaceId, { department: ["Nowhere"] }, { adoption: 1, elasticity: 0 });
    expect(view.roles).toEqual([]);
    expect(view.departments).toEqual([]);
  });
});
