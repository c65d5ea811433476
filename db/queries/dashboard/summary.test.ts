import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedOrganization } from "../../../test/support/seed-organization";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { getWorkspaceSummary } from "./summary";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("getWorkspaceSummary", () => {
  it("roles, headcount, logged hours and people", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const summary = getWorkspaceSummary(conn.db, org.workspaceId, {});
    expect(summary).toMatchObject({
      roles: 5,
      headcount: 20,
      rolesByWeighting: { logs: 1, statements: 3, none: 1 },
      logs: { suppressed: false, figures: { logRows: 5, employees: 3 } },
      kThreshold: 3,
    });
    expect(summary.logs.figures!.hoursLogged).toBeCloseTo(400 / 60, 12);
    expect(summary.analyzedAt).toMatch(/^\d{4}-/);
    expect(getWorkspaceSummary(conn.db, org.workspaceId, { department: ["Operations"] })).toMatchObject({
      roles: 3,
      headcount: 15,
      logs: { suppressed: false, figures: { hoursLogged: 0, logRows: 0, employees: 0 } },
    });
  });

  it("k-threshold: logged hours from 3 employees are suppressed at k = 4", () => {
    const org = analyzedTinyOrganization(conn, 4);
    expect(getWorkspaceSummary(conn.db, org.workspaceId, {}).logs).toEqual({ suppressed: true, figures: null });
  });

  it("an empty workspace", () => {
    const org = seedOrganization(conn, { roles: [] });
    expect(getWorkspaceSummary(conn.db, org.workspaceId, {})).toEqual({
      roles: 0,
      headcount: 0,
      rolesByWeighting: { logs: 0, statements: 0, none: 0 },
      logs: { suppressed: false, figures: { hoursLogged: 0, logRows: 0, employees: 0 } },
      analyzedAt: null,
      kThreshold: 3,
    });
  });
});
