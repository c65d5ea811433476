import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dashboardContext, thrownStatus as status, workspaceIdOf } from "../../../test/support/dashboard-context";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { loadReview, MAX_SHOWN, PAGE_SIZE, parseShown } from "./review.server";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("parseShown", () => {
  it.each([
    ["", PAGE_SIZE],
    ["?show=", PAGE_SIZE],
    ["?show=1", 1],
    [`?show=${MAX_SHOWN}`, MAX_SHOWN],
  ])("%s → %i", (search, expected) => expect(parseShown(new URLSearchParams(search))).toBe(expected));

  it.each(["?show=0", `?show=${MAX_SHOWN + 1}`, "?show=2.5", "?show=lots"])("%s is a 400", (search) => {
    expect(status(() => parseShown(new URLSearchParams(search)))).toBe(400);
  });
});

describe("loadReview", () => {
  it("ranks, numbers and counts the queue; roles of a task logged by fewer than k people are left out", () => {
    analyzedTinyOrganization(conn, 3);
    const view = loadReview(dashboardContext(conn, workspaceIdOf(conn), "?show=3", "editor"));
    expect(view.items.map((i) => [i.rank, i.text, i.hours, i.roles.map((r) => r.title)])).toEqual([
      [1, "Draft supplier letters", 3520, ["Clerk"]],
      // logged by 2 employees of the Analyst role (k = 3): no hours, no roles
      [2, "Analyze variance", null, []],
      [3, "Present to CFO", null, []],
    ]);
    expect(view.items[1]).toMatchObject({ suppressed: true, otherRoles: 0, atomLabel: "Analyze data", confidence: 0.6 });
    expect(view.totals).toEqual({ waiting: 10, waitingHours: 18_480, waitingSuppressed: 3, reviewed: 0, unclear: 0, unclearHours: 0 });
    expect(view).toMatchObject({ shown: 3, nextShown: 3 + PAGE_SIZE, canEdit: true });
  });

  it("the filter narrows the queue; a viewer reads it", () => {
    analyzedTinyOrganization(conn, 1);
    const view = loadReview(dashboardContext(conn, workspaceIdOf(conn), "?department=Operations", "viewer"));
    // Clerk (3,520 h a task) and Operations Director (1,320 h a task) only. (1 − confidence) × hours:
    // letters 0.45 × 3,520 = 1,584; deliveries 880; invoices 704; variance 0.4 × 1,320 = 528;
    // compile 0.1 × (3,520 + 1,320) = 484; budgets 396; supplier calls 352; lead the team 66.
    expect(view.items.map((i) => i.text)).toEqual([
      "Draft supplier letters",
      "Schedule deliveries",
      "Enter invoices",
      "Analyze variance",
      "Compile weekly report",
      "Approve budgets",
      "Handle supplier calls",
      "Lead the operations team",
    ]);
    expect(view.items.find((i) => i.text === "Compile weekly report")!.hours).toBe(4840);
    expect(view.canEdit).toBe(false);
  });
});
