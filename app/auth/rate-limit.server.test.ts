import { describe, expect, test } from "vitest";
import { createLoginLimiter, FailureLimiter, LOGIN_LIMITS } from "./rate-limit.server";

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe("FailureLimiter", () => {
  const rule = { maxFailures: 3, windowMs: 60_000 };

  test("an unknown key may try", () => {
    expect(new FailureLimiter(rule).retryAfterMs("nobody")).toBe(0);
  });

  test("up to maxFailures - 1 failures still allow a try; the maxFailures-th blocks", () => {
    const c = clock();
    const limiter = new FailureLimiter(rule, c.now);
    limiter.recordFailure("k");
    limiter.recordFailure("k");
    expect(limiter.retryAfterMs("k")).toBe(0);
    limiter.recordFailure("k");
    expect(limiter.retryAfterMs("k")).toBe(60_000);
  });

  test("the block lifts when the oldest counted failure leaves the window, not before", () => {
    const c = clock();
    const limiter = new FailureLimiter(rule, c.now);
    limiter.recordFailure("k");
    c.advance(10_000);
    limiter.recordFailure("k");
    limiter.recordFailure("k");
    expect(limiter.retryAfterMs("k")).toBe(50_000);
    c.advance(49_999);
    expect(limiter.retryAfterMs("k")).toBe(1);
    c.advance(1);
    expect(limiter.retryAfterMs("k")).toBe(0);
  });

  test("reset forgets a key's failures; other keys keep theirs", () => {
    const limiter = new FailureLimiter(rule, clock().now);
    for (let i = 0; i < 3; i++) {
      limiter.recordFailure("a");
      limiter.recordFailure("b");
    }
    limiter.reset("a");
    expect(limiter.retryAfterMs("a")).toBe(0);
    expect(limiter.retryAfterMs("b")).toBeGreaterThan(0);
  });

  test("beyond maxKeys the stalest key is forgotten, so memory stays bounded", () => {
    const limiter = new FailureLimiter({ maxFailures: 1, windowMs: 60_000 }, clock().now, 2);
    limiter.recordFailure("first");
    limiter.recordFailure("second");
    limiter.recordFailure("third");
    expect(limiter.retryAfterMs("first")).toBe(0);
    expect(limiter.retryAfterMs("second")).toBeGreaterThan(0);
    expect(limiter.retryAfterMs("third")).toBeGreaterThan(0);
  });
});

describe("login limiter", () => {
  test(`blocks an account after ${LOGIN_LIMITS.account.maxFailures} failures from any address, case-insensitively`, () => {
    const limiter = createLoginLimiter(clock().now);
    for (let i = 0; i < LOGIN_LIMITS.account.maxFailures; i++) limiter.recordFailure("Ann@Example.com", `10.0.0.${i}`);
    expect(limiter.retryAfterMs(" ann@example.com", "10.9.9.9")).toBeGreaterThan(0);
    expect(limiter.retryAfterMs("bob@example.com", "10.9.9.9")).toBe(0);
  });

  test(`blocks an address after ${LOGIN_LIMITS.address.maxFailures} failures across accounts`, () => {
    const limiter = createLoginLimiter(clock().now);
    for (let i = 0; i < LOGIN_LIMITS.address.maxFailures; i++) limiter.recordFailure(`user${i}@example.com`, "10.0.0.1");
    expect(limiter.retryAfterMs("fresh@example.com", "10.0.0.1")).toBeGreaterThan(0);
    expect(limiter.retryAfterMs("fresh@example.com", "10.0.0.2")).toBe(0);
  });

  test("a success clears the account's failures but not the address's", () => {
    const limiter = createLoginLimiter(clock().now);
    for (let i = 0; i < LOGIN_LIMITS.account.maxFailures - 1; i++) limiter.recordFailure("ann@example.com", "10.0.0.1");
    limiter.recordSuccess("ann@example.com");
    limiter.recordFailure("ann@example.com", "10.0.0.1");
    expect(limiter.retryAfterMs("ann@example.com", "10.0.0.1")).toBe(0);
  });
});
