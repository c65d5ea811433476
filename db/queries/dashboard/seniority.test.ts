import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { getSeniorityCompression } from "./seniority";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("getSeniorityCompression", () => {
  it("hand-computed: entry 0.2 → 0.5, director 0.5 → 2/3; index 1 − (1/6) / 0.3 = 4/9", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = getSeniorityCompression(conn.db, org.workspaceId, {});
    expect(view.levels.map((l) => [l.level, l.labels, l.roles, l.headcount, l.figures?.hours])).toEqual([
      [0, ["L0"], 1, 10, 17_600],
      [1, ["L1"], 1, 4, 7040],
      [2, ["L2"], 1, 2, 0],
      [4, ["L4"], 1, 1, 1760],
      [5, ["L5"], 1, 3, 5280],
    ]);
    expect(view.levels[0].figures).toMatchObject({ judgmentBefore: 0.2, judgmentAfter: 0.5 });
    expect(view.levels[1].figures!.judgmentAfter).toBeCloseTo(5 / 11, 12);
    // Planner's level has no hours: no judgment share, and it is not "present" for the index.
    expect(view.levels[2].figures).toMatchObject({ judgmentBefore: null, judgmentAfter: null });
    expect(view.index).toMatchObject({ reading: "compressed", bottomLevel: 0, topLevel: 5 });
    expect(view.index.value!).toBeCloseTo(4 / 9, 12);
    expect(view.suppressedLevels).toEqual([]);
    // Clerk after AI 0.5 ≥ level 1's 0.25; Finance Manager 0.5 ≥ level 5's 0.5 (boundary counts).
    expect(view.rolesLookingUp.map((r) => [r.title, r.comparedLevel, Number(r.margin.toFixed(12))])).toEqual([
      ["Clerk", 1, 0.25],
      ["Finance Manager", 5, 0],
    ]);
  });

  it("Finance only: two levels, index 1 − (1/2 − 5/11) / (1/2 − 1/4) = 9/11", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = getSeniorityCompression(conn.db, org.workspaceId, { department: ["Finance"] });
    expect(view.index.value!).toBeCloseTo(9 / 11, 12);
  });

  it("one level: no index, with the reason", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = getSeniorityCompression(conn.db, org.workspaceId, { level: [0] });
    expect(view.index).toEqual({ value: null, reason: expect.stringMatching(/Only one level \(0\)/) });
    expect(view.rolesLookingUp).toEqual([]);
  });

  it("empty selection", () => {
    const org = analyzedTinyOrganization(conn, 3);
    expect(getSeniorityCompression(conn.db, org.workspaceId, { department: ["Nowhere"] })).toEqual({
      levels: [],
      index: { value: null, reason: "No level has any hours yet." },
      suppressedLevels: [],
      rolesLookingUp: [],
    });
  });

  it("k-threshold: a suppressed level loses its figures and takes no part in the index or comparisons", () => {
    const org = analyzedTinyOrganization(conn, 4);
    const view = getSeniorityCompression(conn.db, org.workspaceId, {});
    expect(view.suppressedLevels).toEqual([1]);
    expect(view.levels[1]).toEqual({ level: 1, labels: ["L1"], roles: 1, headcount: 4, suppressed: true, figures: null });
    expect(view.index.value!).toBeCloseTo(4 / 9, 12);
    // The Clerk is now compared with level 4 (0.5), the next level up that is shown.
    expect(view.rolesLookingUp.map((r) => [r.title, r.comparedLevel])).toEqual([
      ["Clerk", 4],
      ["Finance Manager", 5],
    ]);
  });

  it("excludeAtoms: the atoms' hours leave every figure (here 'relate': CFO 1,760 h, supplier calls 3,520 h)", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const view = getSeniorityCompression(conn.db, org.workspaceId, {}, { excludeAtoms: ["relate"] });
    expect(view.levels.map((l) => [l.level, l.figures?.hours, l.figures?.judgmentBefore, l.figures?.judgmentAfter])).toEqual([
      [0, 14_080, 0, 0],
      [1, 5280, 0, 0],
      [2, 0, null, null],
      [4, 1760, 0.5, 0.5],
      [5, 5280, 0.5, 2 / 3],
    ]);
    expect(view.levels[0].figures!.classHours).toEqual({ automatable: 10_560, democratized: 3520, specialized: 0 });
    // gap before 0.5 − 0, after 2/3 − 0: 1 − (2/3) / (1/2) = −1/3
    expect(view.index).toMatchObject({ reading: "widened", bottomLevel: 0, topLevel: 5 });
    expect(view.index.value!).toBeCloseTo(-1 / 3, 12);
    expect(view.rolesLookingUp.map((r) => r.title)).toEqual(["Clerk", "Finance Manager"]);
    // Without the option nothing changes.
    expect(getSeniorityCompression(conn.db, org.workspaceId, {}, { excludeAtoms: [] }).index.value!).toBeCloseTo(4 / 9, 12);
  });
});
