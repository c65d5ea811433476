import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Db } from "../connection";
import { workspaces } from "../schema";

export type Workspace = typeof workspaces.$inferSelect;

/** Slugs appear in URLs and CLI flags: lower-case letters, digits and dashes. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;

export function getWorkspaceBySlug(db: Db, slug: string): Workspace | undefined {
  return db.select().from(workspaces).where(eq(workspaces.slug, slug)).get();
}

export function listWorkspaces(db: Db): Workspace[] {
  return db.select().from(workspaces).orderBy(workspaces.name).all();
}

export function createWorkspace(db: Db, input: { slug: string; name: string; kThreshold?: number }): Workspace {
  if (!SLUG_PATTERN.test(input.slug)) {
    throw new Error(`Workspace slug "${input.slug}" must be lower-case letters, digits and dashes.`);
  }
  return db
    .insert(workspaces)
    .values({
      slug: input.slug,
      name: input.name,
      // 32 random bytes: the HMAC key that pseudonymizes this workspace's employee ids.
      pseudonymKey: randomBytes(32).toString("hex"),
      kThreshold: input.kThreshold ?? 5,
    })
    .returning()
    .get();
}

/** The workspace, created on first use (the CLI's `--workspace` does this). */
export function ensureWorkspace(db: Db, slug: string, name = slug): Workspace {
  return getWorkspaceBySlug(db, slug) ?? createWorkspace(db, { slug, name });
}
