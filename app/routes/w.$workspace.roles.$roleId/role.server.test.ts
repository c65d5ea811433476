import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { analyzeWorkspace, reapplyOverrides } from "../../../db/pipeline";
import { addOverride } from "../../../db/queries/overrides";
import { seedOrganization } from "../../../test/support/seed-organization";
import { tableClassifier, type TableEntry } from "../../../test/support/table-classifier";
import { tempDatabase } from "../../../test/support/temp-db";
import { dashboardContext, workspaceIdOf } from "../../../test/support/dashboard-context";
import { analyzedTinyOrganization } from "../../../test/support/tiny-organization";
import { CARD_TASKS_PER_GROUP, loadRolePage, TASKS_SHOWN } from "./role.server";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

const context = (search = "", role: "viewer" | "editor" = "editor", slug = "acme") =>
  dashboardContext(conn, workspaceIdOf(conn, slug), search, role);

const notFound = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return error instanceof Response ? error.status : error;
  }
  return "no error";
};

describe("loadRolePage", () => {
  it("the role's facts, class shares, atom bars and tasks (hand-computed in tiny-organization.ts)", () => {
    const org = analyzedTinyOrganization(conn, 2);
    const view = loadRolePage(context(), String(org.roleIds.analyst));
    expect(view.role).toMatchObject({ title: "Analyst", department: "Finance", levelName: "Junior", levelLabel: "L1", headcount: 4 });
    expect(view.cost).toEqual({ suppressed: false, perFte: 60_000 });
    expect(view.weighting).toBe("logs");
    expect(view.time!.shares).toEqual({ automatable: 0.45, democratized: 0.3, specialized: 0.25 });
    expect(view.time!.atoms.map((a) => [a.label, a.hours, a.taskClass])).toEqual([
      ["Organize (tables, records, schedules)", 3168, "automatable"],
      ["Analyze data", 2112, "democratized"],
      ["Relate to clients & patients", 1760, "specialized"],
    ]);
    expect(view.tasks.rows.map((t) => [t.text, t.source, t.hours, t.suppressed])).toEqual([
      ["Compile weekly report", "Job description, task 1 · Logged", 3168, false],
      ["Analyze variance", "Logged", 2112, false],
      ["Present to CFO", "Logged", null, true],
      ["Reconcile accounts", "Job description, task 2", 0, false],
    ]);
    expect(view.selected).toBeNull();
    expect(view.canEdit).toBe(true);
  });

  it("an overridden task carries who, when and why; ?task=ID opens its history, old → new", () => {
    const org = analyzedTinyOrganization(conn, 2);
    addOverride(conn.db, { workspaceId: org.workspaceId, norm: "Analyze variance", class: "automatable", atom: "analyze", reason: "Spreadsheet macro.", userId: 1, actor: "ed@example.com" });
    addOverride(conn.db, { workspaceId: org.workspaceId, norm: "Analyze variance", class: "specialized", reason: "Needs the controller.", userId: 2, actor: "ann@example.com" });
    reapplyOverrides(conn, org.workspaceId);
    const id = org.textId("Analyze variance");
    const view = loadRolePage(context(`?task=${id}`), String(org.roleIds.analyst));
    const row = view.tasks.rows.find((t) => t.textId === id)!;
    expect(row.class).toBe("specialized");
    expect(row.override).toEqual({ actor: "ann@example.com", date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), reason: "Needs the controller.", classifierClass: "democratized" });
    expect(view.selected).toMatchObject({ textId: id, class: "specialized", atom: "analyze" });
    expect(view.selected!.history.map((h) => [h.actor, h.from, h.to, h.isCurrent])).toEqual([
      ["ann@example.com", "Automatable (Analyze data)", "Specialized (Analyze data)", true],
      ["ed@example.com", "Democratized (Analyze data), the classifier's answer", "Automatable (Analyze data)", false],
    ]);
  });

  it("k-threshold: a role logged by fewer than k people lists only its job description, without hours, cost kept", () => {
    const org = analyzedTinyOrganization(conn, 4);
    const view = loadRolePage(context(), String(org.roleIds.analyst));
    expect(view.time).toBeNull();
    expect(view.redesign).toBeNull();
    expect(view.cost).toEqual({ suppressed: false, perFte: 60_000 });
    expect(view.tasks).toMatchObject({ total: 2, hiddenLogTexts: 2, timeSuppressed: true });
    expect(view.tasks.rows.map((t) => [t.text, t.hours])).toEqual([
      ["Compile weekly report", null],
      ["Reconcile accounts", 0],
    ]);
  });

  it("a role of one: its pay is not shown", () => {
    const org = analyzedTinyOrganization(conn, 2);
    expect(loadRolePage(context(), String(org.roleIds.manager)).cost).toEqual({ suppressed: true, perFte: null });
  });

  it("long task lists: the largest first, all with ?tasks=all or when the opened task is further down", () => {
    const texts = Array.from({ length: TASKS_SHOWN + 5 }, (_, i) => `Task number ${i + 1}`);
    const table: Record<string, TableEntry> = Object.fromEntries(texts.map((t) => [t, ["automatable", "organize", 0.5]]));
    const org = seedOrganization(conn, { roles: [{ key: "big", department: "D", level: 2, headcount: 3, statements: texts }] });
    analyzeWorkspace(conn, org.workspaceId, tableClassifier(table).classify, { classifierVersion: "t" });
    const role = String(org.roleIds.big);
    expect(loadRolePage(context(), role).tasks).toMatchObject({ total: TASKS_SHOWN + 5, showAll: false });
    expect(loadRolePage(context(), role).tasks.rows).toHaveLength(TASKS_SHOWN);
    expect(loadRolePage(context("?tasks=all"), role).tasks.rows).toHaveLength(TASKS_SHOWN + 5);
    // The redesign card lists a group's largest tasks and counts the rest.
    const [group] = loadRolePage(context(), role).redesign!.card.handToAi.groups;
    expect(group).toMatchObject({ atom: "organize", moreTasks: TASKS_SHOWN + 5 - CARD_TASKS_PER_GROUP });
    expect(group.tasks).toHaveLength(CARD_TASKS_PER_GROUP);
    const last = org.textId(texts[texts.length - 1]);
    const opened = loadRolePage(context(`?task=${last}`), role);
    expect(opened.tasks.rows).toHaveLength(TASKS_SHOWN + 5);
    expect(opened.selected!.textId).toBe(last);
  });

  it("404 for an id that is no number, an unknown role and another workspace's role; a stray ?task is ignored", () => {
    const org = analyzedTinyOrganization(conn, 2);
    seedOrganization(conn, { slug: "other", roles: [] });
    for (const param of ["abc", "0", "-3", "1.5", "999999", undefined]) expect(notFound(() => loadRolePage(context(), param))).toBe(404);
    expect(notFound(() => loadRolePage(context("", "editor", "other"), String(org.roleIds.analyst)))).toBe(404);
    expect(loadRolePage(context("?task=abc"), String(org.roleIds.analyst)).selected).toBeNull();
    expect(loadRolePage(context(`?task=${org.textId("Enter invoices")}`), String(org.roleIds.analyst)).selected).toBeNull();
  });

  it("a viewer cannot edit", () => {
    const org = analyzedTinyOrganization(conn, 2);
    expect(loadRolePage(context("", "viewer"), String(org.roleIds.analyst)).canEdit).toBe(false);
  });
});
