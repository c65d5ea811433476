import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../../../test/support/temp-db";
import { seedOrganization } from "../../../test/support/seed-organization";
import { tableClassifier, type TableEntry } from "../../../test/support/table-classifier";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { analyzeWorkspace } from "../../pipeline";
import { getAtomizationTree } from "./atomization-tree";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("getAtomizationTree", () => {
  it("organization → department → role → class × atom, sized by hours", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const tree = getAtomizationTree(conn.db, org.workspaceId, {});
    expect(tree.figures!.hours).toBeCloseTo(31_680, 9);
    expect(tree.departments.map((d) => [d.department, d.figures!.hours, d.roles.map((r) => r.title)])).toEqual([
      ["Finance", 8800, ["Analyst", "Finance Manager"]],
      // Planner has no analysed time and is not part of the hierarchy
      ["Operations", 22_880, ["Clerk", "Operations Director"]],
    ]);
    expect(tree.departments[0].figures!.atomization).toBeCloseTo(0.7, 12);
    const clerk = tree.departments[1].roles[0];
    expect(clerk.figures!.atoms.map((a) => [a.class, a.atom, a.hours])).toEqual([
      ["automatable", "organize", 7040],
      ["automatable", "coordinate", 3520],
      ["democratized", "draft", 3520],
      ["specialized", "relate", 3520],
    ]);
    expect(clerk.figures!.atomization).toBeCloseTo(0.6, 12);
  });

  it("k-threshold: a suppressed department keeps its name but loses figures and children", () => {
    const org = analyzedTinyOrganization(conn, 4);
    const tree = getAtomizationTree(conn.db, org.workspaceId, {});
    expect(tree).toMatchObject({ suppressed: true, figures: null });
    expect(tree.departments[0]).toEqual({ department: "Finance", suppressed: true, figures: null, roles: [] });
    expect(tree.departments[1].figures!.hours).toBeCloseTo(22_880, 9);
  });

  it("k-threshold: a suppressed role inside a shown department keeps its name, not its figures", () => {
    const table: Record<string, TableEntry> = { "Write code": ["democratized", "create", 0.7], "Fix servers": ["specialized", "hands_on", 0.8] };
    const org = seedOrganization(conn, {
      kThreshold: 3,
      roles: [
        {
          key: "dev",
          title: "Developer",
          department: "IT",
          level: 2,
          headcount: 3,
          logs: ["a", "b", "c"].map((employee) => ({ employee, text: "Write code", minutes: 60 })),
        },
        { key: "ops", title: "Operator", department: "IT", level: 2, headcount: 3, logs: [{ employee: "d", text: "Fix servers", minutes: 60 }] },
      ],
    });
    analyzeWorkspace(conn, org.workspaceId, tableClassifier(table).classify, { classifierVersion: "t" });
    const [it_] = getAtomizationTree(conn.db, org.workspaceId, {}).departments;
    // 4 distinct employees in IT: shown; the Operator's single logger: not.
    expect(it_.suppressed).toBe(false);
    expect(it_.roles.map((r) => [r.title, r.suppressed, r.figures?.hours ?? null])).toEqual([
      ["Developer", false, 5280],
      ["Operator", true, null],
    ]);
  });

  it("empty selection", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const tree = getAtomizationTree(conn.db, org.workspaceId, { department: ["Nowhere"] });
    expect(tree).toEqual({
      departments: [],
      suppressed: false,
      figures: { hours: 0, classHours: { automatable: 0, democratized: 0, specialized: 0 }, classShares: null, atomization: null },
    });
  });
});
