import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listAudit } from "../../db/queries/audit";
import { getOrganizationClassShares } from "../../db/queries/dashboard";
import { listOverrides } from "../../db/queries/overrides";
import { createWorkspace, getWorkspaceBySlug } from "../../db/queries/workspaces";
import { tempDatabase } from "../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../test/support/tiny-organization";
import type { WorkspaceAccess } from "../access.server";
import { overrideTask } from "./override-task.server";

let conn: ReturnType<typeof tempDatabase>;
let access: WorkspaceAccess;
let org: ReturnType<typeof analyzedTinyOrganization>;

beforeEach(() => {
  conn = tempDatabase();
  org = analyzedTinyOrganization(conn, 1);
  access = { workspace: getWorkspaceBySlug(conn.db, "acme")!, role: "editor", actor: { userId: 7, label: "ed@example.com" } };
});
afterEach(() => conn.cleanup());

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};

describe("overrideTask: validation", () => {
  const cases: [string, Record<string, string | number>, Record<string, string>][] = [
    ["missing reason", { class: "specialized" }, { reason: "Say why: a short reason is required." }],
    ["blank reason", { class: "specialized", reason: "   " }, { reason: "Say why: a short reason is required." }],
    ["reason too long", { class: "specialized", reason: "x".repeat(501) }, { reason: "Keep the reason under 500 characters." }],
    ["bad class", { class: "magic", reason: "Because." }, { class: "Choose a class: automatable, democratized, specialized." }],
    ["missing class", { reason: "Because." }, { class: "Choose a class: automatable, democratized, specialized." }],
    ["bad atom", { class: "specialized", atom: "juggle", reason: "Because." }, { atom: "Choose an atom from the list, or keep the current one." }],
  ];
  it.each(cases)("%s: a per-field message, nothing stored", (_name, fields, errors) => {
    const textId = org.textId("Enter invoices");
    const result = overrideTask(conn, access, form({ textId, ...fields }));
    expect(result).toEqual({ ok: false, textId, fieldErrors: errors });
    expect(listOverrides(conn.db, org.workspaceId)).toEqual([]);
    expect(listAudit(conn.db, { workspaceId: org.workspaceId })).toEqual([]);
  });

  it.each([
    ["no task id", {}, { textId: "Choose the task to override." }],
    ["a task id that is not a number", { textId: "abc" }, { textId: "Choose the task to override." }],
    ["an unknown task id", { textId: 999_999 }, { textId: "There is no such task in this workspace." }],
  ])("%s", (_name, fields, errors) => {
    const result = overrideTask(conn, access, form({ class: "automatable", reason: "Because.", ...fields }));
    expect(result).toMatchObject({ ok: false, fieldErrors: errors });
  });

  it("a task text of another workspace is refused like an unknown one, and that workspace is untouched", () => {
    const other = createWorkspace(conn.db, { slug: "other", name: "Other" });
    const theirs = org.textId("Enter invoices");
    const result = overrideTask(
      conn,
      { workspace: other, role: "admin", actor: { userId: 7, label: "ed@example.com" } },
      form({ textId: theirs, class: "specialized", reason: "Not ours." }),
    );
    expect(result).toEqual({ ok: false, textId: theirs, fieldErrors: { textId: "There is no such task in this workspace." } });
    expect(listOverrides(conn.db, org.workspaceId)).toEqual([]);
    expect(listOverrides(conn.db, other.id)).toEqual([]);
  });
});

describe("overrideTask: the command", () => {
  it("stores the override, refreshes the roll-ups and records who did it", () => {
    // Enter invoices: Clerk, 3,520 h automatable (hand-computed in tiny-organization.ts).
    const before = getOrganizationClassShares(conn.db, org.workspaceId, {});
    const textId = org.textId("Enter invoices");
    const result = overrideTask(conn, access, form({ textId, class: "specialized", atom: "", reason: "Needs the supplier on the phone." }));
    expect(result).toEqual({ ok: true, textId, message: "“Enter invoices” is now specialized." });

    const after = getOrganizationClassShares(conn.db, org.workspaceId, {});
    expect(after.figures!.classHours.automatable).toBeCloseTo(before.figures!.classHours.automatable - 3520, 6);
    expect(after.figures!.classHours.specialized).toBeCloseTo(before.figures!.classHours.specialized + 3520, 6);

    const [history] = listOverrides(conn.db, org.workspaceId);
    expect(history).toMatchObject({
      actor: "ed@example.com",
      userId: 7,
      reason: "Needs the supplier on the phone.",
      from: { class: "automatable", atom: "organize", source: "classifier" },
      to: { class: "specialized", atom: "organize" },
      isCurrent: true,
    });
    const [event] = listAudit(conn.db, { workspaceId: org.workspaceId });
    expect(event).toMatchObject({
      actor: "ed@example.com",
      actorUserId: 7,
      action: "override.add",
      workspaceSlug: "acme",
      detail: { textId, task: "Enter invoices", from: "automatable", to: "specialized", atom: null, reason: "Needs the supplier on the phone." },
    });
  });

  it("an atom can be set with the class; a second override records the first as its old value", () => {
    const textId = org.textId("Draft supplier letters");
    expect(overrideTask(conn, access, form({ textId, class: "automatable", atom: "draft", reason: "Template letters." })).ok).toBe(true);
    expect(overrideTask(conn, access, form({ textId, class: "democratized", atom: "relate", reason: "Second look." })).ok).toBe(true);
    const [newest, first] = listOverrides(conn.db, org.workspaceId);
    expect(first).toMatchObject({ isCurrent: false, from: { class: "democratized", source: "classifier" }, to: { class: "automatable", atom: "draft" } });
    expect(newest).toMatchObject({ isCurrent: true, from: { class: "automatable", atom: "draft", source: "override" }, to: { class: "democratized", atom: "relate" } });
    expect(listAudit(conn.db, { workspaceId: org.workspaceId }).map((e) => e.detail.from)).toEqual(["automatable", "democratized"]);
  });
});
