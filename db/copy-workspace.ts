/**
 * Copies one workspace, with every row that belongs to it, from another Orbital database file
 * (a restore's staging file) into a database, in ONE transaction: the restore lands whole or
 * changes nothing (docs/decisions/144-backup-format-2.md).
 *
 * Tables are found by their workspace_id column (as `deleteWorkspace` finds them), so a table
 * added later travels too. Ids are shifted past the target's highest id (AUTOINCREMENT's
 * sequence included, so no id is ever reused) and every foreign key follows its table's shift.
 */
import type Database from "better-sqlite3";
import { openDatabase, type Connection } from "./connection";
import { workspaceTables } from "./queries/workspace-admin";

/** References the schema keeps without a FOREIGN KEY clause (see task_logs.statement_id in schema.ts). */
const UNDECLARED_REFERENCES: Record<string, Record<string, string>> = {
  task_logs: { statement_id: "task_statements" },
};

interface TablePlan {
  name: string;
  columns: string[];
  /** The INTEGER PRIMARY KEY column, when the table has one. */
  idColumn: string | null;
  /** column → referenced table (within the copied tables or workspaces). */
  references: Map<string, string>;
}

function planTables(sqlite: Database.Database): TablePlan[] {
  const names = workspaceTables(sqlite);
  const copied = new Set(names);
  const plans = names.map((name): TablePlan => {
    const info = sqlite.prepare(`SELECT name, type, pk FROM pragma_table_info(?) ORDER BY cid`).all(name) as { name: string; type: string; pk: number }[];
    const references = new Map<string, string>(Object.entries(UNDECLARED_REFERENCES[name] ?? {}));
    for (const fk of sqlite.prepare(`SELECT "from", "table", "to" FROM pragma_foreign_key_list(?)`).all(name) as { from: string; table: string; to: string }[]) {
      if (fk.table !== "workspaces" && !copied.has(fk.table)) continue; // e.g. users: kept as it is
      if (fk.to !== "id") throw new Error(`copyWorkspace: ${name}.${fk.from} references ${fk.table}.${fk.to}, not an id; teach db/copy-workspace.ts how to move it`);
      references.set(fk.from, fk.table);
    }
    // A table's own id; a primary key that is a reference (role_analysis.role_id, report_covers.workspace_id) is not.
    const pk = info.filter((c) => c.pk > 0);
    const own = pk.length === 1 && pk[0].type.toUpperCase() === "INTEGER" && pk[0].name !== "workspace_id" && !references.has(pk[0].name);
    return { name, columns: info.map((c) => c.name), idColumn: own ? pk[0].name : null, references };
  });
  // Referenced tables first, so foreign keys hold after every statement.
  const ordered: TablePlan[] = [];
  const placed = new Set<string>(["workspaces"]);
  while (ordered.length < plans.length) {
    const next = plans.find((p) => !placed.has(p.name) && [...p.references.values()].every((t) => t === p.name || placed.has(t)));
    if (!next) throw new Error("copyWorkspace: the workspace tables reference each other in a cycle");
    ordered.push(next);
    placed.add(next.name);
  }
  return ordered;
}

/**
 * Copies workspace `sourceWorkspaceId` of the database file `sourcePath` into the database file
 * `targetPath` as a new workspace named `slug`, on a connection of its own (foreign keys off for
 * the bulk copy, as in deleteWorkspace: every copied reference is shifted with its table).
 * `alsoInTransaction` (checks, the audit record) commits or rolls back with the copy; it receives
 * the target connection and the new workspace's id. Returns that id.
 */
export function copyWorkspace(
  targetPath: string,
  sourcePath: string,
  sourceWorkspaceId: number,
  slug: string,
  alsoInTransaction?: (conn: Connection, workspaceId: number) => void,
): number {
  const conn = openDatabase(targetPath, { migrate: false });
  try {
    conn.sqlite.pragma("foreign_keys = OFF");
    // ATTACH cannot run inside a transaction.
    conn.sqlite.prepare(`ATTACH DATABASE ? AS source`).run(sourcePath);
    const plans = planTables(conn.sqlite);
    const copy = conn.sqlite.transaction(() => {
      const workspaceColumns = (conn.sqlite.prepare(`SELECT name FROM pragma_table_info('workspaces')`).pluck().all() as string[]).filter((c) => c !== "id" && c !== "slug");
      const list = workspaceColumns.map((c) => `"${c}"`).join(", ");
      const newId = Number(
        conn.sqlite.prepare(`INSERT INTO main.workspaces (slug, ${list}) SELECT ?, ${list} FROM source.workspaces WHERE id = ?`).run(slug, sourceWorkspaceId).lastInsertRowid,
      );
      const offsets = new Map<string, number>();
      for (const p of plans) {
        if (!p.idColumn) continue;
        const seq = (conn.sqlite.prepare(`SELECT seq FROM main.sqlite_sequence WHERE name = ?`).pluck().get(p.name) as number | undefined) ?? 0;
        const max = (conn.sqlite.prepare(`SELECT MAX("${p.idColumn}") FROM main."${p.name}"`).pluck().get() as number | null) ?? 0;
        offsets.set(p.name, Math.max(seq, max));
      }
      for (const p of plans) {
        const expressions = p.columns.map((c) => {
          const target = p.references.get(c);
          if (c === "workspace_id" || target === "workspaces") return "@workspaceId";
          if (target) {
            const offset = offsets.get(target);
            if (offset === undefined) throw new Error(`copyWorkspace: ${p.name}.${c} references ${target}, which has no integer id`);
            return `"${c}" + ${offset}`;
          }
          if (c === p.idColumn) return `"${c}" + ${offsets.get(p.name)}`;
          return `"${c}"`;
        });
        conn.sqlite
          .prepare(`INSERT INTO main."${p.name}" (${p.columns.map((c) => `"${c}"`).join(", ")}) SELECT ${expressions.join(", ")} FROM source."${p.name}" WHERE workspace_id = @sourceId`)
          .run({ workspaceId: newId, sourceId: sourceWorkspaceId });
      }
      alsoInTransaction?.(conn, newId);
      return newId;
    });
    try {
      return copy.immediate();
    } finally {
      conn.sqlite.exec(`DETACH DATABASE source`);
    }
  } finally {
    conn.close();
  }
}
