import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { listRoleSummaries } from "./roles-table";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("listRoleSummaries", () => {
  it("hours by class, FTE, atomization, headcount and cost per role", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const rows = listRoleSummaries(conn.db, org.workspaceId, {});
    expect(rows.map((r) => r.title)).toEqual(["Analyst", "Finance Manager", "Clerk", "Planner", "Operations Director"]);
    const analyst = rows[0];
    expect(analyst).toMatchObject({ weighting: "logs", headcount: 4, cost: { suppressed: false, figures: { annualCostPerFte: 60_000, annualCost: 240_000 } } });
    expect(analyst.time).toMatchObject({
      suppressed: false,
      figures: {
        hours: 7040,
        classHours: { automatable: 3168, democratized: 2112, specialized: 1760 },
        classShares: { automatable: 0.45, democratized: 0.3, specialized: 0.25 },
        fte: { automatable: 1.8, democratized: 1.2, specialized: 1 },
        atomization: 0.75,
        employees: 3,
      },
    });
    expect(analyst.time!.figures!.loggedHours).toBeCloseTo(400 / 60, 12);
    expect(rows[2].time!.figures).toMatchObject({ hours: 17_600, loggedHours: null, employees: null, atomization: 0.6 });
    // Planner: no tasks, so no time figures at all
    expect(rows[3]).toMatchObject({ weighting: null, time: null });
  });

  it("k-threshold: cost needs headcount ≥ k, log figures need k employees, job descriptions are shown", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const byTitle = new Map(listRoleSummaries(conn.db, org.workspaceId, {}).map((r) => [r.title, r]));
    // Finance Manager: headcount 1 → pay suppressed; time from the job description is shown.
    expect(byTitle.get("Finance Manager")).toMatchObject({ cost: { suppressed: true, figures: null }, time: { suppressed: false } });
    expect(byTitle.get("Planner")!.cost).toEqual({ suppressed: true, figures: null });
    expect(byTitle.get("Operations Director")!.cost).toEqual({ suppressed: false, figures: { annualCostPerFte: null, annualCost: null } });

  });

  it("k = 4: the Analyst's logs come from 3 employees", () => {
    const org = analyzedTinyOrganization(conn, 4);
    const analyst = listRoleSummaries(conn.db, org.workspaceId, { department: ["Finance"] })[0];
    expect(analyst).toMatchObject({ title: "Analyst", weighting: "logs", time: { suppressed: true, figures: null }, cost: { suppressed: false } });
  });

  it("empty selection", () => {
    const org = analyzedTinyOrganization(conn, 3);
    expect(listRoleSummaries(conn.db, org.workspaceId, { level: [6] })).toEqual([]);
  });
});
