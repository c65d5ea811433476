import { describe, expect, it } from "vitest";
import { classRangeSums, classShareRanges, rangesFromSums } from "./share-range";
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

describe("classRangeSums", () => {
  it("holds the hand-computed sums, leaving out tasks without hours", () => {
    const sums = classRangeSums([
      { hours: 10, probabilities: { automatable: 0.5, democratized: 0.3, specialized: 0.2 } },
      { hours: 30, probabilities: probabilitiesOf("specialized", 1) },
      { hours: 0, probabilities: probabilitiesOf("automatable", 1) },
    ]);
    expect(sums.hours).toBe(40);
    // Σ h·p: 10·0.5; 10·0.3; 10·0.2 + 30. Σ h²·p(1 − p): 100·0.25; 100·0.21; 100·0.16 (the certain task adds 0).
    expect(sums.expectedHours).toEqual({ automatable: 5, democratized: 3, specialized: 32 });
    expect(sums.variance.automatable).toBeCloseTo(25, 12);
    expect(sums.variance.democratized).toBeCloseTo(21, 12);
    expect(sums.variance.specialized).toBeCloseTo(16, 12);
  });

  it("gives back classShareRanges' ranges, and none without hours", () => {
    const tasks = [
      { hours: 12.5, probabilities: { automatable: 0.7, democratized: 0.2, specialized: 0.1 } },
      { hours: 3, probabilities: { automatable: 0.1, democratized: 0.6, specialized: 0.3 } },
    ];
    expect(rangesFromSums(classRangeSums(tasks))).toEqual(classShareRanges(tasks));
    expect(rangesFromSums(classRangeSums([]))).toBeNull();
  });
});
