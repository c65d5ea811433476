import { describe, expect, it } from "vitest";
import { capabilityLevel, capabilityNeeds, type CapabilityTask } from "./capabilities";

const scores = (tasks: CapabilityTask[]) =>
  Object.fromEntries(capabilityNeeds(tasks).map((n) => [n.capability, [n.score === null ? null : Number(n.score.toFixed(10)), n.level]]));

describe("capabilityLevel", () => {
  it.each([
    [null, "none"],
    [0, "none"],
    [0.01, "low"],
    [0.1499, "low"],
    [0.15, "medium"],
    [0.3999, "medium"],
    [0.4, "high"],
    [1, "high"],
  ] as const)("%s → %s", (score, level) => {
    expect(capabilityLevel(score)).toBe(level);
  });
});

describe("capabilityNeeds", () => {
  it("an information-heavy role (100 h: 40 organize + 10 draft automatable, 30 analyze democratized, 15 coordinate + 5 relate specialized)", () => {
    const needs = capabilityNeeds([
      { class: "automatable", atom: "organize", hours: 40 },
      { class: "automatable", atom: "draft", hours: 10 },
      { class: "democratized", atom: "analyze", hours: 30 },
      { class: "specialized", atom: "coordinate", hours: 15 },
      { class: "specialized", atom: "relate", hours: 5 },
    ]);
    expect(needs.map((n) => [n.capability, Number(n.score!.toFixed(10)), n.level])).toEqual([
      ["decomposition", 0.8, "high"], // 40 + 10 + 30 in information atoms, none specialized
      ["instruction", 0.4, "high"], // draft 10 + analyze 30 (organize is set up, not briefed)
      ["verification", 0.55, "high"], // 0.3 democratized + 0.5 automatable / 2
      ["automation", 0.5, "high"],
      ["scaling", 0.45, "high"], // 30 democratized + 15 coordinating
    ]);
    expect(needs[0].reason).toBe(
      "80% of the time is well-defined information work (organize (tables, records, schedules), analyze data and draft) that can be cut into pieces and handed to AI or to others.",
    );
    expect(needs[2].reason).toMatch(/^30% of the time is work the role will own with AI \(check in full\) and 50% is routine/);
  });

  it("a leadership role (80 h leading, 10 h democratized research, 10 h automatable scheduling)", () => {
    expect(
      scores([
        { class: "specialized", atom: "lead_people", hours: 80 },
        { class: "democratized", atom: "research", hours: 10 },
        { class: "automatable", atom: "coordinate", hours: 10 },
      ]),
    ).toEqual({
      decomposition: [0.1, "low"],
      instruction: [0.1, "low"],
      verification: [0.15, "medium"],
      automation: [0.1, "low"],
      scaling: [1, "high"],
    });
  });

  it("a purely specialized hands-on role needs none of them", () => {
    const needs = capabilityNeeds([{ class: "specialized", atom: "hands_on", hours: 1760 }]);
    expect(needs.map((n) => n.level)).toEqual(["none", "none", "none", "none", "none"]);
    expect(needs[3].reason).toBe("No routine work to automate.");
  });

  it.each([
    { name: "no tasks", tasks: [] },
    { name: "zero hours", tasks: [{ class: "automatable" as const, atom: "draft" as const, hours: 0 }] },
  ])("$name: no scores, one reason", ({ tasks }) => {
    const needs = capabilityNeeds(tasks);
    expect(needs).toHaveLength(5);
    for (const n of needs) expect(n).toMatchObject({ score: null, level: "none", reason: "This role has no analysed time yet." });
  });
});
