import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDatabase } from "../../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { reapplyOverrides } from "../../pipeline";
import { addOverride } from "../overrides";
import { createWorkspace } from "../workspaces";
import { getRoleRedesign, getRoleTasks } from "./role-detail";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

describe("getRoleTasks", () => {
  it("lists logged tasks and statements with class, atom, confidence, rationale and hours", () => {
    const org = analyzedTinyOrganization(conn, 2);
    const view = getRoleTasks(conn.db, org.workspaceId, org.roleIds.analyst)!;
    expect(view.role).toMatchObject({ title: "Analyst", weighting: "logs", timeSuppressed: false });
    expect(view.tasks.map((t) => [t.text, t.hours, t.loggedHours, t.suppressed, t.statementPosition, t.logged])).toEqual([
      ["Compile weekly report", 3168, 3, false, 0, true],
      ["Analyze variance", 2112, 2, false, null, true],
      // logged by one employee: below k = 2
      ["Present to CFO", null, null, true, null, true],
      // in the job description, never logged
      ["Reconcile accounts", 0, null, false, 1, false],
    ]);
    expect(view.tasks[0]).toMatchObject({ class: "automatable", atom: "organize", confidence: 0.9, overridden: false, classifierClass: "automatable" });
    expect(view.tasks[0].rationale).toMatch(/Compile weekly report/);
  });

  it("shows an override with the classifier's answer beside it", () => {
    const org = analyzedTinyOrganization(conn, 2);
    addOverride(conn.db, { workspaceId: org.workspaceId, norm: "Present to CFO", class: "democratized", reason: "Routine.", userId: null, actor: "cli" });
    reapplyOverrides(conn, org.workspaceId);
    const present = getRoleTasks(conn.db, org.workspaceId, org.roleIds.analyst)!.tasks.find((t) => t.text === "Present to CFO")!;
    expect(present).toMatchObject({ class: "democratized", classifierClass: "specialized", overridden: true });
  });

  it("statement roles: equal slices in job-description order, never suppressed", () => {
    const org = analyzedTinyOrganization(conn, 50);
    const view = getRoleTasks(conn.db, org.workspaceId, org.roleIds.clerk)!;
    expect(view.tasks.map((t) => [t.text, t.hours])).toEqual([
      ["Enter invoices", 3520],
      ["Compile weekly report", 3520],
      ["Schedule deliveries", 3520],
      ["Handle supplier calls", 3520],
      ["Draft supplier letters", 3520],
    ]);
  });

  it("k-threshold: a role whose logs come from fewer than k employees shows no task hours", () => {
    const org = analyzedTinyOrganization(conn, 4);
    const view = getRoleTasks(conn.db, org.workspaceId, org.roleIds.analyst)!;
    expect(view.role.timeSuppressed).toBe(true);
    expect(view.tasks.filter((t) => t.logged).every((t) => t.suppressed && t.hours === null && t.loggedHours === null)).toBe(true);
  });

  it("a role without tasks, and a role of another workspace", () => {
    const org = analyzedTinyOrganization(conn, 3);
    expect(getRoleTasks(conn.db, org.workspaceId, org.roleIds.planner)!.tasks).toEqual([]);
    const other = createWorkspace(conn.db, { slug: "other", name: "Other" });
    expect(getRoleTasks(conn.db, other.id, org.roleIds.planner)).toBeUndefined();
  });
});

describe("getRoleRedesign", () => {
  it("redesign card and capabilities from the role's tasks", () => {
    const org = analyzedTinyOrganization(conn, 2);
    const view = getRoleRedesign(conn.db, org.workspaceId, org.roleIds.analyst)!;
    const { card, capabilities } = view.redesign.figures!;
    expect(card.handToAi).toMatchObject({ hours: 3168, share: 0.45, tasks: [{ text: "Compile weekly report", hours: 3168, atom: "organize" }] });
    expect(card.handToAi.tasks[0].instruction).toMatch(/fields or columns/);
    expect(card.moveWithAi.tasks.map((t) => t.text)).toEqual(["Analyze variance"]);
    // Present to CFO: its own hours are suppressed, the section's total is the role's figure
    expect(card.keepAndGrow).toMatchObject({ hours: 1760, tasks: [{ text: "Present to CFO", hours: null }] });
    expect(capabilities.map((c) => [c.capability, Number(c.score!.toFixed(10)), c.level])).toEqual([
      ["decomposition", 0.75, "high"],
      ["instruction", 0.3, "medium"],
      ["verification", 0.525, "high"],
      ["automation", 0.45, "high"],
      ["scaling", 0.3, "medium"],
    ]);
  });

  it("k-threshold: suppressed with the role", () => {
    const org = analyzedTinyOrganization(conn, 4);
    expect(getRoleRedesign(conn.db, org.workspaceId, org.roleIds.analyst)!.redesign).toEqual({ suppressed: true, figures: null });
  });

  it("a role without tasks gets empty sections and no capability scores", () => {
    const org = analyzedTinyOrganization(conn, 3);
    const { card, capabilities } = getRoleRedesign(conn.db, org.workspaceId, org.roleIds.planner)!.redesign.figures!;
    expect(card.handToAi).toEqual({ hours: 0, share: null, tasks: [] });
    expect(capabilities.every((c) => c.score === null)).toBe(true);
  });
});
