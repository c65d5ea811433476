import { openDatabase } from "../db/connection";
import { getWorkspaceBySlug } from "../db/queries/workspaces";
const [path, slug] = process.argv.slice(2);
const conn = openDatabase(path, { migrate: false });
const ws = getWorkspaceBySlug(conn.db, slug)!;
let s = performance.now();
const it = conn.sqlite.prepare(`SELECT role_id, employee_id, text_id, tool, date, minutes FROM task_logs NOT INDEXED WHERE workspace_id = ?`).raw().iterate(ws.id) as IterableIterator<[number, number, number, string | null, string, number]>;
let n = 0, sum = 0;
const tools = new Map<string, number>(); const dates = new Map<string, number>();
const cells = new Map<number, number>(); const days = new Map<number, number>();
for (const [role, emp, text, tool, date, minutes] of it) {
  n++; sum += minutes;
  let ti = 0; if (tool !== null) { ti = tools.get(tool) ?? -1; if (ti < 0) { ti = tools.size + 1; tools.set(tool, ti); } }
  let di = dates.get(date); if (di === undefined) { di = dates.size; dates.set(date, di); }
  const ck = ((role * 100000 + emp) * 64 + ti) * 100000 + text;
  cells.set(ck, (cells.get(ck) ?? 0) + minutes);
  const dk = (di * 1000000 + emp) * 64 + ti;
  days.set(dk, (days.get(dk) ?? 0) + minutes);
}
console.log("scan+fold", (performance.now() - s).toFixed(0), n, cells.size, days.size, tools.size, dates.size);
s = performance.now();
const it2 = conn.sqlite.prepare(`SELECT role_id, employee_id, text_id, tool, date, minutes FROM task_logs NOT INDEXED WHERE workspace_id = ?`).raw().iterate(ws.id);
let m = 0; for (const _ of it2) m++;
console.log("scan only", (performance.now() - s).toFixed(0), m);
conn.close();
