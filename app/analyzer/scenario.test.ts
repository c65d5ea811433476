import { describe, expect, it } from "vitest";
import type { ClassHours } from "./class-hours";
import { departmentProjections, describeElasticity, projectHeadcount, roleScenarios, type ScenarioRole } from "./scenario";

describe("projectHeadcount: H × (1 − s·a)^(1 − ε)", () => {
  it.each([
    // s·a = 0.3 → 1 − s·a = 0.7
    { H: 100, s: 0.5, a: 0.6, e: 0, expected: 70 },
    { H: 100, s: 0.5, a: 0.6, e: 1, expected: 100 },
    { H: 100, s: 0.5, a: 0.6, e: 2, expected: 100 / 0.7 },
    { H: 100, s: 0.5, a: 0.6, e: 3, expected: 100 / 0.49 },
    // 0.25^0.5 = 0.5
    { H: 10, s: 0.75, a: 1, e: 0.5, expected: 5 },
    // no adoption: no change whatever ε
    { H: 40, s: 0.9, a: 0, e: 0, expected: 40 },
    { H: 40, s: 0.9, a: 0, e: 3, expected: 40 },
    // nothing automatable
    { H: 40, s: 0, a: 1, e: 2, expected: 40 },
    // empty department
    { H: 0, s: 0.5, a: 0.5, e: 2, expected: 0 },
    // everything automated: ε < 1 → 0, ε = 1 → unchanged (0^0 = 1)
    { H: 12, s: 1, a: 1, e: 0, expected: 0 },
    { H: 12, s: 1, a: 1, e: 0.5, expected: 0 },
    { H: 12, s: 1, a: 1, e: 1, expected: 12 },
  ])("H=$H s=$s a=$a ε=$e → $expected", ({ H, s, a, e, expected }) => {
    const p = projectHeadcount(H, s, { adoption: a, elasticity: e });
    expect(p.headcount).not.toBeNull();
    expect(p.headcount!).toBeCloseTo(expected, 10);
  });

  it("has no finite answer when everything is automated and ε > 1", () => {
    const p = projectHeadcount(12, 1, { adoption: 1, elasticity: 2 });
    expect(p).toEqual({ headcount: null, multiplier: null, reason: expect.stringContaining("no finite answer") });
  });

  it.each([
    { s: -0.1, a: 0.5, e: 1, message: /automatable share/ },
    { s: 0.5, a: 1.2, e: 1, message: /adoption rate/ },
    { s: 0.5, a: 0.5, e: 3.5, message: /elasticity/ },
    { s: 0.5, a: Number.NaN, e: 1, message: /adoption rate/ },
  ])("rejects out-of-range input s=$s a=$a ε=$e", ({ s, a, e, message }) => {
    expect(() => projectHeadcount(10, s, { adoption: a, elasticity: e })).toThrow(message);
  });

  it("describes which way ε moves headcount", () => {
    expect(describeElasticity(0.5)).toMatch(/fewer people/);
    expect(describeElasticity(1)).toMatch(/stays the same/);
    expect(describeElasticity(2)).toMatch(/headcount grows/);
  });
});

const hours = (automatable: number, democratized: number, specialized: number): ClassHours => ({
  automatable,
  democratized,
  specialized,
});

describe("roleScenarios", () => {
  const roles: ScenarioRole[] = [
    { roleId: 1, department: "Ops", level: 3, headcount: 2, annualCost: 100_000, classHours: hours(1760, 880, 880) },
    { roleId: 2, department: "Ops", level: 1, headcount: 1, annualCost: 60_000, classHours: hours(0, 1760, 0) },
    { roleId: 3, department: "Ops", level: 1, headcount: 3, annualCost: 80_000, classHours: hours(0, 0, 5280) },
    { roleId: 4, department: "Sales", level: 0, headcount: 1, annualCost: 40_000, classHours: hours(1760, 0, 0) },
    { roleId: 5, department: "Sales", level: 2, headcount: 1, annualCost: null, classHours: hours(880, 880, 0) },
  ];

  it("frees automatable hours × adoption and prices them where cost is known", () => {
    const [a, , , , e] = roleScenarios(roles, { adoption: 0.5, elasticity: 1 });
    expect(a.freedHours).toBe(880);
    expect(a.freedFte).toBe(0.5);
    expect(a.costFreed).toBe(50_000);
    expect(e.freedHours).toBe(440);
    expect(e.costFreed).toBeNull();
  });

  it("prices democratized work against the nearest lower level with a cost, same department first", () => {
    const [a, b, , d, e] = roleScenarios(roles, { adoption: 0.5, elasticity: 1 });
    // Ops level 1 mean cost: (60,000 × 1 + 80,000 × 3) / 4 = 75,000; gap 25,000; 440 h = 0.25 FTE.
    expect(a).toMatchObject({ democratizedHours: 880, movableHours: 440, receivingLevel: 1, costGapPerFte: 25_000, costShift: 6250 });
    // Ops has nothing below level 1 with a cost: Sales level 0 (40,000) stands in; 880 h = 0.5 FTE.
    expect(b).toMatchObject({ receivingLevel: 0, costGapPerFte: 20_000, costShift: 10_000 });
    // Nothing below entry level; unknown cost gives no comparison.
    expect(d).toMatchObject({ receivingLevel: null, costGapPerFte: null, costShift: null });
    expect(e).toMatchObject({ receivingLevel: null, costGapPerFte: null, costShift: null });
  });

  it("returns nothing for no roles, and zero freed hours at adoption 0", () => {
    expect(roleScenarios([], { adoption: 0.5, elasticity: 1 })).toEqual([]);
    const [a] = roleScenarios(roles.slice(0, 1), { adoption: 0, elasticity: 1 });
    expect(a).toMatchObject({ freedHours: 0, freedFte: 0, costFreed: 0, movableHours: 0 });
  });
});

describe("departmentProjections", () => {
  const roles: ScenarioRole[] = [
    // Ops: 2 + 2 heads; 3,000 of 6,000 h automatable → s = 0.5
    { roleId: 1, department: "Ops", level: 1, headcount: 2, annualCost: null, classHours: hours(3000, 0, 1000) },
    { roleId: 2, department: "Ops", level: 3, headcount: 2, annualCost: null, classHours: hours(0, 1000, 1000) },
    // a role without analysed time is carried unchanged
    { roleId: 3, department: "Ops", level: 2, headcount: 3, annualCost: null, classHours: hours(0, 0, 0) },
    { roleId: 4, department: "Care", level: 2, headcount: 10, annualCost: null, classHours: hours(0, 0, 17_600) },
  ];

  it.each([
    // a = 0.4: 1 − 0.5 × 0.4 = 0.8
    { e: 0, ops: 4 * 0.8 + 3 },
    { e: 1, ops: 4 + 3 },
    { e: 2, ops: 4 / 0.8 + 3 },
  ])("ε = $e", ({ e, ops }) => {
    const [o, c] = departmentProjections(roles, { adoption: 0.4, elasticity: e });
    expect(o).toMatchObject({ department: "Ops", headcount: 4, unanalyzedHeadcount: 3, currentHeadcount: 7, automatableShare: 0.5 });
    expect(o.projectedHeadcount!).toBeCloseTo(ops, 10);
    expect(c).toMatchObject({ department: "Care", automatableShare: 0, projectedHeadcount: 10 });
  });

  it("a department with no analysed time keeps its headcount", () => {
    const [only] = departmentProjections([roles[2]], { adoption: 1, elasticity: 0 });
    expect(only).toMatchObject({ headcount: 0, unanalyzedHeadcount: 3, automatableShare: null, projectedHeadcount: 3 });
  });

  it("no roles, no departments", () => {
    expect(departmentProjections([], { adoption: 1, elasticity: 0 })).toEqual([]);
  });
});
