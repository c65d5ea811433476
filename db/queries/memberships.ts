import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { memberships, users, workspaces } from "../schema";

export type Role = (typeof memberships.$inferSelect)["role"];
export const ROLES = ["viewer", "editor", "admin"] as const satisfies readonly Role[];

export function getMembershipRole(db: Db, userId: number, workspaceId: number): Role | undefined {
  return db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, workspaceId)))
    .get()?.role;
}

/** Adds the membership or changes its role. */
export function upsertMembership(db: Db, input: { userId: number; workspaceId: number; role: Role }): void {
  db.insert(memberships)
    .values(input)
    .onConflictDoUpdate({ target: [memberships.userId, memberships.workspaceId], set: { role: input.role } })
    .run();
}

/** True when there was a membership to remove. */
export function deleteMembership(db: Db, userId: number, workspaceId: number): boolean {
  return (
    db
      .delete(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.workspaceId, workspaceId)))
      .run().changes > 0
  );
}

export function countWorkspaceAdmins(db: Db, workspaceId: number): number {
  return (
    db
      .select({ n: sql<number>`count(*)` })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "admin")))
      .get()?.n ?? 0
  );
}

export interface Member {
  userId: number;
  email: string;
  role: Role;
  since: string;
}

export function listMembers(db: Db, workspaceId: number): Member[] {
  return db
    .select({ userId: users.id, email: users.email, role: memberships.role, since: memberships.createdAt })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(asc(users.email))
    .all();
}

export interface MyWorkspace {
  id: number;
  slug: string;
  name: string;
  role: Role;
}

export function listWorkspacesOfUser(db: Db, userId: number): MyWorkspace[] {
  return db
    .select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(workspaces.name))
    .all();
}

/** Number of workspaces each account belongs to, by user id. */
export function countMembershipsByUser(db: Db): Map<number, number> {
  const rows = db
    .select({ userId: memberships.userId, n: sql<number>`count(*)` })
    .from(memberships)
    .groupBy(memberships.userId)
    .all();
  return new Map(rows.map((r) => [r.userId, r.n]));
}
