import { describe, expect, it } from "vitest";
import {
  formatChangeShare,
  formatCount,
  formatCompact,
  shownPercent,
  formatHeadcount,
  formatHeadcountChange,
  formatHours,
  formatShare,
  suppressedLabel,
} from "./format";

describe("formatShare", () => {
  it.each([
    [0, "0%"],
    [0.423, "42%"],
    [1, "100%"],
    [0.001, "<1%"],
    [0.998, ">99%"],
    [Number.NaN, "–"],
  ])("%s → %s", (value, expected) => expect(formatShare(value)).toBe(expected));
});

describe("formatHours", () => {
  it.each([
    [0, "0 h"],
    [2.5, "2.5 h"],
    [9.96, "10 h"],
    [1234.5, "1,235 h"],
    [314492, "314,492 h"],
    [Number.POSITIVE_INFINITY, "–"],
  ])("%s → %s", (value, expected) => expect(formatHours(value)).toBe(expected));
});

describe("formatHeadcount and changes", () => {
  it.each([
    [formatHeadcount, 12, "12"],
    [formatHeadcount, 12.54, "12.5"],
    [formatHeadcount, 1204, "1,204"],
    [formatHeadcountChange, 2.5, "+2.5"],
    [formatHeadcountChange, -12, "−12"],
    [formatHeadcountChange, 0.01, "±0"],
    [formatChangeShare, 0.12, "+12%"],
    [formatChangeShare, -0.08, "−8%"],
    [formatChangeShare, 0, "±0%"],
    [formatCompact, 12000, "12k"],
    [formatCompact, 0, "0"],
    [formatCompact, 1_171_250, "1.17M"],
    [formatCompact, 395_139, "395k"],
    [formatCompact, 90_993.6, "91k"],
    [formatCompact, 574_912, "575k"],
    [formatCompact, 87_326.8, "87.3k"],
    [formatCompact, 1_250_000, "1.25M"],
  ] as const)("%o(%s) → %s", (fn, value, expected) => expect(fn(value)).toBe(expected));

  it("uses the typographic minus sign", () => {
    expect(formatHeadcountChange(-1)).toContain("\u2212");
  });
});

describe("suppressedLabel", () => {
  it.each([
    [5, "fewer than 5 people"],
    [10, "fewer than 10 people"],
  ])("k = %s", (k, expected) => expect(suppressedLabel(k)).toBe(expected));
});

describe("formatCount", () => {
  it.each([
    [1, "task", undefined, "1 task"],
    [0, "task", undefined, "0 tasks"],
    [4835, "task", undefined, "4,835 tasks"],
    [2, "person", "people", "2 people"],
  ])("%d %s", (n, one, many, text) => {
    expect(formatCount(n, one, many)).toBe(text);
  });
});

describe("shownPercent", () => {
  it.each([
    [0.003, 0],
    [0.674, 67],
    [0.998, 100],
  ])("%d → %d", (value, percent) => expect(shownPercent(value)).toBe(percent));
});
