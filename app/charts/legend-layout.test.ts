import { describe, expect, it } from "vitest";
import { LEGEND_ROW_HEIGHT, layoutLegend } from "./legend-layout";

describe("layoutLegend", () => {
  it("is empty with no items", () => {
    expect(layoutLegend([], 500)).toEqual({ items: [], height: 0 });
  });

  it("puts one item at the origin", () => {
    expect(layoutLegend([{ label: "Automatable" }], 500)).toMatchObject({
      items: [{ x: 0, y: 0 }],
      height: LEGEND_ROW_HEIGHT,
    });
  });

  it("wraps onto a new row when the width runs out", () => {
    const items = ["Customer Support", "Engineering", "Finance", "Human Resources"].map((label) => ({ label }));
    const wide = layoutLegend(items, 2000);
    const narrow = layoutLegend(items, 200);
    expect(wide.height).toBe(LEGEND_ROW_HEIGHT);
    expect(narrow.height).toBeGreaterThan(LEGEND_ROW_HEIGHT);
    expect(narrow.items.every((item) => item.x < 200)).toBe(true);
  });
});
