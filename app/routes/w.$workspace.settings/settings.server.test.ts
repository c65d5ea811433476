import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { listAudit } from "../../../db/queries/audit";
import { createWorkspace, getWorkspaceBySlug } from "../../../db/queries/workspaces";
import { tempDatabase } from "../../../test/support/temp-db";
import type { WorkspaceAccess } from "../../access.server";
import { CLI_ACTOR, createAccount } from "../../auth/accounts.server";
import { loadSettings, runSettingsAction } from "./settings.server";

let conn: ReturnType<typeof tempDatabase>;
let access: WorkspaceAccess;
beforeEach(async () => {
  conn = tempDatabase();
  createWorkspace(conn.db, { slug: "acme", name: "Acme" });
  const { user } = await createAccount(conn.db, { email: "root@example.com", password: "correct horse battery staple", isAdmin: true }, CLI_ACTOR);
  access = { workspace: getWorkspaceBySlug(conn.db, "acme")!, role: "admin", actor: { userId: user.id, label: user.email } };
});
afterEach(() => conn.cleanup());

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
};

describe("k-threshold", () => {
  test.each([
    ["2", true],
    ["1000", true],
    ["1", "k must be at least 2: smaller groups would show single people."],
    ["1001", "k can be at most 1000."],
    ["2.5", "Enter a whole number."],
    ["", "k must be at least 2: smaller groups would show single people."],
    ["five", "Enter a whole number."],
  ])("k = %j → %s", (k, expected) => {
    const result = runSettingsAction(conn, access, form({ intent: "k", k }));
    if (expected === true) {
      expect(result.ok).toBe(true);
      expect(getWorkspaceBySlug(conn.db, "acme")?.kThreshold).toBe(Number(k));
      expect(listAudit(conn.db)[0]).toMatchObject({ action: "workspace.k_threshold", actor: "root@example.com", detail: { from: 5, to: Number(k) } });
    } else {
      expect(result).toEqual({ intent: "k", ok: false, status: 400, fieldErrors: { k: expected } });
      expect(getWorkspaceBySlug(conn.db, "acme")?.kThreshold).toBe(5);
    }
  });
});

describe("delete", () => {
  test.each([[""], ["ACME"], ["acme2"]])("refuses the confirmation %j and keeps the workspace", (confirm) => {
    const result = runSettingsAction(conn, access, form({ intent: "delete", confirm }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { confirm: "Type the workspace's slug, acme, to confirm." } });
    expect(getWorkspaceBySlug(conn.db, "acme")).toBeDefined();
  });

  test("the slug deletes it, with an audit event that outlives it", () => {
    const result = runSettingsAction(conn, access, form({ intent: "delete", confirm: "acme" }));
    expect(result).toMatchObject({ ok: true, redirectTo: "/" });
    expect(getWorkspaceBySlug(conn.db, "acme")).toBeUndefined();
    expect(listAudit(conn.db, { workspaceId: access.workspace.id })[0]).toMatchObject({ action: "workspace.delete", workspaceSlug: "acme" });
  });
});

test("members: granting an unknown account explains how to create it; the last admin cannot leave", () => {
  expect(runSettingsAction(conn, access, form({ intent: "grant", email: "ghost@example.com", role: "viewer" }))).toMatchObject({
    ok: false,
    fieldErrors: { email: expect.stringMatching(/No account for ghost@example.com.*npx orbital user add/) },
  });
  expect(runSettingsAction(conn, access, form({ intent: "grant", email: "root@example.com", role: "boss" }))).toMatchObject({
    ok: false,
    fieldErrors: { role: "Choose viewer, editor or admin." },
  });
  expect(runSettingsAction(conn, access, form({ intent: "revoke", email: "root@example.com" }))).toMatchObject({
    ok: false,
    fieldErrors: { role: expect.stringMatching(/last administrator/) },
  });
  expect(loadSettings(conn.db, access).members.map((m) => [m.email, m.role])).toEqual([["root@example.com", "admin"]]);
});

test("an unknown intent is refused", () => {
  expect(runSettingsAction(conn, access, form({ intent: "explode" }))).toEqual({
    intent: "explode",
    ok: false,
    status: 400,
    fieldErrors: { form: 'Unknown action "explode".' },
  });
});
