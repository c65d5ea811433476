import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { createWorkspace } from "../workspaces";
import { getRoleProfile } from "./role-profile";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("getRoleProfile", () => {
  it("a log-weighted role: identity, cost, class hours, logged hours and hours per atom", () => {
    const org = analyzedTinyOrganization(conn, 2);
    const profile = getRoleProfile(conn.db, org.workspaceId, org.roleIds.analyst)!;
    expect(profile.role).toEqual({
      roleId: org.roleIds.analyst,
      title: "Analyst",
      department: "Finance",
      level: 1,
      levelLabel: "L1",
      location: "London",
      headcount: 4,
    });
    expect(profile.weighting).toBe("logs");
    expect(profile.cost).toEqual({ suppressed: false, figures: { annualCost: 60_000 } });
    const time = profile.time.figures!;
    expect(time.classHours).toEqual({ automatable: 3168, democratized: 2112, specialized: 1760 });
    expect(time.hours).toBe(7040);
    // 400 logged minutes by 3 employees
    expect(time.hoursLogged).toBeCloseTo(400 / 60, 9);
    expect(time.loggers).toBe(3);
    expect(time.atoms.map((a) => [a.atom, a.class, a.hours])).toEqual([
      ["organize", "automatable", 3168],
      ["analyze", "democratized", 2112],
      ["relate", "specialized", 1760],
    ]);
  });

  it("k-threshold: the pay of a role of one is suppressed, its job-description time is not", () => {
    const org = analyzedTinyOrganization(conn, 2);
    const profile = getRoleProfile(conn.db, org.workspaceId, org.roleIds.manager)!;
    expect(profile.cost).toEqual({ suppressed: true, figures: null });
    expect(profile.weighting).toBe("statements");
    expect(profile.time.figures!.classHours).toEqual({ automatable: 0, democratized: 880, specialized: 880 });
    expect(profile.time.figures!.loggers).toBe(0);
  });

  it("k-threshold: time logged by fewer than k employees is removed; cost of a headcount of k is kept", () => {
    const org = analyzedTinyOrganization(conn, 4);
    const profile = getRoleProfile(conn.db, org.workspaceId, org.roleIds.analyst)!;
    expect(profile.time).toEqual({ suppressed: true, figures: null });
    expect(profile.cost).toEqual({ suppressed: false, figures: { annualCost: 60_000 } });
  });

  it("a role without tasks or cost, and a role of another workspace", () => {
    const org = analyzedTinyOrganization(conn, 2);
    const planner = getRoleProfile(conn.db, org.workspaceId, org.roleIds.planner)!;
    expect(planner.weighting).toBeNull();
    expect(planner.time.figures).toMatchObject({ hours: 0, atoms: [] });
    expect(getRoleProfile(conn.db, org.workspaceId, org.roleIds.director)!.cost).toEqual({ suppressed: false, figures: { annualCost: null } });
    const other = createWorkspace(conn.db, { slug: "other", name: "Other" });
    expect(getRoleProfile(conn.db, other.id, org.roleIds.analyst)).toBeUndefined();
  });
});
