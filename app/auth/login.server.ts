/**
 * Checking a login attempt: rate limits first, then the password. Unknown e-mail and wrong
 * password get the same message and cost the same scrypt work, so the form reveals nothing
 * about which accounts exist.
 */
import type { Db } from "../../db/connection";
import { getUserByEmail, updatePasswordHash, type User } from "../../db/queries/users";
import { decoyHash, hashPassword, needsRehash, verifyPassword } from "./password.server";
import type { LoginLimiter } from "./rate-limit.server";

export const WRONG_CREDENTIALS = "That e-mail and password do not match an account.";

export type LoginResult =
  | { ok: true; user: User }
  | { ok: false; status: 401 | 429; message: string; retryAfterSeconds?: number };

export async function attemptLogin(
  db: Db,
  input: { email: string; password: string; address: string },
  limiter: LoginLimiter,
): Promise<LoginResult> {
  const waitMs = limiter.retryAfterMs(input.email, input.address);
  if (waitMs > 0) {
    const minutes = Math.max(1, Math.ceil(waitMs / 60_000));
    return {
      ok: false,
      status: 429,
      message: `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
      retryAfterSeconds: Math.ceil(waitMs / 1000),
    };
  }
  const user = getUserByEmail(db, input.email);
  const matches = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !matches) {
    limiter.recordFailure(input.email, input.address);
    return { ok: false, status: 401, message: WRONG_CREDENTIALS };
  }
  limiter.recordSuccess(input.email);
  // Parameters raised since this password was set: upgrade the hash while we have the password.
  if (needsRehash(user.passwordHash)) updatePasswordHash(db, user.id, await hashPassword(input.password));
  return { ok: true, user };
}
