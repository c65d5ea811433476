/** Column mappings saved on the Import page, per workspace, found again by a file's header row. */
import { and, desc, eq, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { importMappings } from "../schema";

export interface SavedMapping {
  id: number;
  name: string;
  kind: "jobs" | "logs" | "roster";
  mapping: Record<string, string>;
}

const toSaved = (row: typeof importMappings.$inferSelect): SavedMapping => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  mapping: JSON.parse(row.mapping) as Record<string, string>,
});

/** Saves (or replaces, by name) a mapping for files whose header row normalizes to `headerKey`. */
export function saveImportMapping(
  db: Db,
  values: { workspaceId: number; kind: "jobs" | "logs" | "roster"; name: string; headerKey: string; mapping: Record<string, string> },
): void {
  db.insert(importMappings)
    .values({ ...values, mapping: JSON.stringify(values.mapping) })
    .onConflictDoUpdate({
      target: [importMappings.workspaceId, importMappings.kind, importMappings.name],
      set: { headerKey: values.headerKey, mapping: JSON.stringify(values.mapping), createdAt: sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))` },
    })
    .run();
}

/** The newest saved mapping for this kind of file with exactly these headers, if any. */
export function findImportMapping(db: Db, workspaceId: number, kind: "jobs" | "logs" | "roster", headerKey: string): SavedMapping | undefined {
  const row = db
    .select()
    .from(importMappings)
    .where(and(eq(importMappings.workspaceId, workspaceId), eq(importMappings.kind, kind), eq(importMappings.headerKey, headerKey)))
    .orderBy(desc(importMappings.id))
    .get();
  return row ? toSaved(row) : undefined;
}
