import { describe, expect, it } from "vitest";
import { clampShare, nonNegative, tickCount, total, zeroBasedDomain } from "./domains";

describe("nonNegative", () => {
  it.each([
    [5, 5],
    [0, 0],
    [-3, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    [null, 0],
    [undefined, 0],
    [0.25, 0.25],
  ])("%s → %s", (input, expected) => expect(nonNegative(input)).toBe(expected));
});

describe("clampShare", () => {
  it.each([
    [0.4, 0.4],
    [1.7, 1],
    [-0.1, 0],
    [Number.NaN, 0],
    [1, 1],
  ])("%s → %s", (input, expected) => expect(clampShare(input)).toBe(expected));
});

describe("zeroBasedDomain", () => {
  it.each<[string, number[], [number, number]]>([
    ["empty", [], [0, 1]],
    ["only zeros", [0, 0], [0, 1]],
    ["single value", [42], [0, 42]],
    ["NaN and negatives ignored", [Number.NaN, -10, 7, 3], [0, 7]],
  ])("%s", (_name, values, expected) => expect(zeroBasedDomain(values)).toEqual(expected));

  it("uses the fallback maximum when nothing is positive", () => {
    expect(zeroBasedDomain([], 100)).toEqual([0, 100]);
  });
});

describe("tickCount", () => {
  it.each([
    [0, 2],
    [-50, 2],
    [Number.NaN, 2],
    [100, 2],
    [450, 5],
    [5000, 10],
  ])("%s px → %s ticks", (length, expected) => expect(tickCount(length)).toBe(expected));
});

describe("total", () => {
  it.each<[number[], number]>([
    [[], 0],
    [[3], 3],
    [[1, 2, Number.NaN, -4], 3],
  ])("%j → %s", (values, expected) => expect(total(values)).toBe(expected));
});
