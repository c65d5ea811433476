import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { listAudit } from "../../db/queries/audit";
import { getMembershipRole } from "../../db/queries/memberships";
import { getUserByEmail } from "../../db/queries/users";
import { createWorkspace, getWorkspaceBySlug } from "../../db/queries/workspaces";
import { tempDatabase } from "../../test/support/temp-db";
import { runCli } from "../../test/support/run-cli";

const PASSWORD = "correct horse battery staple";
let conn: ReturnType<typeof tempDatabase>;
let out = "";
let err = "";
beforeEach(() => {
  conn = tempDatabase();
  createWorkspace(conn.db, { slug: "demo", name: "Demo" });
  out = "";
  err = "";
});
afterEach(() => conn.cleanup());

const run = async (...args: string[]) => {
  const result = await runCli(...args, "--db", conn.path);
  out += result.stdout;
  err += result.stderr;
  return result.code;
};

describe("orbital user", () => {
  test("add --admin on a fresh installation creates the first administrator, who gets the demo workspace", async () => {
    expect(await run("user", "add", "--email", "Root@Example.com", "--password", PASSWORD, "--admin")).toBe(0);
    expect(out).toBe("Created installation administrator root@example.com.\nAs the first administrator it administers: demo.\n");
    const root = getUserByEmail(conn.db, "root@example.com")!;
    expect(root.isAdmin).toBe(true);
    expect(getMembershipRole(conn.db, root.id, getWorkspaceBySlug(conn.db, "demo")!.id)).toBe("admin");
  });

  test("grant, change and revoke a role, each audited as the CLI", async () => {
    await run("user", "add", "--email", "ann@example.com", "--password", PASSWORD);
    await run("user", "add", "--email", "root@example.com", "--password", PASSWORD, "--admin");
    out = "";
    expect(await run("user", "grant", "--email", "ann@example.com", "--workspace", "demo", "--role", "viewer")).toBe(0);
    expect(await run("user", "grant", "--email", "ann@example.com", "--workspace", "demo", "--role", "editor")).toBe(0);
    expect(await run("user", "list")).toBe(0);
    expect(await run("user", "revoke", "--email", "ann@example.com", "--workspace", "demo")).toBe(0);
    expect(out).toBe(
      [
        "ann@example.com is now viewer of demo.",
        "ann@example.com is now editor of demo (was viewer).",
        "ann@example.com  demo:editor",
        "root@example.com [installation admin]  demo:admin",
        "ann@example.com no longer has access to demo.",
        "",
      ].join("\n"),
    );
    const cliEvents = listAudit(conn.db, { workspaceId: getWorkspaceBySlug(conn.db, "demo")!.id }).filter((e) => e.actor === "cli");
    expect(cliEvents.map((e) => e.action)).toEqual(["membership.revoke", "membership.grant", "membership.grant"]);
  });

  test.each([
    [["user", "add", "--email", "ann@example.com", "--password", "short"], 1, "orbital user: The password must be at least 12 characters long (it has 5).\n"],
    [["user", "add", "--email", "ann", "--password", PASSWORD], 1, 'orbital user: "ann" is not an e-mail address (expected name@example.com).\n'],
    [["user", "grant", "--email", "ghost@example.com", "--workspace", "demo", "--role", "viewer"], 1, /No account for ghost@example.com/],
    [["user", "grant", "--email", "ann@example.com", "--workspace", "nope", "--role", "viewer"], 1, 'orbital user: No workspace "nope".\n'],
    [["user", "grant", "--email", "ann@example.com", "--workspace", "demo", "--role", "owner"], 2, 'orbital user: --role must be one of viewer, editor, admin; got "owner".\n'],
    [["user", "revoke", "--email", "ann@example.com", "--workspace", "demo"], 1, 'orbital user: ann@example.com is not a member of "demo".\n'],
  ])("%j exits %i with a clear message", async (args, code, message) => {
    await run("user", "add", "--email", "ann@example.com", "--password", PASSWORD);
    err = "";
    expect(await run(...args)).toBe(code);
    if (typeof message === "string") expect(err).toBe(message);
    else expect(err).toMatch(message);
  });

  test("a missing required option is a usage error", async () => {
    expect(await run("user", "add", "--email", "ann@example.com")).toBe(2);
    expect(err).toMatch(/required option '--password <password>' not specified/);
  });

  test("list on an installation without accounts says so", async () => {
    expect(await run("user", "list")).toBe(0);
    expect(out).toBe("No accounts yet.\n");
  });
});
