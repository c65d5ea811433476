import { describe, expect, test } from "vitest";
import { zoomSearch } from "./zoom-search";

describe("zoomSearch", () => {
  test.each([
    ["", "Finance", "?zoom=Finance"],
    ["?department=R%26D&sort=hours", "R&D", "?department=R%26D&sort=hours&zoom=R%26D"],
    ["?zoom=Finance&level=2", "Sales", "?zoom=Sales&level=2"],
    ["?zoom=Finance&level=2", null, "?level=2"],
    ["?zoom=Finance", null, ""],
  ])("%j zoomed to %j → %j", (search, department, expected) => {
    expect(zoomSearch(search, department)).toBe(expected);
  });
});
