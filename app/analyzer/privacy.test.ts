import { describe, expect, it } from "vitest";
import { groupPeople, guard, isSuppressed, rolePeople } from "./privacy";

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

describe("guard", () => {
  it("removes the numbers, not just a flag", () => {
    expect(guard(4, 5, () => ({ hours: 12 }))).toEqual({ suppressed: true, figures: null });
    expect(guard(5, 5, () => ({ hours: 12 }))).toEqual({ suppressed: false, figures: { hours: 12 } });
  });
});

describe("rolePeople and groupPeople", () => {
  it.each([
    { weighting: "logs" as const, loggers: 3, headcount: 40, expected: 3 },
    { weighting: "statements" as const, loggers: 0, headcount: 40, expected: 40 },
    { weighting: null, loggers: 0, headcount: 2.5, expected: 2.5 },
  ])("$weighting role → $expected", ({ weighting, loggers, headcount, expected }) => {
    expect(rolePeople(weighting, loggers, headcount)).toBe(expected);
  });

  it("adds distinct loggers to statement headcount", () => {
    expect(groupPeople(3, 2)).toBe(5);
    expect(groupPeople(0, 0)).toBe(0);
  });
});
