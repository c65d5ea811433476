/**
 * People's readiness on a small organization worked out by hand (the arithmetic is in the
 * comments), plus the k rule: a department of fewer than k respondents shows no figure.
 */
import { describe, expect, test } from "vitest";
import { buildReadiness, capabilityScores, requiredProficiency, type ReadinessInput } from "./readiness";

const all = (v: number) => new Array<number>(10).fill(v);

// Clerk (Ops, Junior, 4 people): 60 h automatable organizing + 40 h specialized research.
//   needs: decomposition 0.6, instruction 0, verification 0 + 0.6/2 = 0.3, automation 0.6, scaling 0
//   required: 0.75, 0, 0.75 × 0.3/0.4 = 0.5625, 0.75, 0
// Analyst (Ops, Senior, 2 people): 100 h democratized analysis.
//   needs: 1, 1, 1, 0, 1 → required 0.75, 0.75, 0.75, 0, 0.75
// Counsel (Legal, Senior, 3 people): 50 h specialized research: needs nothing.
const input: ReadinessInput = {
  k: 2,
  roles: [
    { id: 1, key: "OPS-CLERK", title: "Clerk", department: "Ops", level: 1, levelName: "Junior", headcount: 4, tasks: [{ class: "automatable", atom: "organize", hours: 60 }, { class: "specialized", atom: "research", hours: 40 }] },
    { id: 2, key: "OPS-AN", title: "Analyst", department: "Ops", level: 3, levelName: "Senior", headcount: 2, tasks: [{ class: "democratized", atom: "analyze", hours: 100 }] },
    { id: 3, key: "LEG-C", title: "Counsel", department: "Legal", level: 3, levelName: "Senior", headcount: 3, tasks: [{ class: "specialized", atom: "research", hours: 50 }] },
  ],
  responses: [
    { roleId: 1, answers: all(3), aiUse: 3 }, // 0.5 everywhere
    { roleId: 1, answers: [5, 5, 1, 1, 3, 3, 2, 2, 1, 1], aiUse: 0 }, // 1, 0, 0.5, 0.25, 0
    { roleId: 2, answers: all(4), aiUse: 4 }, // 0.75 everywhere
    { roleId: 3, answers: all(5), aiUse: 2 }, // Legal: one respondent, below k
  ],
  logEmployees: { department: new Map(), level: new Map() },
};

test("scores and required proficiency on the scale", () => {
  expect(capabilityScores([1, 1, 5, 5, 3, 4, 2, 3, 5, 4])).toEqual({ decomposition: 0, instruction: 1, verification: 0.625, automation: 0.375, scaling: 0.875 });
  expect([0, 0.1, 0.4, 0.9].map(requiredProficiency)).toEqual([0, 0.1875, 0.75, 0.75]);
});

describe("the hand-worked organization", () => {
  const view = buildReadiness(input);
  const ops = view.gapByDepartment.find((r) => r.key === "Ops")!;
  const cell = (capability: string) => ops.cells.find((c) => c.capability === capability)!;

  test("supply: the average of the department's respondents", () => {
    // decomposition (0.5 + 1 + 0.75) / 3 = 0.75; instruction (0.5 + 0 + 0.75) / 3; automation (0.5 + 0.25 + 0.75) / 3 = 0.5
    const supply = view.byDepartment.find((r) => r.key === "Ops")!;
    expect(supply).toMatchObject({ respondents: 3, headcount: 6, responseRate: 0.5, suppressed: false });
    expect(supply.supply!.decomposition).toBeCloseTo(0.75, 10);
    expect(supply.supply!.instruction).toBeCloseTo(1.25 / 3, 10);
    expect(supply.supply!.automation).toBeCloseTo(0.5, 10);
  });

  test("demand: required proficiency weighted by hours, and the hours that depend on each capability", () => {
    const demand = view.demandByDepartment.find((r) => r.key === "Ops")!;
    expect(demand.hours).toBe(200);
    // verification (0.5625 × 100 + 0.75 × 100) / 200 = 0.65625; automation (0.75 × 100 + 0) / 200 = 0.375
    expect(demand.required!.verification).toBeCloseTo(0.65625, 10);
    expect(demand.required!.automation).toBeCloseTo(0.375, 10);
    // verification 0.3 × 100 + 1 × 100 = 130 h; decomposition 60 + 100 = 160 h
    expect(demand.dependentHours!.verification).toBeCloseTo(130, 10);
    expect(demand.dependentHours!.decomposition).toBeCloseTo(160, 10);
  });

  test("gap = required − supply, per cell", () => {
    expect(cell("verification").gap).toBeCloseTo(0.65625 - 1.75 / 3, 10); // 0.0729…
    expect(cell("automation").gap).toBeCloseTo(-0.125, 10);
    expect(cell("decomposition").gap).toBeCloseTo(0, 10);
  });

  test("where to train first: gap × dependent hours, with the roles behind it", () => {
    expect(view.trainFirst).toHaveLength(1);
    const [first] = view.trainFirst;
    expect(first).toMatchObject({ department: "Ops", capability: "verification", dependentHours: 130 });
    expect(first.priority).toBeCloseTo((0.65625 - 1.75 / 3) * 130, 10); // ≈ 9.48
    expect(first.roles.map((r) => [r.title, r.dependentHours])).toEqual([["Analyst", 100], ["Clerk", 30]]);
  });

  test("a department with fewer than k respondents shows neither figures nor its count", () => {
    const legal = view.gapByDepartment.find((r) => r.key === "Legal")!;
    expect(legal.respondents).toBeNull();
    expect(legal.cells.every((c) => c.suppressed && c.gap === null && c.supply === null)).toBe(true);
    expect(view.byDepartment.find((r) => r.key === "Legal")).toMatchObject({ suppressed: true, supply: null, respondents: null, responseRate: null });
    expect(view.aiUse.find((r) => r.key === "Legal")).toMatchObject({ suppressed: true, shares: null, respondents: null });
  });

  test("by level: Seniors pool Ops and Legal respondents; demand weighs the Counsel's hours in", () => {
    const senior = view.gapByLevel.find((r) => r.key === "3")!;
    expect(senior.respondents).toBe(2);
    // required decomposition: 0.75 × 100 / (100 + 50) = 0.5; supply (0.75 + 1) / 2 = 0.875
    expect(senior.cells[0].required).toBeCloseTo(0.5, 10);
    expect(senior.cells[0].gap).toBeCloseTo(0.5 - 0.875, 10);
  });

  test("AI use: shares of answers, daily share, automatable share of hours", () => {
    const row = view.aiUse.find((r) => r.key === "Ops")!;
    expect(row.shares).toEqual([1 / 3, 0, 0, 1 / 3, 1 / 3]);
    expect(row.dailyShare).toBeCloseTo(2 / 3, 10);
    expect(row.automatableShare).toBeCloseTo(0.3, 10);
  });
});

test("time figures drawn from fewer than k log employees are suppressed on the demand side too", () => {
  const view = buildReadiness({ ...input, logEmployees: { department: new Map([["Ops", 1]]), level: new Map() } });
  expect(view.demandByDepartment.find((r) => r.key === "Ops")).toMatchObject({ suppressed: true, required: null });
  expect(view.trainFirst).toEqual([]);
});

test("no responses: every supply figure suppressed, nothing to train", () => {
  const view = buildReadiness({ ...input, responses: [] });
  expect(view.respondents).toBe(0);
  expect(view.byDepartment.every((r) => r.suppressed && r.respondents === 0)).toBe(true);
  expect(view.trainFirst).toEqual([]);
});
