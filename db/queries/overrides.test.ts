import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedOrganization, seedTasks, type SeededOrganization } from "../../test/support/seed-organization";
import { tableClassifier } from "../../test/support/table-classifier";
import { tempDatabase } from "../../test/support/temp-db";
import { TINY_ROLES, TINY_TABLE } from "../../test/support/tiny-organization";
import { analyzeWorkspace, reapplyOverrides } from "../pipeline";
import { addOverride, getEffectiveClassification, listOverrides, type OverrideInput } from "./overrides";

let conn: ReturnType<typeof tempDatabase>;
let org: SeededOrganization;
beforeEach(() => {
  conn = tempDatabase();
  org = seedOrganization(conn, { roles: TINY_ROLES });
  analyzeWorkspace(conn, org.workspaceId, tableClassifier(TINY_TABLE).classify, { classifierVersion: "v1" });
});
afterEach(() => conn.cleanup());

const analystCells = () =>
  conn.sqlite.prepare("SELECT class, atom, hours FROM role_rollups WHERE role_id = ? ORDER BY hours DESC, class").all(org.roleIds.analyst);

const valid = (): OverrideInput => ({
  workspaceId: org.workspaceId,
  norm: "Present to CFO",
  class: "democratized",
  reason: "Juniors present routine figures with AI-made slides.",
  userId: null,
  actor: "hr@example.com",
});

describe("addOverride", () => {
  it.each([
    { name: "empty reason", patch: { reason: "" }, field: "reason", message: /reason is required/ },
    { name: "blank reason", patch: { reason: "   " }, field: "reason", message: /reason is required/ },
    { name: "unknown class", patch: { class: "robotic" as never }, field: "class", message: /automatable, democratized, specialized/ },
    { name: "unknown atom", patch: { atom: "juggle" as never }, field: "atom", message: /atom/ },
    { name: "the unclear atom (only the classifier says it cannot name the work)", patch: { atom: "unclear" as never }, field: "atom", message: /atom/ },
    { name: "no text", patch: { norm: " " }, field: "norm", message: /Choose the task/ },
    { name: "text not in the workspace", patch: { norm: "Bake bread" }, field: "norm", message: /no task with this text/ },
  ])("rejects $name with a message for the field", ({ patch, field, message }) => {
    const result = addOverride(conn.db, { ...valid(), ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as keyof OverrideInput]).toMatch(message);
    expect(listOverrides(conn.db, org.workspaceId)).toEqual([]);
  });

  it("normalizes the text and stores who and why", () => {
    const result = addOverride(conn.db, { ...valid(), norm: "  • Present to CFO. " });
    expect(result).toMatchObject({ ok: true, override: { norm: "present to cfo", taskClass: "democratized", atom: null, actor: "hr@example.com" } });
  });
});

describe("overrides win everywhere, newest first", () => {
  it("changes the roll-ups after reapplyOverrides and lists old → new", () => {
    expect(addOverride(conn.db, valid()).ok).toBe(true);
    reapplyOverrides(conn, org.workspaceId);
    // present (1,760 h) moves from specialized/relate to democratized/relate.
    expect(analystCells()).toEqual([
      { class: "automatable", atom: "organize", hours: 3168 },
      { class: "democratized", atom: "analyze", hours: 2112 },
      { class: "democratized", atom: "relate", hours: 1760 },
    ]);
    expect(addOverride(conn.db, { ...valid(), class: "automatable", atom: "summarize", reason: "Slides are generated.", actor: "cfo@example.com" }).ok).toBe(true);
    reapplyOverrides(conn, org.workspaceId);
    expect(analystCells()).toContainEqual({ class: "automatable", atom: "summarize", hours: 1760 });

    const history = listOverrides(conn.db, org.workspaceId);
    expect(history.map((h) => [h.actor, h.from, h.to, h.isCurrent, h.text])).toEqual([
      ["cfo@example.com", { class: "democratized", atom: "relate", source: "override" }, { class: "automatable", atom: "summarize" }, true, "Present to CFO"],
      ["hr@example.com", { class: "specialized", atom: "relate", source: "classifier" }, { class: "democratized", atom: "relate" }, false, "Present to CFO"],
    ]);
    expect(history[1].reason).toBe("Juniors present routine figures with AI-made slides.");
    expect(history[0].createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

    const effective = getEffectiveClassification(conn.db, org.workspaceId, "present to CFO");
    expect(effective).toMatchObject({
      class: "automatable",
      atom: "summarize",
      confidence: 0.5,
      classifier: { class: "specialized", atom: "relate" },
      override: { reason: "Slides are generated.", actor: "cfo@example.com" },
    });
    expect(getEffectiveClassification(conn.db, org.workspaceId, "Compile weekly report")).toMatchObject({ class: "automatable", override: null });
    expect(getEffectiveClassification(conn.db, org.workspaceId, "Bake bread")).toBeUndefined();
  });

  it("is kept across a re-import: delete and re-insert the texts and logs, re-run analysis, the override still wins", () => {
    expect(addOverride(conn.db, valid()).ok).toBe(true);
    conn.sqlite.transaction(() => {
      for (const table of ["role_task_hours", "role_rollups", "role_analysis", "task_logs", "task_statements", "task_texts"]) {
        conn.sqlite.prepare(`DELETE FROM ${table} WHERE workspace_id = ?`).run(org.workspaceId);
      }
    })();
    expect(listOverrides(conn.db, org.workspaceId)[0].text).toBeNull();
    conn.sqlite.transaction(() => seedTasks(conn, org.workspaceId, TINY_ROLES, org.roleIds))();
    const classifier = tableClassifier(TINY_TABLE);
    analyzeWorkspace(conn, org.workspaceId, classifier.classify, { classifierVersion: "v1" });
    expect(classifier.calls).toContain("Present to CFO");
    expect(analystCells()).toContainEqual({ class: "democratized", atom: "relate", hours: 1760 });
    expect(listOverrides(conn.db, org.workspaceId)[0]).toMatchObject({ text: "Present to CFO", isCurrent: true });
  });

  it("keeps overrides per workspace", () => {
    const other = seedOrganization(conn, { slug: "other", roles: TINY_ROLES.slice(0, 1) });
    analyzeWorkspace(conn, other.workspaceId, tableClassifier(TINY_TABLE).classify, { classifierVersion: "v1" });
    expect(addOverride(conn.db, valid()).ok).toBe(true);
    reapplyOverrides(conn, other.workspaceId);
    expect(listOverrides(conn.db, other.workspaceId)).toEqual([]);
    expect(conn.sqlite.prepare("SELECT class FROM role_rollups WHERE role_id = ? AND atom = 'relate'").all(other.roleIds.analyst)).toEqual([
      { class: "specialized" },
    ]);
  });
});
