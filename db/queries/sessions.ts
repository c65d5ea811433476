import { and, eq, gt, lte } from "drizzle-orm";
import type { Db } from "../connection";
import { sessions, users } from "../schema";
import type { User } from "./users";

/** `id` is the sha256 of the cookie's token, never the token itself. */
export function insertSession(db: Db, input: { id: string; userId: number; expiresAt: string }): void {
  db.insert(sessions).values(input).run();
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
  db.delete(sessions).where(eq(sessions.id, id)).run();
}

export function deleteUserSessions(db: Db, userId: number): void {
  db.delete(sessions).where(eq(sessions.userId, userId)).run();
}

export function deleteExpiredSessions(db: Db, now: string): number {
  return db.delete(sessions).where(lte(sessions.expiresAt, now)).run().changes;
}
