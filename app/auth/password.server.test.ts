import { describe, expect, test } from "vitest";
import { CURRENT_PARAMS, hashPassword, needsRehash, parseHash, verifyPassword } from "./password.server";

// Cheap parameters where the test is about the format, not the cost.
const FAST = { N: 2 ** 10, r: 8, p: 1 };

describe("hashPassword / verifyPassword", () => {
  test("a hash made with today's parameters verifies the password and records N, r, p", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(hash).toMatch(/^scrypt\$N=32768,r=8,p=3\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(parseHash(hash)?.params).toEqual(CURRENT_PARAMS);
    await expect(verifyPassword("correct horse battery staple", hash)).resolves.toBe(true);
  });

  test.each([
    ["wrong password", "correct horse battery stapler"],
    ["empty password", ""],
    ["different case", "Correct horse battery staple"],
    ["trailing space", "correct horse battery staple "],
  ])("rejects a %s", async (_label, attempt) => {
    const hash = await hashPassword("correct horse battery staple", FAST);
    await expect(verifyPassword(attempt, hash)).resolves.toBe(false);
  });

  test("the same password hashes differently each time (random salt)", async () => {
    const [a, b] = await Promise.all([hashPassword("same password!!", FAST), hashPassword("same password!!", FAST)]);
    expect(a).not.toBe(b);
    await expect(verifyPassword("same password!!", a)).resolves.toBe(true);
    await expect(verifyPassword("same password!!", b)).resolves.toBe(true);
  });

  test("a single character password and a 1024-character one both round-trip; 1025 characters never verify", async () => {
    const long = "x".repeat(1024);
    await expect(verifyPassword("x", await hashPassword("x", FAST))).resolves.toBe(true);
    await expect(verifyPassword(long, await hashPassword(long, FAST))).resolves.toBe(true);
    const tooLong = "x".repeat(1025);
    await expect(verifyPassword(tooLong, await hashPassword(tooLong, FAST))).resolves.toBe(false);
  });

  test("Unicode passwords compare after NFKC normalization (é typed two ways)", async () => {
    const hash = await hashPassword("caf\u00e9 au lait!!", FAST);
    await expect(verifyPassword("cafe\u0301 au lait!!", hash)).resolves.toBe(true);
  });

  test.each([
    ["empty string", ""],
    ["bcrypt hash", "$2b$12$abcdefghijklmnopqrstuuN9e5QJ6p2aQyS7i0m1rS8u0fYbqK"],
    ["N not a power of two", "scrypt$N=1000,r=8,p=1$AAAA$AAAA"],
    ["N absurdly large", "scrypt$N=1073741824,r=8,p=1$AAAA$AAAA"],
    ["p zero", "scrypt$N=1024,r=8,p=0$AAAA$AAAA"],
    ["missing key", "scrypt$N=1024,r=8,p=1$AAAA"],
  ])("a malformed stored hash (%s) never verifies and asks for a rehash", async (_label, stored) => {
    expect(parseHash(stored)).toBeNull();
    await expect(verifyPassword("anything", stored)).resolves.toBe(false);
    expect(needsRehash(stored)).toBe(true);
  });

  test("a tampered key does not verify", async () => {
    const hash = await hashPassword("correct horse battery staple", FAST);
    const parts = hash.split("$");
    const key = Buffer.from(parts[3], "base64");
    key[0] ^= 1;
    parts[3] = key.toString("base64");
    await expect(verifyPassword("correct horse battery staple", parts.join("$"))).resolves.toBe(false);
  });
});

describe("needsRehash", () => {
  test.each([
    ["today's parameters", CURRENT_PARAMS, false],
    ["weaker N", { ...CURRENT_PARAMS, N: 2 ** 14 }, true],
    ["other p", { ...CURRENT_PARAMS, p: 1 }, true],
    ["other r", { ...CURRENT_PARAMS, r: 4 }, true],
  ])("%s → %s", async (_label, params, expected) => {
    const hash = `scrypt$N=${params.N},r=${params.r},p=${params.p}$AAAAAAAAAAAAAAAAAAAAAA==$AAAA`;
    expect(needsRehash(hash)).toBe(expected);
  });
});
