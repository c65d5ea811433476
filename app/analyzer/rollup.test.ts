import { describe, expect, it } from "vitest";
import { classShares } from "./class-hours";
import { atomizationOf, chooseRoleWeights, mainCues, rollupGroups, rollupRole, summarizeHours } from "./rollup";

describe("chooseRoleWeights", () => {
  it.each([
    {
      name: "no logs, no statements",
      logged: [],
      statements: [],
      expected: { weighting: null, weights: [] },
    },
    {
      name: "logs win over statements",
      logged: [{ textId: 1, minutes: 30, logRows: 2, employees: 1 }],
      statements: [2, 3],
      expected: { weighting: "logs", weights: [{ textId: 1, minutes: 30, logRows: 2, employees: 1, source: "logs" }] },
    },
    {
      name: "single statement takes the whole FTE-year",
      logged: [],
      statements: [7],
      expected: {
        weighting: "statements",
        weights: [{ textId: 7, minutes: 1760 * 60, logRows: 0, employees: 0, source: "statements" }],
      },
    },
    {
      name: "a statement listed twice weighs twice (2 of 3 slices)",
      logged: [],
      statements: [4, 5, 4],
      expected: {
        weighting: "statements",
        weights: [
          { textId: 4, minutes: 70_400, logRows: 0, employees: 0, source: "statements" },
          { textId: 5, minutes: 35_200, logRows: 0, employees: 0, source: "statements" },
        ],
      },
    },
    {
      name: "logs with zero minutes fall back to statements",
      logged: [{ textId: 1, minutes: 0, logRows: 3, employees: 2 }],
      statements: [9],
      expected: {
        weighting: "statements",
        weights: [{ textId: 9, minutes: 105_600, logRows: 0, employees: 0, source: "statements" }],
      },
    },
  ])("$name", ({ logged, statements, expected }) => {
    expect(chooseRoleWeights(logged, statements)).toEqual(expected);
  });
});

describe("rollupRole", () => {
  it("returns no cells and null shares for a role without time", () => {
    for (const tasks of [[], [{ minutes: 0, class: "automatable" as const, atom: "draft" as const }]]) {
      const r = rollupRole(tasks, 3);
      expect(r.cells).toEqual([]);
      expect(r.classShares).toBeNull();
      expect(r.atomization).toBeNull();
      expect(r.annualHours).toBe(0);
    }
  });

  it("single task: all of the role's annual hours", () => {
    const r = rollupRole([{ minutes: 45, class: "specialized", atom: "lead_people" }], 2);
    expect(r.cells).toEqual([{ class: "specialized", atom: "lead_people", minutes: 45, share: 1, hours: 3520, tasks: 1 }]);
    expect(r.classHours).toEqual({ automatable: 0, democratized: 0, specialized: 3520 });
    expect(r.atomization).toBe(0);
  });

  it("time-weights and annualizes: 60/30/10 minutes, headcount 4", () => {
    // 100 minutes in total; 4 FTE × 1,760 h = 7,040 h a year.
    const r = rollupRole(
      [
        { minutes: 40, class: "automatable", atom: "organize" },
        { minutes: 20, class: "automatable", atom: "organize" },
        { minutes: 30, class: "democratized", atom: "analyze" },
        { minutes: 10, class: "specialized", atom: "relate" },
      ],
      4,
    );
    expect(r.totalMinutes).toBe(100);
    expect(r.annualHours).toBe(7040);
    expect(r.cells.map((c) => [c.class, c.atom, c.tasks, c.share])).toEqual([
      ["automatable", "organize", 2, 0.6],
      ["democratized", "analyze", 1, 0.3],
      ["specialized", "relate", 1, 0.1],
    ]);
    expect(r.classHours.automatable).toBeCloseTo(4224);
    expect(r.classHours.democratized).toBeCloseTo(2112);
    expect(r.classHours.specialized).toBeCloseTo(704);
    // organize and analyze are information atoms and not specialized: 90 %.
    expect(r.atomization).toBeCloseTo(0.9);
  });

  it("keeps the mix for a role with headcount 0 (no annual hours)", () => {
    const r = rollupRole(
      [
        { minutes: 1, class: "automatable", atom: "draft" },
        { minutes: 3, class: "specialized", atom: "draft" },
      ],
      0,
    );
    expect(r.classShares).toEqual({ automatable: 0.25, democratized: 0, specialized: 0.75 });
    expect(r.classHours).toEqual({ automatable: 0, democratized: 0, specialized: 0 });
    // specialized drafting is not atomized: only the automatable quarter counts.
    expect(r.atomization).toBe(0.25);
  });
});

describe("atomizationOf", () => {
  it.each([
    { name: "empty", cells: [], expected: null },
    { name: "zero weight", cells: [{ class: "automatable" as const, atom: "draft" as const, weight: 0 }], expected: null },
    { name: "non-information atom", cells: [{ class: "automatable" as const, atom: "coordinate" as const, weight: 5 }], expected: 0 },
    {
      name: "compare (8th atom) counts, support_decision (9th) does not",
      cells: [
        { class: "democratized" as const, atom: "compare" as const, weight: 1 },
        { class: "democratized" as const, atom: "support_decision" as const, weight: 3 },
      ],
      expected: 0.25,
    },
  ])("$name", ({ cells, expected }) => {
    expect(atomizationOf(cells)).toBe(expected);
  });
});

describe("mainCues", () => {
  const compile = { cue: "verb 'compile'", weight: 2, toward: "automatable" as const };
  const clients = { cue: "'with clients'", weight: 3, toward: "specialized" as const };

  it.each([
    { name: "no tasks", tasks: [], limit: 5, expected: [] },
    { name: "tasks without time", tasks: [{ minutes: 0, class: "automatable" as const, atom: "draft" as const, cues: [compile] }], limit: 5, expected: [] },
    {
      name: "cues scale with the task's time and add up across tasks",
      // task A (75 %): compile 2 → 1.5; task B (25 %): compile 2 → 0.5, clients 3 → 0.75.
      tasks: [
        { minutes: 75, class: "automatable" as const, atom: "organize" as const, cues: [compile] },
        { minutes: 25, class: "specialized" as const, atom: "relate" as const, cues: [compile, clients] },
      ],
      limit: 5,
      expected: [
        { cue: "verb 'compile'", toward: "automatable", score: 2 },
        { cue: "'with clients'", toward: "specialized", score: 0.75 },
      ],
    },
    {
      name: "limit 1",
      tasks: [{ minutes: 1, class: "specialized" as const, atom: "relate" as const, cues: [compile, clients] }],
      limit: 1,
      expected: [{ cue: "'with clients'", toward: "specialized", score: 3 }],
    },
  ])("$name", ({ tasks, limit, expected }) => {
    expect(mainCues(tasks, limit)).toEqual(expected);
  });
});

describe("summarizeHours and rollupGroups", () => {
  it("weighs roles by their hours", () => {
    // Sales: one role, 1,000 h automatable drafting. Care: 3,000 h specialized relate + 1,000 h democratized research.
    const groups = rollupGroups([
      { key: "Sales", class: "automatable", atom: "draft", hours: 1000 },
      { key: "Care", class: "specialized", atom: "relate", hours: 3000 },
      { key: "Care", class: "democratized", atom: "research", hours: 1000 },
    ]);
    expect(groups.get("Sales")!.classShares).toEqual({ automatable: 1, democratized: 0, specialized: 0 });
    expect(groups.get("Care")!.classShares).toEqual({ automatable: 0, democratized: 0.25, specialized: 0.75 });
    expect(groups.get("Care")!.atomization).toBe(0.25);
    expect(groups.get("Care")!.atoms.map((a) => [a.atom, a.share])).toEqual([
      ["relate", 0.75],
      ["research", 0.25],
    ]);
    const all = summarizeHours([...groups.values()].flatMap((g) => g.atoms.map((a) => ({ ...a }))));
    expect(all.hours).toBe(5000);
    expect(all.classShares).toEqual({ automatable: 0.2, democratized: 0.2, specialized: 0.6 });
    expect(all.atomization).toBeCloseTo(0.4);
  });

  it("empty input gives no groups and a summary without shares", () => {
    expect(rollupGroups([]).size).toBe(0);
    expect(summarizeHours([])).toEqual({
      hours: 0,
      classHours: { automatable: 0, democratized: 0, specialized: 0 },
      classShares: null,
      atoms: [],
      atomization: null,
    });
    expect(classShares({ automatable: 0, democratized: 0, specialized: 0 })).toBeNull();
  });
});
