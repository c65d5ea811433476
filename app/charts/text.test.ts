import { describe, expect, it } from "vitest";
import { estimateTextWidth, truncateToWidth } from "./text";

describe("estimateTextWidth", () => {
  it.each([
    ["", 12, 0],
    ["i", 10, 2.22 * 1.04],
    ["W", 10, 9.44 * 1.04],
  ])("%j at %s px", (text, size, expected) => expect(estimateTextWidth(text, size)).toBeCloseTo(expected, 5));

  it("grows with the font size and for bold text", () => {
    expect(estimateTextWidth("Finance", 24)).toBeCloseTo(2 * estimateTextWidth("Finance", 12), 5);
    expect(estimateTextWidth("Finance", 12, true)).toBeGreaterThan(estimateTextWidth("Finance", 12));
  });
});

describe("truncateToWidth", () => {
  it.each([
    ["fits", "Sales", 200, "Sales"],
    ["empty text", "", 10, ""],
    ["no room at all", "Engineering", 3, ""],
  ])("%s", (_name, text, width, expected) => expect(truncateToWidth(text, width, 12)).toBe(expected));

  it("shortens with an ellipsis to within the width", () => {
    const out = truncateToWidth("Sales Development Representative", 100, 12);
    expect(out.endsWith("…")).toBe(true);
    expect(out.length).toBeLessThan("Sales Development Representative".length);
    expect(estimateTextWidth(out, 12)).toBeLessThanOrEqual(100);
  });
});
