import { describe, expect, test } from "vitest";
import { round } from "./csv-table";

describe("round", () => {
  test.each([
    [3168.0000000004, 1, 3168],
    [0.45678, 4, 0.4568],
    [1234.56, 0, 1235],
    [-0.00001, 2, 0],
    [0, 4, 0],
    [null, 1, null],
    [Number.NaN, 1, null],
    [Number.POSITIVE_INFINITY, 1, null],
  ])("round(%s, %s) = %s", (value, decimals, expected) => {
    const result = round(value, decimals);
    expect(result).toBe(expected);
    if (result === 0) expect(Object.is(result, -0)).toBe(false);
  });
});
