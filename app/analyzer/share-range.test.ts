import { describe, expect, it } from "vitest";
import { classShareRanges } from "./share-range";
import { probabilitiesOf } from "./taxonomy";

describe("classShareRanges", () => {
  it("has no range without hours", () => {
    expect(classShareRanges([])).toBeNull();
    expect(classShareRanges([{ hours: 0, probabilities: probabilitiesOf("automatable", 1) }])).toBeNull();
  });

  it("is exact when every task is certain (an override)", () => {
    const ranges = classShareRanges([
      { hours: 30, probabilities: probabilitiesOf("automatable", 1) },
      { hours: 10, probabilities: probabilitiesOf("specialized", 1) },
    ])!;
    expect(ranges.automatable).toEqual({ expected: 0.75, low: 0.75, high: 0.75 });
    expect(ranges.specialized).toEqual({ expected: 0.25, low: 0.25, high: 0.25 });
    expect(ranges.democratized).toEqual({ expected: 0, low: 0, high: 0 });
  });

  it("computes the expected share and the 90% normal interval by hand", () => {
    // Four tasks of 25 h, each automatable with p = 0.5: mean 0.5, sd = sqrt(4·25²·0.25)/100 = 0.25.
    const p = { automatable: 0.5, democratized: 0.3, specialized: 0.2 };
    const ranges = classShareRanges(Array.from({ length: 4 }, () => ({ hours: 25, probabilities: p })))!;
    expect(ranges.automatable.expected).toBeCloseTo(0.5, 12);
    expect(ranges.automatable.high).toBeCloseTo(0.5 + 1.6449 * 0.25, 9);
    expect(ranges.automatable.low).toBeCloseTo(0.5 - 1.6449 * 0.25, 9);
    expect(ranges.democratized.expected).toBeCloseTo(0.3, 12);
    const sum = ranges.automatable.expected + ranges.democratized.expected + ranges.specialized.expected;
    expect(sum).toBeCloseTo(1, 12);
  });

  it("narrows as the same uncertainty spreads over more tasks", () => {
    const p = { automatable: 0.6, democratized: 0.3, specialized: 0.1 };
    const width = (n: number) => {
      const r = classShareRanges(Array.from({ length: n }, () => ({ hours: 10, probabilities: p })))!.automatable;
      return r.high - r.low;
    };
    expect(width(100)).toBeLessThan(width(10) / 3);
  });

  it("stays inside 0–1", () => {
    const r = classShareRanges([{ hours: 1, probabilities: { automatable: 0.95, democratized: 0.04, specialized: 0.01 } }])!;
    expect(r.automatable.high).toBe(1);
    expect(r.specialized.low).toBe(0);
  });
});
