import { describe, expect, test } from "vitest";
import { filterQuery, otherParams, withoutFilterValue } from "./filter-params";

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
});
