/**
 * The write side of a roster import, on the import's own connection and inside its
 * transaction: a roster import replaces the workspace's whole roster, then every role's
 * headcount is recomputed (docs/decisions/141-roster-headcount.md).
 */
import type Database from "better-sqlite3";
import type { RosterRow } from "../importers/roster-table";

export function createRosterWriter(sqlite: Database.Database, workspaceId: number) {
  const s = {
    clear: sqlite.prepare(`DELETE FROM roster_people WHERE workspace_id = ?`),
    earlierImports: sqlite.prepare(`SELECT id FROM imports WHERE workspace_id = ? AND kind = 'roster' AND status = 'imported' AND id <> ?`).pluck(),
    markReplaced: sqlite.prepare(`UPDATE imports SET status = 'replaced' WHERE id = ?`),
    insert: sqlite.prepare(
      `INSERT INTO roster_people (workspace_id, import_id, role_id, person_hash, employee_id_hash, email_hash, name_hash) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  return {
    /** Removes the current roster and marks its imports replaced; returns their ids. */
    replaceRoster(importId: number): number[] {
      const earlier = s.earlierImports.all(workspaceId, importId) as number[];
      s.clear.run(workspaceId);
      for (const id of earlier) s.markReplaced.run(id);
      return earlier;
    },
    insertPerson(importId: number, row: RosterRow) {
      s.insert.run(workspaceId, importId, row.roleId, row.personHash, row.employeeIdHash, row.emailHash, row.nameHash);
    },
  };
}

/**
 * Sets every role's `roster_headcount` (people in the roster, null without a roster) and
 * the `headcount` dashboards read: the roster's count where the roster names the role, the
 * job description's elsewhere. Run after a roster import and after a jobs import.
 */
export function applyRosterHeadcounts(sqlite: Database.Database, workspaceId: number) {
  // Rows from before rosters carry the job description's figure only in `headcount`.
  sqlite.prepare(`UPDATE roles SET jd_headcount = headcount WHERE workspace_id = ? AND jd_headcount IS NULL`).run(workspaceId);
  const hasRoster = sqlite.prepare(`SELECT EXISTS (SELECT 1 FROM roster_people WHERE workspace_id = ?)`).pluck().get(workspaceId) === 1;
  sqlite
    .prepare(
      `UPDATE roles SET
         roster_headcount = CASE WHEN ? THEN (SELECT count(*) FROM roster_people p WHERE p.role_id = roles.id) END,
         headcount = COALESCE(NULLIF(CASE WHEN ? THEN (SELECT count(*) FROM roster_people p WHERE p.role_id = roles.id) END, 0), jd_headcount)
       WHERE workspace_id = ?`,
    )
    .run(hasRoster ? 1 : 0, hasRoster ? 1 : 0, workspaceId);
}
