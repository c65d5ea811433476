import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dashboardContext, thrownStatus as status, workspaceIdOf } from "../../../test/support/dashboard-context";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { judgmentHref } from "./judgment-switch";
import { loadSeniority, parseJudgmentView } from "./seniority.server";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("parseJudgmentView and judgmentHref", () => {
  it.each([
    ["", "all"],
    ["?judgment=", "all"],
    ["?judgment=all", "all"],
    ["?judgment=without-hands-on", "without-hands-on"],
  ])("%s → %s", (search, expected) => expect(parseJudgmentView(new URLSearchParams(search))).toBe(expected));

  it("anything else is a 400", () => {
    expect(status(() => parseJudgmentView(new URLSearchParams("?judgment=desk")))).toBe(400);
  });

  it.each([
    ["", "without-hands-on", "?judgment=without-hands-on"],
    ["?department=IT&judgment=without-hands-on", "all", "?department=IT"],
    ["?judgment=without-hands-on", "all", "?"],
  ] as const)("judgmentHref(%j, %s) → %s", (search, view, expected) => expect(judgmentHref(search, view)).toBe(expected));
});

describe("loadSeniority (hand-computed in tiny-organization.ts)", () => {
  it("draws the levels with hours, names the ones without, and reads the index", () => {
    analyzedTinyOrganization(conn, 3);
    const view = loadSeniority(dashboardContext(conn, workspaceIdOf(conn), "", "editor"));
    expect(view.levels.map((l) => [l.name, l.hours, l.before, l.after])).toEqual([
      ["Entry", 17_600, 0.2, 0.5],
      ["Junior", 7040, 0.25, 1760 / 3872],
      ["Lead/Manager", 1760, 0.5, 0.5],
      ["Director", 5280, 0.5, 2 / 3],
    ]);
    expect(view.levelsWithoutHours).toEqual(["Mid"]);
    expect(view.index.value).toBeCloseTo(4 / 9, 12);
    expect(view.indexText).toBe("AI pulls junior work toward senior-level judgment: the judgment gap between Entry and Director: 30 points before AI, 17 points after.");
    expect(view.rolesLookingUp.map((r) => [r.title, r.levelName, r.comparedLevelName])).toEqual([
      ["Clerk", "Entry", "Junior"],
      ["Finance Manager", "Lead/Manager", "Director"],
    ]);
  });

  it("a suppressed level is drawn without figures and named", () => {
    analyzedTinyOrganization(conn, 4);
    const view = loadSeniority(dashboardContext(conn, workspaceIdOf(conn), "", "editor"));
    expect(view.levels.find((l) => l.name === "Junior")).toMatchObject({ suppressed: true, hours: null, before: null, after: null, classHours: null });
    expect(view.suppressedLevels).toEqual(["Junior"]);
  });

  it("one level: no index, the reason instead", () => {
    analyzedTinyOrganization(conn, 3);
    const view = loadSeniority(dashboardContext(conn, workspaceIdOf(conn), "?level=0", "editor"));
    expect(view.levels).toHaveLength(1);
    expect(view.index.value).toBeNull();
    expect(view.indexText).toMatch(/^Only one level/);
  });

  it("an empty selection draws nothing", () => {
    analyzedTinyOrganization(conn, 3);
    const view = loadSeniority(dashboardContext(conn, workspaceIdOf(conn), "?department=Nowhere", "editor"));
    expect(view).toMatchObject({ levels: [], levelsWithoutHours: [], rolesLookingUp: [], indexText: "No level has any hours yet." });
  });
});
