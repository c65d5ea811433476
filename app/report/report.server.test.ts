/**
 * The report's view model on the hand-worked tiny organization (test/support/tiny-organization.ts):
 * the summary's figures are the ones worked out there, and the same as the query modules give the pages.
 */
import { afterEach, beforeEach, expect, test } from "vitest";
import { getRedesignScenario } from "../../db/queries/dashboard";
import { setKThreshold } from "../../db/queries/workspace-admin";
import { tempDatabase } from "../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../test/support/tiny-organization";
import { EMPTY_COVER } from "./cover";
import { buildReport } from "./report.server";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

const report = (workspaceId: number, adoptionPercent: number, elasticity: number) =>
  buildReport(conn.db, {
    workspace: { id: workspaceId, slug: "tiny", name: "Tiny" },
    filter: {},
    scenario: { adoptionPercent, elasticity, params: { adoption: adoptionPercent / 100, elasticity } },
    paper: "a4",
    cover: EMPTY_COVER,
    date: "2026-12-03",
    version: "test",
  });

test("a = 50 %, ε = 1.5: freed hours, the roles and department that change most, compression and growth, worked by hand", () => {
  const org = analyzedTinyOrganization(conn, 3);
  const view = report(org.workspaceId, 50, 1.5);
  // 15,048 automatable h × 0.5 = 7,524 h = 4.3 FTE.
  expect(view.summary[1]).toMatch(/^At 50% adoption, AI could free about 7,524 h a year, 4\.3 FTE/);
  // Clerk 7,040, Analyst 2,640, Director 1,320; Operations 5,280 + 660 freed, 1,760 + 660 moved = 8,360 h.
  expect(view.summary[2]).toBe(
    "The 3 roles whose work changes most: Clerk (Operations), Analyst (Finance) and Operations Director (Operations); of the departments, Operations changes most (8,360 h freed or able to move).",
  );
  // Gap 0.5 − 0.2 = 30 points before, 2/3 − 1/2 = 17 after: 13 points closer (no hands-on work here).
  expect(view.summary[3]).toBe(
    "On knowledge work: after AI, junior office work (Entry) is 13 points closer to senior work (Director): the judgment gap narrows from 30 to 17 points.",
  );
  // Finance 5 × (1 − 0.36 × 0.5)^−0.5 = 5.52; Operations 13 × (1 − 0.519 × 0.5)^−0.5 + 2 carried over = 17.1.
  expect(view.summary[4]).toBe(
    "At elasticity 1.5, Finance (5 → 5.5 people) and Operations (15 → 17.1 people) would grow: cheaper output raises demand by more than AI saves, as radiology grew when reading images got faster.",
  );
  expect(view.seniority.index).toBeCloseTo(4 / 9, 12);
  // The same figures as the redesign page's query.
  const page = getRedesignScenario(conn.db, org.workspaceId, {}, { adoption: 0.5, elasticity: 1.5 });
  expect(view.redesign.topRoles.map((r) => [r.title, r.freedHours, r.movableHours])).toEqual(
    page.roles.filter((r) => (r.time.figures?.changingHours ?? 0) > 0).map((r) => [r.title, r.time.figures!.freedHours, r.time.figures!.movableHours]),
  );
  expect(view.profiles.map((p) => p.title)).toEqual(["Clerk", "Analyst", "Operations Director"]);
  expect(view.profiles[0].redesign!.handToAi.groups.flatMap((g) => g.tasks)).toEqual(expect.arrayContaining(["Enter invoices"]));
});

test("k above the loggers: Finance's figures leave the report, and the summary says what is hidden", () => {
  const org = analyzedTinyOrganization(conn, 3);
  setKThreshold(conn.db, org.workspaceId, 4);
  const view = report(org.workspaceId, 50, 0.5);
  const text = JSON.stringify({ summary: view.summary, top: view.redesign.topRoles, profiles: view.profiles, time: view.time });
  expect(view.redesign.topRoles.map((r) => r.title)).not.toContain("Analyst");
  expect(view.time.departmentRows.find((r) => r.key === "Finance")).toMatchObject({ suppressed: true });
  // "Present to CFO" is the Analyst's alone: its logs come from 3 people.
  expect(text).not.toContain("Present to CFO");
  expect(view.summary[5]).toMatch(/1 department and 1 role are hidden because fewer than 4 people stand behind them\.$/);
});
