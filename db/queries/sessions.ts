import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../connection";
import { withoutRevisionChange } from "./revision";
import { sessions, users } from "../schema";
import type { User } from "./users";

/** `id` is the sha256 of the cookie's token, never the token itself. */
// Session rows change no page: the page cache asks whether a session is live on every hit
// (page-cache.server.ts), so these writes leave the cache revision alone (decision 114).

export function insertSession(db: Db, input: { id: string; userId: number; expiresAt: string }): void {
  withoutRevisionChange(db, () => db.insert(sessions).values(input).run());
}

/** The user behind an unexpired session, or undefined. `now` is an ISO timestamp. */
export function getSessionUser(db: Db, id: string, now: string): User | undefined {
  return db
    .select({ user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)))
    .get()?.user;
}

export function deleteSession(db: Db, id: string): void {
  withoutRevisionChange(db, () => db.delete(sessions).where(eq(sessions.id, id)).run());
}

export function deleteUserSessions(db: Db, userId: number): void {
  withoutRevisionChange(db, () => db.delete(sessions).where(eq(sessions.userId, userId)).run());
}

export function deleteExpiredSessions(db: Db, now: string): number {
  return withoutRevisionChange(db, () => db.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes);
}
