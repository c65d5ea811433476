import { afterEach, beforeEach, expect, test } from "vitest";
import { getSetting, SETTING } from "../../db/queries/app-settings";
import { createWorkspace } from "../../db/queries/workspaces";
import { listWorkspacesOfUser } from "../../db/queries/memberships";
import { tempDatabase } from "../../test/support/temp-db";
import { CLI_ACTOR, createAccount } from "./accounts.server";
import { completeSetup, isSetupPending, isValidSetupToken, prepareSetupLink } from "./setup.server";

const PASSWORD = "correct horse battery staple";
let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => (conn = tempDatabase()));
afterEach(() => conn.cleanup());

function tokenFrom(lines: string[]): string {
  const match = /\/setup\?token=([A-Za-z0-9_-]+)/.exec(lines.join("\n"));
  if (!match) throw new Error(`no setup link in ${lines.join("\n")}`);
  return match[1];
}

test("without an administrator, a link is printed and only its hash is stored", () => {
  const lines = prepareSetupLink(conn.db, "http://localhost:3000/");
  expect(lines.join("\n")).toContain("http://localhost:3000/setup?token=");
  const token = tokenFrom(lines);
  expect(token.length).toBeGreaterThanOrEqual(43);
  const stored = getSetting(conn.db, SETTING.setupTokenHash);
  expect(stored).toMatch(/^[0-9a-f]{64}$/);
  expect(stored).not.toContain(token);
  expect(isValidSetupToken(conn.db, token)).toBe(true);
});

test.each([[undefined], [null], [""], ["wrong"], ["x".repeat(500)]])("token %j is refused", (token) => {
  prepareSetupLink(conn.db, "http://localhost:3000");
  expect(isValidSetupToken(conn.db, token)).toBe(false);
});

test("a restart replaces the link: the old token stops working", () => {
  const first = tokenFrom(prepareSetupLink(conn.db, "http://localhost:3000"));
  const second = tokenFrom(prepareSetupLink(conn.db, "http://localhost:3000"));
  expect(isValidSetupToken(conn.db, first)).toBe(false);
  expect(isValidSetupToken(conn.db, second)).toBe(true);
});

test("completing setup creates the administrator, hands it the existing workspaces and spends the token", async () => {
  createWorkspace(conn.db, { slug: "demo", name: "Demo" });
  const token = tokenFrom(prepareSetupLink(conn.db, "http://localhost:3000"));
  expect(await completeSetup(conn.db, "wrong", { email: "root@example.com", password: PASSWORD })).toBeNull();
  const created = await completeSetup(conn.db, token, { email: "root@example.com", password: PASSWORD });
  expect(created?.user).toMatchObject({ email: "root@example.com", isAdmin: true });
  expect(listWorkspacesOfUser(conn.db, created!.user.id).map((w) => w.slug)).toEqual(["demo"]);
  expect(isSetupPending(conn.db)).toBe(false);
  expect(isValidSetupToken(conn.db, token)).toBe(false);
  expect(getSetting(conn.db, SETTING.setupTokenHash)).toBeUndefined();
  expect(await completeSetup(conn.db, token, { email: "second@example.com", password: PASSWORD })).toBeNull();
});

test("once an administrator exists (made from the CLI), no link is printed", async () => {
  prepareSetupLink(conn.db, "http://localhost:3000");
  await createAccount(conn.db, { email: "root@example.com", password: PASSWORD, isAdmin: true }, CLI_ACTOR);
  expect(prepareSetupLink(conn.db, "http://localhost:3000")).toEqual([]);
  expect(getSetting(conn.db, SETTING.setupTokenHash)).toBeUndefined();
});
