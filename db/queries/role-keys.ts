import { sql } from "drizzle-orm";
import type { Db } from "../connection";

/** Each role's key (the jobs file's role_id) by database id: what exports call a role by. */
export function roleKeysById(db: Db, workspaceId: number): Map<number, string> {
  return new Map(
    db.all<{ id: number; key: string }>(sql`SELECT id, role_key AS key FROM roles WHERE workspace_id = ${workspaceId}`).map((r) => [r.id, r.key]),
  );
}
