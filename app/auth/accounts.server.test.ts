import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { listAudit } from "../../db/queries/audit";
import { getMembershipRole, listWorkspacesOfUser } from "../../db/queries/memberships";
import { getUserByEmail } from "../../db/queries/users";
import { createWorkspace } from "../../db/queries/workspaces";
import { tempDatabase } from "../../test/support/temp-db";
import { AccountError, changePassword, CLI_ACTOR, createAccount, emailProblem, grantRole, revokeRole } from "./accounts.server";
import { verifyPassword } from "./password.server";

const PASSWORD = "correct horse battery staple";
let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => (conn = tempDatabase()));
afterEach(() => conn.cleanup());

describe("emailProblem", () => {
  test.each([
    ["ann@example.com", null],
    ["  Ann@Example.COM ", null],
    ["", /Enter an e-mail/],
    ["ann", /not an e-mail address/],
    ["ann@example", /not an e-mail address/],
    ["ann smith@example.com", /not an e-mail address/],
    [`${"a".repeat(250)}@example.com`, /not an e-mail address/],
  ])("%j", (email, expected) => {
    const problem = emailProblem(email);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});

describe("createAccount", () => {
  test("the first administrator becomes admin of every existing workspace, with audit events", async () => {
    createWorkspace(conn.db, { slug: "demo", name: "Demo" });
    createWorkspace(conn.db, { slug: "acme", name: "Acme" });
    const { user, grantedWorkspaces } = await createAccount(conn.db, { email: "Root@Example.com", password: PASSWORD, isAdmin: true }, CLI_ACTOR);
    expect(user).toMatchObject({ email: "root@example.com", isAdmin: true });
    expect(grantedWorkspaces.sort()).toEqual(["acme", "demo"]);
    expect(listWorkspacesOfUser(conn.db, user.id).map((w) => [w.slug, w.role])).toEqual([["acme", "admin"], ["demo", "admin"]]);
    const actions = listAudit(conn.db).map((e) => `${e.action} ${e.workspaceSlug ?? ""}`.trim()).sort();
    expect(actions).toEqual(["membership.grant acme", "membership.grant demo", "user.add"]);
    await expect(verifyPassword(PASSWORD, getUserByEmail(conn.db, "root@example.com")!.passwordHash)).resolves.toBe(true);
  });

  test("later accounts, administrators included, get no workspace", async () => {
    createWorkspace(conn.db, { slug: "demo", name: "Demo" });
    await createAccount(conn.db, { email: "root@example.com", password: PASSWORD, isAdmin: true }, CLI_ACTOR);
    const second = await createAccount(conn.db, { email: "admin2@example.com", password: PASSWORD, isAdmin: true }, CLI_ACTOR);
    const plain = await createAccount(conn.db, { email: "ann@example.com", password: PASSWORD, isAdmin: false }, CLI_ACTOR);
    expect(second.grantedWorkspaces).toEqual([]);
    expect(plain.grantedWorkspaces).toEqual([]);
    expect(listWorkspacesOfUser(conn.db, plain.user.id)).toEqual([]);
  });

  test("a non-admin first account does not take the workspaces", async () => {
    createWorkspace(conn.db, { slug: "demo", name: "Demo" });
    const { grantedWorkspaces } = await createAccount(conn.db, { email: "ann@example.com", password: PASSWORD, isAdmin: false }, CLI_ACTOR);
    expect(grantedWorkspaces).toEqual([]);
  });

  test.each([
    [{ email: "not-an-email", password: PASSWORD }, "email", /not an e-mail/],
    [{ email: "ann@example.com", password: "short" }, "password", /at least 12/],
  ])("refuses %j", async (input, field, message) => {
    const attempt = createAccount(conn.db, { ...input, isAdmin: false }, CLI_ACTOR);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toMatchObject({ field });
  });

  test("refuses a second account with the same e-mail in any case", async () => {
    await createAccount(conn.db, { email: "ann@example.com", password: PASSWORD, isAdmin: false }, CLI_ACTOR);
    await expect(createAccount(conn.db, { email: "ANN@example.com", password: PASSWORD, isAdmin: false }, CLI_ACTOR)).rejects.toThrow(
      "An account for ann@example.com already exists.",
    );
  });

  test("onlyIfNoAdministrator refuses once an administrator exists", async () => {
    await createAccount(conn.db, { email: "root@example.com", password: PASSWORD, isAdmin: true }, CLI_ACTOR);
    await expect(
      createAccount(conn.db, { email: "late@example.com", password: PASSWORD, isAdmin: true }, CLI_ACTOR, { onlyIfNoAdministrator: true }),
    ).rejects.toThrow(/already has an administrator/);
    expect(getUserByEmail(conn.db, "late@example.com")).toBeUndefined();
  });
});

describe("grantRole / revokeRole", () => {
  async function setup() {
    const ws = createWorkspace(conn.db, { slug: "acme", name: "Acme" });
    const root = (await createAccount(conn.db, { email: "root@example.com", password: PASSWORD, isAdmin: true }, CLI_ACTOR)).user;
    const ann = (await createAccount(conn.db, { email: "ann@example.com", password: PASSWORD, isAdmin: false }, CLI_ACTOR)).user;
    return { ws, root, ann };
  }

  test("grant adds, changes and records the previous role; revoke removes", async () => {
    const { ws, ann } = await setup();
    const actor = { userId: 1, label: "root@example.com" };
    expect(grantRole(conn.db, { email: "ANN@example.com", workspaceSlug: "acme", role: "viewer" }, actor).previousRole).toBeUndefined();
    expect(getMembershipRole(conn.db, ann.id, ws.id)).toBe("viewer");
    expect(grantRole(conn.db, { email: "ann@example.com", workspaceSlug: "acme", role: "editor" }, actor).previousRole).toBe("viewer");
    expect(getMembershipRole(conn.db, ann.id, ws.id)).toBe("editor");
    revokeRole(conn.db, { email: "ann@example.com", workspaceSlug: "acme" }, actor);
    expect(getMembershipRole(conn.db, ann.id, ws.id)).toBeUndefined();
    const events = listAudit(conn.db, { workspaceId: ws.id }).filter((e) => e.actor === "root@example.com");
    expect(events.map((e) => [e.action, e.detail])).toEqual([
      ["membership.revoke", { email: "ann@example.com", previousRole: "editor" }],
      ["membership.grant", { email: "ann@example.com", role: "editor", previousRole: "viewer" }],
      ["membership.grant", { email: "ann@example.com", role: "viewer", previousRole: null }],
    ]);
  });

  test.each([
    [{ email: "nobody@example.com", workspaceSlug: "acme" }, /No account for nobody@example.com/],
    [{ email: "ann@example.com", workspaceSlug: "nope" }, /No workspace "nope"/],
  ])("grant refuses %j", async (input, message) => {
    await setup();
    expect(() => grantRole(conn.db, { ...input, role: "viewer" }, CLI_ACTOR)).toThrow(message);
  });

  test("revoking a non-member says so", async () => {
    await setup();
    expect(() => revokeRole(conn.db, { email: "ann@example.com", workspaceSlug: "acme" }, CLI_ACTOR)).toThrow(
      'ann@example.com is not a member of "acme".',
    );
  });

  test("the last administrator can be neither demoted nor removed; with a second one, both can", async () => {
    const { ws, root } = await setup();
    expect(() => grantRole(conn.db, { email: "root@example.com", workspaceSlug: "acme", role: "viewer" }, CLI_ACTOR)).toThrow(AccountError);
    expect(() => revokeRole(conn.db, { email: "root@example.com", workspaceSlug: "acme" }, CLI_ACTOR)).toThrow(/last administrator/);
    expect(getMembershipRole(conn.db, root.id, ws.id)).toBe("admin");
    grantRole(conn.db, { email: "ann@example.com", workspaceSlug: "acme", role: "admin" }, CLI_ACTOR);
    revokeRole(conn.db, { email: "root@example.com", workspaceSlug: "acme" }, CLI_ACTOR);
    expect(getMembershipRole(conn.db, root.id, ws.id)).toBeUndefined();
  });
});

test("changePassword replaces the hash, ends the account's sessions and is audited", async () => {
  const { user } = await createAccount(conn.db, { email: "ann@example.com", password: PASSWORD, isAdmin: false }, CLI_ACTOR);
  conn.sqlite.prepare("INSERT INTO sessions (id, user_id, expires_at) VALUES ('s1', ?, '2999-01-01T00:00:00.000Z')").run(user.id);
  await expect(changePassword(conn.db, user, "short", CLI_ACTOR)).rejects.toThrow(/at least 12/);
  await changePassword(conn.db, user, "a brand new passphrase", CLI_ACTOR);
  const stored = getUserByEmail(conn.db, "ann@example.com")!.passwordHash;
  await expect(verifyPassword("a brand new passphrase", stored)).resolves.toBe(true);
  await expect(verifyPassword(PASSWORD, stored)).resolves.toBe(false);
  expect(conn.sqlite.prepare("SELECT count(*) AS n FROM sessions").get()).toEqual({ n: 0 });
  expect(listAudit(conn.db)[0]).toMatchObject({ action: "user.password", detail: { email: "ann@example.com" } });
});
