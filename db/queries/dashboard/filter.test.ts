import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { listFilterOptions, parseDashboardFilter } from "./filter";

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

describe("listFilterOptions", () => {
  let conn: ReturnType<typeof tempDatabase>;
  beforeEach(() => {
    conn = tempDatabase();
  });
  afterEach(() => conn.cleanup());

  it("offers every department, level (with its labels) and location present", () => {
    const org = analyzedTinyOrganization(conn, 3);
    expect(listFilterOptions(conn.db, org.workspaceId)).toEqual({
      departments: ["Finance", "Operations"],
      levels: [0, 1, 2, 4, 5].map((level) => ({ level, labels: [`L${level}`] })),
      locations: ["Leeds", "London"],
    });
  });
});
