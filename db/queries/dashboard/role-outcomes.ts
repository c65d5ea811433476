/** The outcomes a job description names for a role (the "Key Outcomes" column), one per line or "; ". */
import { sql } from "drizzle-orm";
import type { Db } from "../../connection";

export function getRoleOutcomes(db: Db, workspaceId: number, roleId: number): string[] {
  const row = db.get<{ outcomes: string | null }>(sql`SELECT outcomes FROM roles WHERE workspace_id = ${workspaceId} AND id = ${roleId}`);
  return (row?.outcomes ?? "")
    .split(/\r?\n|;\s*/)
    .map((s) => s.replace(/^[-•*]\s*/, "").trim())
    .filter(Boolean);
}
