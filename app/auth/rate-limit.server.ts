/**
 * Failed-login limits, kept in this process's memory: one Orbital process serves an
 * installation, and a restart forgetting the counters is acceptable (docs/decisions/043).
 * Failures are counted in a sliding window per key; a key over its limit is refused until its
 * oldest counted failure leaves the window.
 */
export interface LimitRule {
  /** Failures allowed within the window; the next attempt is refused. */
  maxFailures: number;
  windowMs: number;
}

export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly rule: LimitRule,
    private readonly now: () => number = Date.now,
    /** Bounds memory when someone sprays random e-mails or addresses. */
    private readonly maxKeys = 50_000,
  ) {}

  /** Milliseconds until `key` may try again; 0 when it may try now. */
  retryAfterMs(key: string): number {
    const recent = this.recent(key);
    if (recent.length < this.rule.maxFailures) return 0;
    return recent[recent.length - this.rule.maxFailures] + this.rule.windowMs - this.now();
  }

  recordFailure(key: string): void {
    const recent = this.recent(key);
    recent.push(this.now());
    this.failures.delete(key);
    this.failures.set(key, recent);
    if (this.failures.size > this.maxKeys) {
      // Maps iterate in insertion order and we re-insert on every failure: the first key is the stalest.
      const stalest = this.failures.keys().next().value;
      if (stalest !== undefined) this.failures.delete(stalest);
    }
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.rule.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length) this.failures.set(key, kept);
    else this.failures.delete(key);
    return kept;
  }
}

export const LOGIN_LIMITS = {
  /** Per e-mail as typed (known or not, so the limit reveals nothing about which accounts exist). */
  account: { maxFailures: 5, windowMs: 15 * 60_000 },
  /** Per client address: a little office behind one NAT still gets a few people's worth of typos. */
  address: { maxFailures: 30, windowMs: 15 * 60_000 },
} satisfies Record<string, LimitRule>;

export interface LoginLimiter {
  /** Milliseconds to wait before this e-mail / address may try again (0 = go ahead). */
  retryAfterMs(email: string, address: string): number;
  recordFailure(email: string, address: string): void;
  recordSuccess(email: string): void;
}

export function createLoginLimiter(now: () => number = Date.now): LoginLimiter {
  const accounts = new FailureLimiter(LOGIN_LIMITS.account, now);
  const addresses = new FailureLimiter(LOGIN_LIMITS.address, now);
  const accountKey = (email: string) => email.trim().toLowerCase();
  return {
    retryAfterMs: (email, address) =>
      Math.max(accounts.retryAfterMs(accountKey(email)), addresses.retryAfterMs(address)),
    recordFailure(email, address) {
      accounts.recordFailure(accountKey(email));
      addresses.recordFailure(address);
    },
    recordSuccess: (email) => accounts.reset(accountKey(email)),
  };
}

/** The process-wide limiter the login page uses. */
export const loginLimiter = createLoginLimiter();
