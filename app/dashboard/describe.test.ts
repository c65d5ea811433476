import { describe, expect, test } from "vitest";
import { describeCompression, describeWeighting, shareOrDash } from "./describe";

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
