import { describe, expect, it, test } from "vitest";
import { filterQuery, otherParams, parseDashboardFilter, withoutFilterValue } from "./filter";

describe("filterQuery", () => {
  test.each([
    ["", ""],
    ["?adoption=50", ""],
    ["?department=Sales&adoption=50&level=2&level=3", "?department=Sales&level=2&level=3"],
    ["?department=&location=Berlin", "?location=Berlin"],
    ["?department=R%26D", "?department=R%26D"],
  ])("%j → %j", (input, expected) => {
    expect(filterQuery(input)).toBe(expected);
  });
});

describe("withoutFilterValue", () => {
  test("removes one value and keeps the rest, other filters and other parameters", () => {
    expect(withoutFilterValue("?level=2&level=3&department=Sales&adoption=50", "level", "2")).toBe("?level=3&department=Sales&adoption=50");
  });
  test("removing the last value leaves no empty query", () => {
    expect(withoutFilterValue("?department=Sales", "department", "Sales")).toBe("");
  });
});

describe("otherParams", () => {
  test("keeps what is not a filter, in order", () => {
    expect(otherParams("?department=Sales&adoption=50&elasticity=1.5")).toEqual([
      ["adoption", "50"],
      ["elasticity", "1.5"],
    ]);
  });

  test("drops the page number (a new selection starts at its first page) but keeps the lists opened in full", () => {
    expect(otherParams("?page=4&show=departments&department=Sales")).toEqual([["show", "departments"]]);
  });
});

describe("parseDashboardFilter", () => {
  it.each([
    { query: "", expected: {} },
    { query: "department=", expected: {} },
    { query: "department=Finance&department=Operations", expected: { department: ["Finance", "Operations"] } },
    { query: "level=0&level=6&level=0", expected: { level: [0, 6] } },
    { query: "location=Leeds&other=1", expected: { location: ["Leeds"] } },
  ])("?$query", ({ query, expected }) => {
    expect(parseDashboardFilter(new URLSearchParams(query))).toEqual({ ok: true, filter: expected });
  });

  it.each([
    { query: "level=x", message: 'level: level must be a number, got "x"' },
    { query: "level=7", message: 'level: level must be between 0 and 6, got "7"' },
    { query: "level=1.5", message: 'level: level must be a whole number, got "1.5"' },
    { query: "level=-1", message: 'level: level must be between 0 and 6, got "-1"' },
  ])("rejects ?$query", ({ query, message }) => {
    expect(parseDashboardFilter(new URLSearchParams(query))).toEqual({ ok: false, message });
  });
});
