import { describe, expect, test } from "vitest";
import { percentile, summarizeLatencies } from "./percentiles";

const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe("percentile (nearest rank)", () => {
  test.each([
    [[], 50, null],
    [[7], 0, 7],
    [[7], 50, 7],
    [[7], 100, 7],
    [[1, 2], 50, 1],
    [[1, 2], 51, 2],
    [hundred, 95, 95],
    [hundred, 99, 99],
    [hundred, 100, 100],
    [hundred, 0, 1],
  ])("%j at %i → %s", (values, q, expected) => {
    expect(percentile(values, q)).toBe(expected);
  });
});

describe("summarizeLatencies", () => {
  test("sorts its input and reports count, p50, p95, p99 and max", () => {
    const shuffled = [...hundred].reverse();
    expect(summarizeLatencies(shuffled)).toEqual({ count: 100, p50: 50, p95: 95, p99: 99, max: 100 });
    expect(shuffled[0]).toBe(100);
  });

  test("nothing measured: nulls, not zeros", () => {
    expect(summarizeLatencies([])).toEqual({ count: 0, p50: null, p95: null, p99: null, max: null });
  });
});
