/** Import history and the lookups an import needs, with drizzle. */
import { and, desc, eq, or } from "drizzle-orm";
import type { Db } from "../connection";
import { imports, roles } from "../schema";

export type ImportRecord = typeof imports.$inferSelect;

export function listImports(db: Db, workspaceId: number, limit = 100): ImportRecord[] {
  return db.select().from(imports).where(eq(imports.workspaceId, workspaceId)).orderBy(desc(imports.id)).limit(limit).all();
}

export function getImport(db: Db, workspaceId: number, id: number): ImportRecord | undefined {
  return db.select().from(imports).where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, id))).get();
}

/** The live import of exactly this file (same bytes, same kind), if there is one. */
export function findImportByChecksum(db: Db, workspaceId: number, kind: "jobs" | "logs" | "roster" | "survey", checksum: string): ImportRecord | undefined {
  return db
    .select()
    .from(imports)
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.kind, kind), eq(imports.checksum, checksum), eq(imports.status, "imported")))
    .orderBy(desc(imports.id))
    .get();
}

/** Live imports that a `replace` import of this file supersedes: same bytes or same file name. */
export function listImportsOfSameFile(
  db: Db,
  workspaceId: number,
  kind: "jobs" | "logs" | "roster" | "survey",
  file: { checksum: string; fileName: string },
): ImportRecord[] {
  return db
    .select()
    .from(imports)
    .where(
      and(
        eq(imports.workspaceId, workspaceId),
        eq(imports.kind, kind),
        eq(imports.status, "imported"),
        or(eq(imports.checksum, file.checksum), eq(imports.fileName, file.fileName)),
      ),
    )
    .all();
}

export interface RoleRef {
  id: number;
  roleKey: string;
  title: string;
}

/** Every role of a workspace, for resolving a log row's `role` cell. */
export function listRoleRefs(db: Db, workspaceId: number): RoleRef[] {
  return db.select({ id: roles.id, roleKey: roles.roleKey, title: roles.title }).from(roles).where(eq(roles.workspaceId, workspaceId)).all();
}
