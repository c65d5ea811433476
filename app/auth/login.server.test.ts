import { afterEach, beforeEach, expect, test } from "vitest";
import { getUserByEmail, updatePasswordHash } from "../../db/queries/users";
import { tempDatabase } from "../../test/support/temp-db";
import { CLI_ACTOR, createAccount } from "./accounts.server";
import { attemptLogin, WRONG_CREDENTIALS } from "./login.server";
import { hashPassword, needsRehash } from "./password.server";
import { createLoginLimiter, LOGIN_LIMITS } from "./rate-limit.server";

const PASSWORD = "correct horse battery staple";
let conn: ReturnType<typeof tempDatabase>;
beforeEach(async () => {
  conn = tempDatabase();
  await createAccount(conn.db, { email: "ann@example.com", password: PASSWORD, isAdmin: false }, CLI_ACTOR);
});
afterEach(() => conn.cleanup());

test("the right password signs in, whatever the e-mail's case", async () => {
  const result = await attemptLogin(conn.db, { email: " ANN@example.com", password: PASSWORD, address: "a" }, createLoginLimiter());
  expect(result).toMatchObject({ ok: true, user: { email: "ann@example.com" } });
});

test("an unknown e-mail and a wrong password get the same answer", async () => {
  const limiter = createLoginLimiter();
  const unknown = await attemptLogin(conn.db, { email: "nobody@example.com", password: PASSWORD, address: "a" }, limiter);
  const wrong = await attemptLogin(conn.db, { email: "ann@example.com", password: "not the password", address: "a" }, limiter);
  expect(unknown).toEqual({ ok: false, status: 401, message: WRONG_CREDENTIALS });
  expect(wrong).toEqual(unknown);
});

test("after too many failures even the right password is refused with 429 and a wait", async () => {
  const limiter = createLoginLimiter(() => 1_000_000); // a clock that stands still
  for (let i = 0; i < LOGIN_LIMITS.account.maxFailures; i++) {
    await attemptLogin(conn.db, { email: "ann@example.com", password: `guess ${i}`, address: `10.0.0.${i}` }, limiter);
  }
  const result = await attemptLogin(conn.db, { email: "ann@example.com", password: PASSWORD, address: "10.9.9.9" }, limiter);
  expect(result).toEqual({
    ok: false,
    status: 429,
    message: "Too many failed sign-in attempts. Try again in 15 minutes.",
    retryAfterSeconds: 900,
  });
});

test("an unknown e-mail is limited like a known one (the limit reveals nothing)", async () => {
  const limiter = createLoginLimiter();
  for (let i = 0; i < LOGIN_LIMITS.account.maxFailures; i++) {
    await attemptLogin(conn.db, { email: "nobody@example.com", password: "guess", address: `10.0.0.${i}` }, limiter);
  }
  const result = await attemptLogin(conn.db, { email: "nobody@example.com", password: "guess", address: "10.9.9.9" }, limiter);
  expect(result).toMatchObject({ ok: false, status: 429 });
});

test("a hash made with old parameters is upgraded at the next successful login", async () => {
  const user = getUserByEmail(conn.db, "ann@example.com")!;
  updatePasswordHash(conn.db, user.id, await hashPassword(PASSWORD, { N: 2 ** 12, r: 8, p: 1 }));
  expect(needsRehash(getUserByEmail(conn.db, "ann@example.com")!.passwordHash)).toBe(true);
  const result = await attemptLogin(conn.db, { email: "ann@example.com", password: PASSWORD, address: "a" }, createLoginLimiter());
  expect(result.ok).toBe(true);
  expect(needsRehash(getUserByEmail(conn.db, "ann@example.com")!.passwordHash)).toBe(false);
});
