import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { getOrganizationClassRanges, getRoleClassRanges, listGroupClassRanges } from "./class-ranges";
import { getOrganizationClassShares } from "./class-shares";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("class share ranges", () => {
  it("gives a role its expected shares and 90% interval (hand-computed for the Clerk)", () => {
    const org = analyzedTinyOrganization(conn, 3);
    // Five statements, a fifth of the time each; the table classifier puts its confidence on the
    // class and shares the rest: automatable p = .8, .9, .75, (1−.9)/2, (1−.55)/2 → mean 0.545;
    // variance Σ (1/5)²·p(1−p) = 0.659375/25 → half-width 1.6449 · 0.16240 = 0.26714.
    const ranges = getRoleClassRanges(conn.db, org.workspaceId, org.roleIds.clerk)!;
    expect(ranges.automatable.expected).toBeCloseTo(0.545, 9);
    expect(ranges.automatable.low).toBeCloseTo(0.545 - 0.26714, 4);
    expect(ranges.automatable.high).toBeCloseTo(0.545 + 0.26714, 4);
  });

  it("adds up the whole selection and each department, expected shares summing to 1", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const all = getOrganizationClassRanges(conn.db, org.workspaceId, {})!;
    const { automatable, democratized, specialized } = all;
    expect(automatable.expected + democratized.expected + specialized.expected).toBeCloseTo(1, 12);
    // The hard share (every task counted whole in its class) lies inside the range here.
    const hard = getOrganizationClassShares(conn.db, org.workspaceId, {}).figures!.classShares!;
    for (const c of ["automatable", "democratized", "specialized"] as const) {
      expect(all[c].low).toBeLessThanOrEqual(hard[c]);
      expect(all[c].high).toBeGreaterThanOrEqual(hard[c]);
    }
    const departments = listGroupClassRanges(conn.db, org.workspaceId, {}, "department");
    expect([...departments.keys()].sort()).toEqual(["Finance", "Operations"]);
  });

  it("has no range for a role or a selection without analysed time", () => {
    const org = analyzedTinyOrganization(conn, 3);
    expect(getRoleClassRanges(conn.db, org.workspaceId, org.roleIds.planner)).toBeNull();
    expect(getOrganizationClassRanges(conn.db, org.workspaceId, { department: ["Nowhere"] })).toBeNull();
  });
});
