import { openDatabase } from "../db/connection";
import { getWorkspaceBySlug } from "../db/queries/workspaces";
const [path, slug] = process.argv.slice(2);
const conn = openDatabase(path, { migrate: false });
const ws = getWorkspaceBySlug(conn.db, slug)!;
let s = performance.now();
const it = conn.sqlite.prepare(`SELECT role_id, employee_id, text_id, tool, date, minutes FROM task_logs NOT INDEXED WHERE workspace_id = ?`).raw().iterate(ws.id) as IterableIterator<[number, number, number, string | null, string, number]>;
const tools = new Map<string, number>(); const weeks = new Map<string, number>();
const textIdx = new Int32Array(2_000_000);
const cells = new Map<number, number>(); const wk = new Map<number, number>();
for (const [role, emp, text, tool, date, minutes] of it) {
  let ti = 0; if (tool !== null) { ti = tools.get(tool) ?? -1; if (ti < 0) { ti = tools.size + 1; tools.set(tool, ti); } }
  let di = weeks.get(date); if (di === undefined) { di = weeks.size; weeks.set(date, di); }
  const ca = textIdx[text];
  const ck = ((role * 1000000 + emp) * 64 + ti) * 64 + ca;
  cells.set(ck, (cells.get(ck) ?? 0) + minutes);
  const dk = (di * 1000000 + emp) * 2 + (ti ? 1 : 0);
  wk.set(dk, (wk.get(dk) ?? 0) + minutes);
}
console.log("scan+fold", (performance.now() - s).toFixed(0), cells.size, wk.size);
s = performance.now();
const r = conn.sqlite.prepare(`SELECT role_id, employee_id, text_id, tool, date, minutes FROM task_logs NOT INDEXED WHERE workspace_id = ?`).raw().all(ws.id);
console.log("all()", (performance.now() - s).toFixed(0), r.length);
conn.close();
