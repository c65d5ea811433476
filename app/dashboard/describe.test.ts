import { describe, expect, test } from "vitest";
import { describeCompression, describeWeighting, explainShareRanges, shareOrDash } from "./describe";

describe("describeCompression", () => {
  test("a compressed index names the levels and both gaps in points", () => {
    expect(
      describeCompression({ value: 0.5, reading: "compressed", bottomLevel: 1, topLevel: 5, gapBefore: 0.4, gapAfter: 0.2 }),
    ).toBe("AI pulls junior work toward senior-level judgment: the judgment gap between Junior and Director: 40 points before AI, 20 points after.");
  });
  test("no index: the reason is shown as it is", () => {
    expect(describeCompression({ value: null, reason: "Only one level is present in this selection." })).toBe(
      "Only one level is present in this selection.",
    );
  });
  test.each(["none", "alike", "widened", "inverted"] as const)("reading %s has its own sentence", (reading) => {
    const text = describeCompression({ value: 0, reading, bottomLevel: 0, topLevel: 6, gapBefore: 0.3, gapAfter: 0.3 });
    expect(text).toContain("between Entry and Executive");
  });
});

test("describeWeighting and shareOrDash", () => {
  expect(describeWeighting("logs")).toBe("weighted by logged hours");
  expect(describeWeighting(null)).toBe("not analysed yet");
  expect(shareOrDash(null)).toBe("–");
  expect(shareOrDash(0.25)).toBe("25%");
});

describe("explainShareRanges", () => {
  const range = (expected: number, low: number, high: number) => ({ expected, low, high });
  // The demo's ranges, roughly: the tests below move the shares against them.
  const ranges = { automatable: range(0.19, 0.16, 0.22), democratized: range(0.17, 0.14, 0.2), specialized: range(0.64, 0.61, 0.67) };
  test("says what the share and its range each mean, and names nothing when every share sits in its range", () => {
    const text = explainShareRanges(
      { automatable: 0.2, democratized: 0.15, specialized: 0.65 },
      { automatable: range(0.21, 0.18, 0.24), democratized: range(0.16, 0.13, 0.19), specialized: range(0.63, 0.6, 0.66) },
    );
    expect(text).toContain("Each share counts a task in its likeliest class");
    expect(text).toContain("90% range");
    expect(text).not.toContain("outside");
  });
  test("names a share that falls outside its range, with its expected share, and points to the review queue", () => {
    const text = explainShareRanges({ automatable: 0.17, democratized: 0.15, specialized: 0.68 }, ranges);
    expect(text).toContain("Specialized (68%, expected 64%) falls outside its range");
    expect(text).toContain("review queue");
    expect(text).not.toContain("Automatable (");
  });
  test("names every share outside its range, below it as well as above", () => {
    const text = explainShareRanges({ automatable: 0.1, democratized: 0.15, specialized: 0.75 }, ranges);
    expect(text).toContain("Automatable (10%, expected 19%) and Specialized (75%, expected 64%) fall outside their ranges");
  });
  test("compares the shares as shown: 67.4% beside a range that ends at 66.6% reads 67% in 61%–67%", () => {
    const text = explainShareRanges(
      { automatable: 0.176, democratized: 0.15, specialized: 0.674 },
      { ...ranges, specialized: range(0.64, 0.61, 0.666) },
    );
    expect(text).not.toContain("outside");
  });
  test("names a share shown as '<1%' below a range that starts at 1%", () => {
    const text = explainShareRanges({ automatable: 0.003, democratized: 0.15, specialized: 0.847 }, { ...ranges, automatable: range(0.02, 0.01, 0.03), specialized: range(0.82, 0.8, 0.85) });
    expect(text).toContain("Automatable (<1%, expected 2%) falls outside its range");
  });
  test("nothing to say without ranges or shares", () => {
    expect(explainShareRanges(null, null)).toBe("");
    expect(explainShareRanges({ automatable: 1, democratized: 0, specialized: 0 }, null)).toBe("");
  });
});
