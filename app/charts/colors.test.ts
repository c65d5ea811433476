import { describe, expect, it } from "vitest";
import { TASK_CLASSES } from "../analyzer/taxonomy";
import { CATEGORY_COLORS, CLASS_COLORS, categoryColors, contrastRatio, NEUTRAL, textColorOn } from "./colors";

describe("class colours", () => {
  it.each(TASK_CLASSES)("labels on %s reach 4.5:1", (taskClass) => {
    const background = CLASS_COLORS[taskClass];
    expect(contrastRatio(background, textColorOn(background))).toBeGreaterThanOrEqual(4.5);
  });

  it("differ in lightness, so greyscale keeps them apart", () => {
    const [a, d, s] = TASK_CLASSES.map((c) => CLASS_COLORS[c]);
    expect(contrastRatio(a, d)).toBeGreaterThan(1.4);
    expect(contrastRatio(d, s)).toBeGreaterThan(1.4);
    expect(contrastRatio(a, s)).toBeGreaterThan(3);
  });

  it("stand out from white as marks (3:1 for the darker two)", () => {
    expect(contrastRatio(CLASS_COLORS.democratized, "#ffffff")).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(CLASS_COLORS.specialized, "#ffffff")).toBeGreaterThanOrEqual(3);
  });
});

describe("contrastRatio", () => {
  it.each([
    ["#000000", "#ffffff", 21],
    ["#ffffff", "#ffffff", 1],
  ])("%s on %s", (a, b, expected) => expect(contrastRatio(a, b)).toBeCloseTo(expected, 5));
});

describe("textColorOn", () => {
  it.each([
    ["#ffffff", NEUTRAL.text],
    ["#000000", "#ffffff"],
    ["#004A7C", "#ffffff"],
    ["#E69F00", NEUTRAL.text],
  ])("%s → %s", (background, expected) => expect(textColorOn(background)).toBe(expected));
});

describe("categoryColors", () => {
  it("is empty for no names", () => {
    expect(categoryColors([]).size).toBe(0);
  });

  it("gives the same colour to a name whatever the input order", () => {
    const a = categoryColors(["Sales", "Finance", "Legal"]);
    const b = categoryColors(["Legal", "Sales", "Finance", "Sales"]);
    expect([...a.entries()].sort()).toEqual([...b.entries()].sort());
    expect(a.size).toBe(3);
  });

  it("cycles the palette past its length", () => {
    const names = Array.from({ length: CATEGORY_COLORS.length + 1 }, (_, i) => `D${String(i).padStart(2, "0")}`);
    const colors = categoryColors(names);
    expect(colors.get(names[CATEGORY_COLORS.length])).toBe(colors.get(names[0]));
  });
});
