import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { getOrganizationClassShares, listGroupClassShares } from "./class-shares";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("getOrganizationClassShares", () => {
  it("adds roles up by their annualized hours (hand-computed in test/support/tiny-organization.ts)", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const all = getOrganizationClassShares(conn.db, org.workspaceId, {});
    expect(all).toMatchObject({ roles: 5, headcount: 20, suppressed: false });
    expect(all.figures!.hours).toBeCloseTo(31_680, 9);
    expect(all.figures!.classHours.automatable).toBeCloseTo(15_048, 9);
    expect(all.figures!.classHours.democratized).toBeCloseTo(7832, 9);
    expect(all.figures!.classHours.specialized).toBeCloseTo(8800, 9);
    expect(all.figures!.classShares!.automatable).toBeCloseTo(0.475, 12);
    // information atoms outside specialized work: 19,360 of 31,680 h = 11/18
    expect(all.figures!.atomization).toBeCloseTo(11 / 18, 12);
  });

  it("follows the filter", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const leeds = getOrganizationClassShares(conn.db, org.workspaceId, { location: ["Leeds"], level: [0, 2] });
    // Clerk (analysed) and Planner (no tasks)
    expect(leeds).toMatchObject({ roles: 2, headcount: 12 });
    expect(leeds.figures!.classShares).toEqual({ automatable: 0.6, democratized: 0.2, specialized: 0.2 });
    const nothing = getOrganizationClassShares(conn.db, org.workspaceId, { department: ["Nowhere"] });
    expect(nothing).toEqual({
      key: null,
      roles: 0,
      headcount: 0,
      suppressed: false,
      figures: { hours: 0, classHours: { automatable: 0, democratized: 0, specialized: 0 }, classShares: null, atoms: [], atomization: null },
    });
  });

  it("suppresses the organization when its logs come from fewer than k employees", () => {
    const org = analyzedTinyOrganization(conn, 4);
    expect(getOrganizationClassShares(conn.db, org.workspaceId, {})).toEqual({ key: null, roles: 5, headcount: 20, suppressed: true, figures: null });
    // Without the Analyst's logs in the selection, nothing personal is left.
    expect(getOrganizationClassShares(conn.db, org.workspaceId, { department: ["Operations"] }).suppressed).toBe(false);
  });
});

describe("listGroupClassShares", () => {
  it("per department", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const [finance, operations] = listGroupClassShares(conn.db, org.workspaceId, {}, "department");
    expect(finance).toMatchObject({ key: "Finance", roles: 2, headcount: 5, suppressed: false });
    // Analyst 3,168 / 2,112 / 1,760 + Manager 0 / 880 / 880 = 8,800 h
    expect(finance.figures!.classShares!.automatable).toBeCloseTo(0.36, 12);
    expect(finance.figures!.classShares!.democratized).toBeCloseTo(0.34, 12);
    expect(finance.figures!.classShares!.specialized).toBeCloseTo(0.3, 12);
    expect(finance.figures!.atomization).toBeCloseTo(0.7, 12);
    expect(operations).toMatchObject({ key: "Operations", roles: 3, headcount: 15 });
    expect(operations.figures!.hours).toBeCloseTo(22_880, 9);
  });

  it("per level and per location, in order", () => {
    const org = analyzedTinyOrganization(conn, 3);
    expect(listGroupClassShares(conn.db, org.workspaceId, {}, "level").map((g) => [g.key, g.figures?.hours ?? null])).toEqual([
      [0, 17_600],
      [1, 7040],
      [2, 0],
      [4, 1760],
      [5, 5280],
    ]);
    expect(listGroupClassShares(conn.db, org.workspaceId, {}, "location").map((g) => g.key)).toEqual(["Leeds", "London"]);
  });

  it("k-threshold: the department with 3 log employees is suppressed at k = 4, the statement-only one is not", () => {
    const org = analyzedTinyOrganization(conn, 4);
    const [finance, operations] = listGroupClassShares(conn.db, org.workspaceId, {}, "department");
    expect(finance).toEqual({ key: "Finance", roles: 2, headcount: 5, suppressed: true, figures: null });
    expect(operations.suppressed).toBe(false);
    const levels = listGroupClassShares(conn.db, org.workspaceId, {}, "level");
    expect(levels.filter((l) => l.suppressed).map((l) => l.key)).toEqual([1]);
  });
});
