import { afterEach, beforeEach, expect, test } from "vitest";
import { getSetting, SETTING } from "../../db/queries/app-settings";
import { tempDatabase } from "../../test/support/temp-db";
import { buildSessionCookie, hashToken, isSecureRequest, sessionSecret } from "./session.server";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => (conn = tempDatabase()));
afterEach(() => conn.cleanup());

test("without ORBITAL_SESSION_SECRET a secret is generated once, stored, and reused", () => {
  const first = sessionSecret(conn.db, undefined);
  expect(first.length).toBeGreaterThanOrEqual(64);
  expect(getSetting(conn.db, SETTING.sessionSecret)).toBe(first);
  expect(sessionSecret(conn.db, undefined)).toBe(first);
});

test("ORBITAL_SESSION_SECRET wins and is never written to the database", () => {
  const configured = "s".repeat(40);
  expect(sessionSecret(conn.db, configured)).toBe(configured);
  expect(getSetting(conn.db, SETTING.sessionSecret)).toBeUndefined();
});

test("a cookie signed with another secret does not parse", async () => {
  const ours = buildSessionCookie("a".repeat(40), 3600);
  const theirs = buildSessionCookie("b".repeat(40), 3600);
  const header = (await theirs.serialize("token")).split(";")[0];
  await expect(ours.parse(header)).resolves.toBeNull();
  await expect(ours.parse((await ours.serialize("token")).split(";")[0])).resolves.toBe("token");
});

test.each([
  ["http://localhost/x", undefined, false],
  ["https://localhost/x", undefined, true],
  ["http://localhost/x", "https://orbital.example.com", true],
  ["http://localhost/x", "http://orbital.example.com", false],
])("isSecureRequest(%s, origin %s) → %s", (url, origin, expected) => {
  expect(isSecureRequest(new Request(url), origin)).toBe(expected);
});

test("hashToken is sha256 hex and differs per token", () => {
  expect(hashToken("a")).toBe("ca978112ca1bbdcafac231b39a23dc4da786eff8147c4e72b9807785afee48bb");
  expect(hashToken("b")).not.toBe(hashToken("a"));
});
