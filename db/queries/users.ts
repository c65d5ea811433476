import { asc, eq, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { users } from "../schema";
import { withoutRevisionChange } from "./revision";

export type User = typeof users.$inferSelect;

/** E-mail addresses are stored and compared lower-cased and trimmed. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function getUserByEmail(db: Db, email: string): User | undefined {
  return db.select().from(users).where(eq(users.email, normalizeEmail(email))).get();
}

export function listUsers(db: Db): User[] {
  return db.select().from(users).orderBy(asc(users.email)).all();
}

/** The administrator who has been here longest (the one who ran setup), if any. */
export function firstAdministrator(db: Db): User | undefined {
  return db.select().from(users).where(eq(users.isAdmin, true)).orderBy(asc(users.id)).limit(1).get();
}

export function countAdministrators(db: Db): number {
  return db.select({ n: sql<number>`count(*)` }).from(users).where(eq(users.isAdmin, true)).get()?.n ?? 0;
}

export function insertUser(db: Db, input: { email: string; passwordHash: string; isAdmin: boolean }): User {
  return db
    .insert(users)
    .values({ email: normalizeEmail(input.email), passwordHash: input.passwordHash, isAdmin: input.isAdmin })
    .returning()
    .get();
}

/** No page shows a password hash: a new one leaves the cache revision alone (decision 114). */
export function updatePasswordHash(db: Db, userId: number, passwordHash: string): void {
  withoutRevisionChange(db, () => db.update(users).set({ passwordHash }).where(eq(users.id, userId)).run());
}
