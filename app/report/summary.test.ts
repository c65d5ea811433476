/**
 * The executive summary on three hand-worked organizations. Every expected figure below was
 * worked out by hand from the inputs (the arithmetic is in the comments), not read back from the code.
 */
import { describe, expect, test } from "vitest";
import { executiveSummary, nextActions, type SummaryFigures } from "./summary";

/**
 * Finance (4 people, 40 % automatable) and Care (6 people, 20 % automatable), adoption 50 %,
 * elasticity 1.5: projected = H × (1 − s·a)^(1 − ε) → Finance 4 × 0.8^−0.5 = 4.47, Care 6 × 0.9^−0.5 = 6.32.
 * Both grow. 10,000 h a year, 30 % automatable → 1,500 h freed at 50 % = 0.85 FTE (÷ 1,760).
 */
const growing: SummaryFigures = {
  kThreshold: 5,
  time: { hours: 10_000, shares: { automatable: 0.3, democratized: 0.2, specialized: 0.5 } },
  sharesHidden: false,
  scenario: { adoptionPercent: 50, elasticity: 1.5 },
  freed: { hours: 1500, fte: 1500 / 1760, costFreed: 75_000, costCoverage: 1 },
  topRoles: [
    { title: "Analyst", department: "Finance", freedHours: 1000, movableHours: 800, specializedHours: 2000 },
    { title: "Nurse", department: "Care", freedHours: 500, movableHours: 0, specializedHours: 3000 },
  ],
  departments: [
    { name: "Care", figures: { current: 6, projected: 6 * 0.9 ** -0.5, freedHours: 500, movableHours: 0 } },
    { name: "Finance", figures: { current: 4, projected: 4 * 0.8 ** -0.5, freedHours: 1000, movableHours: 800 } },
  ],
  compression: { value: 0.4, reading: "compressed", bottomLevel: 0, topLevel: 6, gapBefore: 0.3, gapAfter: 0.18 },
  data: {
    roles: 2,
    rolesWithLogs: 2,
    rolesWithStatements: 0,
    rolesNotAnalysed: 0,
    reviewed: 1,
    waiting: 3,
    waitingShare: 0.25,
    hiddenDepartments: 0,
    hiddenRoles: 0,
  },
};

test("a department grows: the paradox is stated with its figures", () => {
  expect(executiveSummary(growing)).toEqual([
    "Of the 10,000 h of working time a year in this selection, 30% is automatable, 20% democratized (people could do it with AI) and 50% specialized (it stays with people).",
    "At 50% adoption, AI could free about 1,500 h a year, 0.9 FTE, worth about 75,000 a year in loaded cost.",
    "The 2 roles whose work changes most: Analyst (Finance) and Nurse (Care); of the departments, Finance changes most (1,800 h freed or able to move).",
    "On knowledge work: after AI, junior office work (Entry) is 12 points closer to senior work (Executive): the judgment gap narrows from 30 to 18 points.",
    "At elasticity 1.5, Care (6 → 6.3 people) and Finance (4 → 4.5 people) would grow: cheaper output raises demand by more than AI saves, as radiology grew when reading images got faster.",
    "2 roles of 2 are weighted by logged hours, 0 by job descriptions alone; a person has reviewed 1 classification and 25% of the hours still wait in the review queue.",
  ]);
});

test("the actions point at the sections behind them", () => {
  const actions = nextActions(growing, ["Verification", "Instruction"]);
  expect(actions.map((a) => a.section)).toEqual(["redesign", "confidence", "seniority", "redesign", "seniority"]);
  expect(actions[0].text).toBe(
    "Redesign Analyst and Nurse first: together they account for 2,300 h a year that AI could free or that could move to less senior people.",
  );
  expect(actions.at(-1)!.text).toBe("Plan hiring, not cuts, in Care and Finance: at this elasticity demand grows faster than AI saves.");
});

/**
 * One department (Ops, 8 people) described only by job descriptions: 3 roles, no logs, equal
 * weights. 8 × 1,760 = 14,080 h; 25 % automatable → at 40 % adoption 1,408 h = 0.8 FTE.
 * ε = 0.5: 8 × (1 − 0.25 × 0.4)^0.5 = 8 × 0.9^0.5 = 7.59: no growth.
 */
const noLogs: SummaryFigures = {
  kThreshold: 5,
  time: { hours: 14_080, shares: { automatable: 0.25, democratized: 0.35, specialized: 0.4 } },
  sharesHidden: false,
  scenario: { adoptionPercent: 40, elasticity: 0.5 },
  freed: { hours: 1408, fte: 0.8, costFreed: null, costCoverage: 0 },
  topRoles: [{ title: "Dispatcher", department: "Ops", freedHours: 1408, movableHours: 0, specializedHours: 5632 }],
  departments: [{ name: "Ops", figures: { current: 8, projected: 8 * 0.9 ** 0.5, freedHours: 1408, movableHours: 0 } }],
  compression: { value: null, reason: "Only one level (2) has hours: there is no senior-to-junior gap to compare." },
  data: {
    roles: 3,
    rolesWithLogs: 0,
    rolesWithStatements: 3,
    rolesNotAnalysed: 0,
    reviewed: 0,
    waiting: 0,
    waitingShare: null,
    hiddenDepartments: 0,
    hiddenRoles: 0,
  },
};

test("no task logs: the figures say they are estimates, and no department grows", () => {
  const sentences = executiveSummary(noLogs);
  expect(sentences).toHaveLength(6);
  expect(sentences[1]).toBe("At 40% adoption, AI could free about 1,408 h a year, 0.8 FTE.");
  expect(sentences[2]).toBe("The role whose work changes most: Dispatcher (Ops); of the departments, Ops changes most (1,408 h freed or able to move).");
  expect(sentences[3]).toBe("On knowledge work: only one level (2) has hours: there is no senior-to-junior gap to compare.");
  expect(sentences[4]).toBe(
    "At elasticity 0.5, no department would grow: the departments shown would need 7.6 people instead of 8, because demand does not rise enough to absorb what AI saves.",
  );
  expect(sentences[5]).toBe(
    "No role has task logs: every figure weighs each job-description task equally, so treat hours as estimates; no classification is waiting for review.",
  );
  expect(nextActions(noLogs).map((a) => a.text)).toContain(
    "Collect two to four weeks of task logs for the roles that change most: without them every figure assumes equal time per task.",
  );
});

/** k = 10 and 4 loggers everywhere: the query modules return no figures at all. */
const allHidden: SummaryFigures = {
  kThreshold: 10,
  time: null,
  sharesHidden: true,
  scenario: { adoptionPercent: 50, elasticity: 0.5 },
  freed: { hours: 0, fte: 0, costFreed: null, costCoverage: 0 },
  topRoles: [],
  departments: [
    { name: "Finance", figures: null },
    { name: "Sales", figures: null },
  ],
  compression: { value: null, reason: "No level has any hours yet." },
  data: {
    roles: 4,
    rolesWithLogs: 4,
    rolesWithStatements: 0,
    rolesNotAnalysed: 0,
    reviewed: 0,
    waiting: 12,
    waitingShare: null,
    hiddenDepartments: 2,
    hiddenRoles: 4,
  },
};

describe("everything hidden by k", () => {
  const sentences = executiveSummary(allHidden);
  test("every sentence says what is hidden and names no figure about people", () => {
    expect(sentences).toEqual([
      "How this selection's time splits between classes is hidden: fewer than 10 people logged time in it.",
      "At 50% adoption, no hours AI could free can be shown for this selection.",
      "No role's work can be shown to change: either nothing is automatable or democratized, or the figures come from fewer than 10 people.",
      "On knowledge work: no level has any hours yet.",
      "No department's headcount can be projected at elasticity 0.5: their figures are hidden or not analysed.",
      "4 roles of 4 are weighted by logged hours, 0 by job descriptions alone; a person has reviewed 0 classifications and 12 tasks still wait in the review queue; 2 departments and 4 roles are hidden because fewer than 10 people stand behind them.",
    ]);
  });
  test("no department or role is named", () => {
    for (const s of sentences) expect(s).not.toMatch(/Finance|Sales/);
  });
});

test("the survey's training priorities become one action pointing at People's readiness, in place of the profiles' guess", () => {
  const training = [
    { department: "Finance", capability: "Verification", gap: 0.3, dependentHours: 2000, roles: ["Analyst", "Controller"] },
    { department: "Care", capability: "Instruction", gap: 0.12, dependentHours: 900, roles: ["Nurse"] },
  ];
  const actions = nextActions(growing, ["Verification", "Instruction"], training);
  expect(actions.map((a) => a.section)).toEqual(["redesign", "confidence", "seniority", "readiness", "seniority"]);
  // 0.3 → 30 points; 0.12 → 12 points.
  expect(actions[3].text).toBe(
    "Train where the survey shows the largest shortfall in the most work: first Verification in Finance (30 points short; mostly Analyst and Controller), then Instruction in Care (12 points short; mostly Nurse).",
  );
});
