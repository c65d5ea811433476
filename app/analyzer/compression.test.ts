import { describe, expect, it } from "vitest";
import type { ClassHours } from "./class-hours";
import { judgmentShares, rolesLookingUp, seniorityCompression } from "./compression";

const h = (automatable: number, democratized: number, specialized: number): ClassHours => ({
  automatable,
  democratized,
  specialized,
});

describe("judgmentShares", () => {
  it.each([
    { name: "no hours", hours: h(0, 0, 0), expected: { before: null, after: null } },
    { name: "all automatable", hours: h(10, 0, 0), expected: { before: 0, after: null } },
    { name: "60/20/20", hours: h(60, 20, 20), expected: { before: 0.2, after: 0.5 } },
    { name: "no automatable work: unchanged", hours: h(0, 30, 10), expected: { before: 0.25, after: 0.25 } },
  ])("$name", ({ hours, expected }) => {
    expect(judgmentShares(hours)).toEqual(expected);
  });
});

describe("seniorityCompression", () => {
  it("hand-computed: entry 0.2 → 0.5, senior 0.6 → 0.75: index 1 − 0.25 / 0.4 = 0.375", () => {
    const result = seniorityCompression([
      { level: 3, classHours: h(20, 20, 60) },
      { level: 1, classHours: h(0, 50, 50) },
      { level: 0, classHours: h(60, 20, 20) },
      { level: 5, classHours: h(0, 0, 0) }, // no hours: not present, so not the top level
    ]);
    expect(result.levels.map((l) => [l.level, l.hours, l.judgmentBefore, l.judgmentAfter])).toEqual([
      [0, 100, 0.2, 0.5],
      [1, 100, 0.5, 0.5],
      [3, 100, 0.6, 0.75],
    ]);
    expect(result.index).toMatchObject({ reading: "compressed", topLevel: 3, bottomLevel: 0 });
    if (result.index.value === null) throw new Error("expected an index");
    expect(result.index.value).toBeCloseTo(0.375, 12);
    expect(result.index.gapBefore).toBeCloseTo(0.4, 12);
    expect(result.index.gapAfter).toBeCloseTo(0.25, 12);
  });

  it("merges rows of the same level (roles of one level)", () => {
    const result = seniorityCompression([
      { level: 0, classHours: h(30, 10, 0) },
      { level: 0, classHours: h(30, 10, 20) },
      { level: 3, classHours: h(20, 20, 60) },
    ]);
    expect(result.levels[0]).toMatchObject({ level: 0, classHours: h(60, 20, 20), judgmentBefore: 0.2 });
  });

  it.each([
    { name: "widened", bottom: h(0, 80, 20), top: h(20, 20, 60), value: 1 - 0.55 / 0.4, reading: "widened" },
    { name: "alike", bottom: h(50, 25, 25), top: h(0, 50, 50), value: 1, reading: "alike" },
    // bottom: 0.2 → 0.8; top: 0.5 → 0.5; gap 0.3 → −0.3
    { name: "inverted", bottom: h(75, 5, 20), top: h(0, 50, 50), value: 2, reading: "inverted" },
    { name: "none (no automatable work anywhere)", bottom: h(0, 80, 20), top: h(0, 40, 60), value: 0, reading: "none" },
  ])("$name", ({ bottom, top, value, reading }) => {
    const { index } = seniorityCompression([
      { level: 0, classHours: bottom },
      { level: 6, classHours: top },
    ]);
    expect(index).toMatchObject({ reading });
    expect(index.value!).toBeCloseTo(value, 12);
  });

  it.each([
    { name: "empty", levels: [], reason: /No level/ },
    { name: "only zero-hour levels", levels: [{ level: 2, classHours: h(0, 0, 0) }], reason: /No level/ },
    { name: "single level", levels: [{ level: 2, classHours: h(1, 1, 1) }], reason: /Only one level \(2\)/ },
    {
      name: "no gap before AI",
      levels: [
        { level: 0, classHours: h(50, 0, 50) },
        { level: 4, classHours: h(0, 50, 50) },
      ],
      reason: /same judgment share/,
    },
    {
      name: "gap below one percentage point",
      levels: [
        { level: 0, classHours: h(0, 505, 495) },
        { level: 4, classHours: h(0, 50, 50) },
      ],
      reason: /same judgment share/,
    },
    {
      name: "bottom level entirely automatable",
      levels: [
        { level: 0, classHours: h(100, 0, 0) },
        { level: 4, classHours: h(0, 50, 50) },
      ],
      reason: /All of level 0's hours/,
    },
  ])("returns null with a reason: $name", ({ levels, reason }) => {
    const { index } = seniorityCompression(levels);
    expect(index.value).toBeNull();
    if (index.value === null) expect(index.reason).toMatch(reason);
  });
});

describe("rolesLookingUp", () => {
  const { levels } = seniorityCompression([
    { level: 0, classHours: h(60, 20, 20) }, // before 0.2
    { level: 1, classHours: h(0, 50, 50) }, // before 0.5
    { level: 3, classHours: h(20, 20, 60) }, // before 0.6
  ]);

  it("lists roles whose post-AI judgment share reaches the next level up's pre-AI share", () => {
    const found = rolesLookingUp(
      [
        { roleId: 1, level: 0, classHours: h(60, 20, 20) }, // after 0.5 = level 1's 0.5: listed (boundary)
        { roleId: 2, level: 1, classHours: h(0, 50, 50) }, // after 0.5 < 0.6
        { roleId: 3, level: 1, classHours: h(50, 10, 40) }, // after 0.8 ≥ 0.6: margin 0.2
        { roleId: 4, level: 3, classHours: h(90, 0, 10) }, // no level above
        { roleId: 5, level: 2, classHours: h(0, 30, 70) }, // level 2 has no hours; next up is 3: 0.7 ≥ 0.6
        { roleId: 6, level: 0, classHours: h(10, 0, 0) }, // nothing left after AI
      ],
      levels,
    );
    expect(found.map((r) => [r.roleId, r.comparedLevel])).toEqual([
      [1, 1],
      [3, 3],
      [5, 3],
    ]);
    expect(found[1].margin).toBeCloseTo(0.2, 12);
    expect(found[0]).toMatchObject({ judgmentAfter: 0.5, comparedJudgmentBefore: 0.5, margin: 0 });
  });

  it("finds nothing without roles or with a single level", () => {
    expect(rolesLookingUp([], levels)).toEqual([]);
    const single = seniorityCompression([{ level: 2, classHours: h(50, 0, 50) }]).levels;
    expect(rolesLookingUp([{ roleId: 1, level: 2, classHours: h(50, 0, 50) }], single)).toEqual([]);
  });
});
