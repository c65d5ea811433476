import { describe, expect, it } from "vitest";
import { guard, isCostSuppressed, isSuppressed, isTimeSuppressed } from "./privacy";

describe("isSuppressed", () => {
  it.each([
    { people: 0, k: 5, expected: true },
    { people: 4, k: 5, expected: true },
    { people: 4.5, k: 5, expected: true },
    { people: 5, k: 5, expected: false },
    { people: 6, k: 5, expected: false },
    { people: 0, k: 0, expected: false },
    { people: 1, k: 1, expected: false },
    { people: Number.NaN, k: 1, expected: true },
  ])("$people people, k = $k → $expected", ({ people, k, expected }) => {
    expect(isSuppressed(people, k)).toBe(expected);
  });
});

describe("isTimeSuppressed", () => {
  it.each([
    { name: "job description only", logEmployees: 0, k: 5, expected: false },
    { name: "one employee's logs", logEmployees: 1, k: 5, expected: true },
    { name: "k − 1 employees", logEmployees: 4, k: 5, expected: true },
    { name: "k employees", logEmployees: 5, k: 5, expected: false },
    { name: "k = 1", logEmployees: 1, k: 1, expected: false },
  ])("$name", ({ logEmployees, k, expected }) => {
    expect(isTimeSuppressed(logEmployees, k)).toBe(expected);
  });
});

describe("isCostSuppressed", () => {
  it.each([
    { headcount: 1, k: 5, expected: true },
    { headcount: 4.9, k: 5, expected: true },
    { headcount: 5, k: 5, expected: false },
    { headcount: 0, k: 0, expected: false },
  ])("headcount $headcount, k = $k → $expected", ({ headcount, k, expected }) => {
    expect(isCostSuppressed(headcount, k)).toBe(expected);
  });
});

describe("guard", () => {
  it("removes the numbers, not just a flag", () => {
    expect(guard(true, () => ({ hours: 12 }))).toEqual({ suppressed: true, figures: null });
    expect(guard(false, () => ({ hours: 12 }))).toEqual({ suppressed: false, figures: { hours: 12 } });
  });

  it("does not compute suppressed figures at all", () => {
    let called = false;
    guard(true, () => (called = true));
    expect(called).toBe(false);
  });
});
