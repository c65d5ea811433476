import { existsSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { CSV_EXPORT_NAMES, exportHref } from "./export-links";

describe("exportHref", () => {
  test.each([
    ["roles.csv", "", "/w/demo/export/roles.csv"],
    ["roles.csv", "?department=Sales&level=2&level=3", "/w/demo/export/roles.csv?department=Sales&level=2&level=3"],
    // Only the filter travels: the scenario's and other pages' parameters stay behind.
    ["tasks.csv", "?adoption=0.5&department=R%26D&elasticity=2", "/w/demo/export/tasks.csv?department=R%26D"],
    ["departments.csv", new URLSearchParams([["location", "Leeds"], ["location", ""]]), "/w/demo/export/departments.csv?location=Leeds"],
    // The overrides history is the workspace's: no filter.
    ["overrides.csv", "?department=Sales", "/w/demo/export/overrides.csv"],
    // The Redesign table's file follows the page's scenario too, but not its page number.
    ["redesign.csv", "?adoption=40&page=3&department=Sales&elasticity=0.5", "/w/demo/export/redesign.csv?department=Sales&adoption=40&elasticity=0.5"],
  ] as const)("%s with %s", (name, search, href) => {
    expect(exportHref("demo", name, search)).toBe(href);
  });

  test("every export's link leads to a route that serves it", () => {
    for (const name of CSV_EXPORT_NAMES) {
      expect(exportHref("a-b", name)).toBe(`/w/a-b/export/${name}`);
      const route = new URL(`../routes/w.$workspace.export.${name.replace(/\.csv$/, "")}[.csv].ts`, import.meta.url);
      expect(existsSync(route), route.pathname).toBe(true);
    }
  });
});
