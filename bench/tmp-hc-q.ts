import { sql } from "drizzle-orm";
import { openDatabase } from "../db/connection";
import { getWorkspaceBySlug } from "../db/queries/workspaces";
import { currentOverrides } from "../db/pipeline/effective-classification";
import { roleConditions } from "../db/queries/dashboard/filter";
const [path, slug] = process.argv.slice(2);
const conn = openDatabase(path, { migrate: false });
const db = conn.db;
const ws = getWorkspaceBySlug(conn.db, slug)!;
const workspaceId = ws.id; const filter = {};
const t = (name: string, f: () => any) => { const s = performance.now(); const r = f(); console.log(name, (performance.now() - s).toFixed(0), "ms", Array.isArray(r) ? r.length : r); };
t("cells", () => db.all(sql`
    SELECT l.role_id AS roleId, l.employee_id AS employeeId, l.tool AS tool,
           COALESCE(co.override_class, t.class) AS taskClass, COALESCE(co.override_atom, t.atom) AS atom, SUM(l.minutes) AS minutes
    FROM task_logs l
    JOIN roles r ON r.id = l.role_id
    JOIN task_texts t ON t.id = l.text_id
    LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm
    WHERE l.workspace_id = ${workspaceId} AND ${roleConditions(workspaceId, filter)}
    GROUP BY 1, 2, 3, 4, 5`));
t("days", () => db.all(sql`
    SELECT l.date AS date, l.employee_id AS employeeId, l.tool AS tool, SUM(l.minutes) AS minutes
    FROM task_logs l JOIN roles r ON r.id = l.role_id
    WHERE l.workspace_id = ${workspaceId} AND ${roleConditions(workspaceId, filter)}
    GROUP BY 1, 2, 3`));
t("scan-rte", () => db.all(sql`SELECT role_id, text_id, employee_id, tool, SUM(minutes) FROM task_logs NOT INDEXED WHERE workspace_id=${workspaceId} GROUP BY 1,2,3,4`));
t("scan-rte-date", () => db.all(sql`SELECT role_id, employee_id, tool, text_id, date, SUM(minutes) FROM task_logs NOT INDEXED WHERE workspace_id=${workspaceId} GROUP BY 1,2,3,4,5`).length);
t("count-distinct", () => db.all(sql`SELECT count(*) FROM (SELECT 1 FROM task_logs NOT INDEXED WHERE workspace_id=${workspaceId} GROUP BY role_id, employee_id, tool, text_id)`));
t("count-ai-distinct", () => db.all(sql`SELECT count(*) FROM (SELECT 1 FROM task_logs NOT INDEXED WHERE workspace_id=${workspaceId} AND tool IS NOT NULL GROUP BY role_id, employee_id, tool, text_id)`));
t("count-days", () => db.all(sql`SELECT count(*) FROM (SELECT 1 FROM task_logs NOT INDEXED WHERE workspace_id=${workspaceId} GROUP BY date, employee_id, tool)`));
t("count-emp-week-ai", () => db.all(sql`SELECT count(DISTINCT employee_id), count(DISTINCT date), count(DISTINCT tool) FROM task_logs WHERE workspace_id=${workspaceId}`));
console.log(db.all(sql`EXPLAIN QUERY PLAN SELECT l.date AS date, l.employee_id AS employeeId, l.tool AS tool, SUM(l.minutes) AS minutes
    FROM task_logs l JOIN roles r ON r.id = l.role_id
    WHERE l.workspace_id = ${workspaceId} AND ${roleConditions(workspaceId, filter)}
    GROUP BY 1, 2, 3`));
conn.close();
