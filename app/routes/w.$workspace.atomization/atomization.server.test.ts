/**
 * The atomization page's view model on the tiny organization (test/support/tiny-organization.ts).
 * Atomization = share of time in information atoms (research … compare) on tasks that are not
 * specialized: Analyst 45 % organize + 30 % analyze = 0.75; Clerk 2/5 organize + 1/5 draft = 0.6;
 * Operations Director ¼ organize + ¼ analyze = 0.5; Finance Manager ½ counterargue = 0.5.
 */
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { dashboardContext, thrownData } from "../../../test/support/dashboard-context";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { atomRows, loadAtomization } from "./atomization.server";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

const hours = (automatable: number, democratized: number, specialized: number) => ({ automatable, democratized, specialized });

describe("loadAtomization", () => {
  test("the whole selection: icicle, roles by atomization, hours per atom by class", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = loadAtomization(dashboardContext(conn, org.workspaceId));
    expect(view.zoom).toBeNull();
    expect(view.selection).toMatchObject({ hours: 31_680 });
    // 0.75 × 7,040 + 0.5 × 1,760 + 0.6 × 17,600 + 0.5 × 5,280 over 31,680 h
    expect(view.selection!.atomization).toBeCloseTo((5280 + 880 + 10_560 + 2640) / 31_680, 12);
    // The Planner has no tasks: not in the hierarchy, not in the table.
    expect(view.icicle.map((d) => [d.name, d.roles.map((r) => r.title)])).toEqual([
      ["Finance", ["Analyst", "Finance Manager"]],
      ["Operations", ["Clerk", "Operations Director"]],
    ]);
    const analyst = view.icicle[0].roles[0];
    expect(analyst).toMatchObject({ id: String(org.roleIds.analyst), atomization: 0.75, headcount: 4, suppressed: false });
    expect(analyst.atoms).toEqual([
      { atom: "organize", taskClass: "automatable", hours: 3168 },
      { atom: "analyze", taskClass: "democratized", hours: 2112 },
      { atom: "relate", taskClass: "specialized", hours: 1760 },
    ]);
    expect(view.roles.map((r) => [r.title, r.figures?.atomization])).toEqual([
      ["Analyst", 0.75],
      ["Clerk", 0.6],
      ["Finance Manager", 0.5],
      ["Operations Director", 0.5],
    ]);
    expect(view.roles[1].figures).toMatchObject({
      hours: 17_600,
      shares: { automatable: 0.6, democratized: 0.2, specialized: 0.2 },
      mainAtoms: [
        { label: "Organize (tables, records, schedules)", taskClass: "automatable", share: 0.4 },
        { label: "Coordinate & communicate", taskClass: "automatable", share: 0.2 },
        { label: "Draft", taskClass: "democratized", share: 0.2 },
      ],
    });
    expect(view.atoms!.map((a) => [a.atom, a.hours])).toEqual([
      ["organize", hours(3168 + 7040 + 1320, 0, 0)],
      ["relate", hours(0, 0, 1760 + 3520)],
      ["coordinate", hours(3520, 0, 0)],
      ["draft", hours(0, 3520, 0)],
      ["analyze", hours(0, 2112 + 1320, 0)],
      ["support_decision", hours(0, 0, 880 + 1320)],
      ["lead_people", hours(0, 0, 1320)],
      ["counterargue", hours(0, 880, 0)],
    ]);
  });

  test("zoom into a department: its roles, its atoms, its own figures; an unknown zoom is ignored", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = loadAtomization(dashboardContext(conn, org.workspaceId, "?zoom=Operations"));
    expect(view.zoom).toBe("Operations");
    expect(view.roles.map((r) => r.title)).toEqual(["Clerk", "Operations Director"]);
    expect(view.focus).toMatchObject({ name: "Operations", hours: 22_880 });
    expect(view.focus!.atomization).toBeCloseTo((10_560 + 2640) / 22_880, 12);
    // Analyze (the Director's 1,320 h) and lead people (1,320 h) tie: label order decides.
    expect(view.atoms!.map((a) => a.atom)).toEqual(["organize", "coordinate", "draft", "relate", "analyze", "lead_people", "support_decision"]);
    // The icicle still gets the whole selection: it zooms itself, from `zoom`.
    expect(view.icicle).toHaveLength(2);

    const gone = loadAtomization(dashboardContext(conn, org.workspaceId, "?department=Finance&zoom=Operations"));
    expect(gone.zoom).toBeNull();
    expect(gone.focus).toBeNull();
    expect(gone.roles.map((r) => r.title)).toEqual(["Analyst", "Finance Manager"]);
  });

  test.each([
    ["?sort=hours", ["Clerk", "Analyst", "Operations Director", "Finance Manager"]],
    ["?sort=hours&dir=asc", ["Finance Manager", "Operations Director", "Analyst", "Clerk"]],
    ["?sort=title", ["Analyst", "Clerk", "Finance Manager", "Operations Director"]],
    // Specialized: Manager ½ and Director ½ tie (title decides), Analyst 25 %, Clerk 20 %.
    ["?sort=specialized", ["Finance Manager", "Operations Director", "Analyst", "Clerk"]],
  ])("%s orders the table", (search, titles) => {
    const org = analyzedTinyOrganization(conn, 3);
    expect(loadAtomization(dashboardContext(conn, org.workspaceId, search)).roles.map((r) => r.title)).toEqual(titles);
  });

  test("k = 4: Finance (3 people logged) is hidden whole, and so is the selection's total", () => {
    const org = analyzedTinyOrganization(conn, 4);
    const view = loadAtomization(dashboardContext(conn, org.workspaceId));
    expect(view.suppressedDepartments).toEqual(["Finance"]);
    expect(view.icicle[0]).toEqual({ name: "Finance", suppressed: true, roles: [] });
    expect(view.roles.map((r) => r.title)).toEqual(["Clerk", "Operations Director"]);
    expect(view.selection).toBeNull();
    expect(view.atoms).toBeNull();
    // Zooming into the hidden department is not honoured.
    expect(loadAtomization(dashboardContext(conn, org.workspaceId, "?zoom=Finance")).zoom).toBeNull();
  });

  test("an empty selection", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const none = loadAtomization(dashboardContext(conn, org.workspaceId, "?department=Nowhere"));
    expect(none).toMatchObject({ icicle: [], roles: [], atoms: [], hiddenRoleCount: 0 });
  });

  test("a bad sort in the link is a 400 that says what is wrong", () => {
    const org = analyzedTinyOrganization(conn, 3);
    expect(thrownData(() => loadAtomization(dashboardContext(conn, org.workspaceId, "?sort=salary")))).toEqual({
      status: 400,
      message: expect.stringMatching(/^This link's table order is not valid: sort must be one of title, headcount, .*got "salary"\.$/),
    });
  });
});

describe("loadAtomization: paging and the icicle's `after`", () => {
  test("a bad page or after in the link is a 400 that names the parameter", () => {
    const org = analyzedTinyOrganization(conn, 3);
    expect(thrownData(() => loadAtomization(dashboardContext(conn, org.workspaceId, "?page=0")))).toEqual({
      status: 400,
      message: `This link's table page is not valid: page must be a whole number from 1, got "0".`,
    });
    expect(thrownData(() => loadAtomization(dashboardContext(conn, org.workspaceId, "?zoom=Finance&after=-3")))).toEqual({
      status: 400,
      message: `This link's chart zoom is not valid: after must be a whole number from 0, got "-3".`,
    });
  });

  test("a small organization is one page and its icicle is not folded; a page past the end is the last", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = loadAtomization(dashboardContext(conn, org.workspaceId, "?page=9"));
    expect(view.rolePage).toMatchObject({ page: 1, pageCount: 1, first: 1, last: view.roles.length, total: view.roles.length });
    expect(view.icicle.some((d) => d.more)).toBe(false);
    expect(view.after).toBe(0);
  });
});

describe("atomRows", () => {
  test("empty, one cell, and one atom in two classes", () => {
    expect(atomRows([])).toEqual([]);
    expect(atomRows([{ atom: "draft", class: "democratized", hours: 5 }])).toEqual([{ atom: "draft", label: "Draft", hours: hours(0, 5, 0) }]);
    expect(
      atomRows([
        { atom: "draft", class: "democratized", hours: 5 },
        { atom: "research", class: "automatable", hours: 4 },
        { atom: "draft", class: "automatable", hours: 1 },
      ]),
    ).toEqual([
      { atom: "draft", label: "Draft", hours: hours(1, 5, 0) },
      { atom: "research", label: "Research", hours: hours(4, 0, 0) },
    ]);
  });
});
