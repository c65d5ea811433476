/**
 * Builds a synthetic workspace with a million-row task log (importers are not needed) and
 * prints how long the analysis pipeline takes. A benchmark, not a test: figures vary with the
 * machine and with whatever else is running.
 *
 *   npm run bench:analyze [-- --rows 1000000 --texts 20000 --roles 200 --employees 5000 --overrides 2000]
 *   npm run bench:analyze -- --keep            keep the database and print its path
 *   npm run bench:analyze -- --db PATH         measure again on a kept database
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { ATOMS, probabilitiesOf, TASK_CLASSES, type Classification } from "../app/analyzer/taxonomy";
import { analyzeWorkspace, reapplyOverrides } from "../db/pipeline";
import { openDatabase } from "../db/connection";
import {
  getAtomizationTree,
  getOrganizationClassShares,
  getRedesignScenario,
  getRoleRedesign,
  getRoleTasks,
  getSeniorityCompression,
  getWorkspaceSummary,
  listGroupClassShares,
  listRoleSummaries,
} from "../db/queries/dashboard";
import { listReviewQueue } from "../db/queries/review";
import { createWorkspace, getWorkspaceBySlug } from "../db/queries/workspaces";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000000" },
    texts: { type: "string", default: "20000" },
    roles: { type: "string", default: "200" },
    employees: { type: "string", default: "5000" },
    overrides: { type: "string", default: "2000" },
    keep: { type: "boolean", default: false },
    db: { type: "string" },
  },
});
const ROWS = Number(values.rows);
const TEXTS = Number(values.texts);
const ROLES = Number(values.roles);
const EMPLOYEES = Number(values.employees);

// mulberry32: a small deterministic generator, so every run builds the same data.
let seed = 42;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
  return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
};
const pick = (n: number) => Math.floor(random() * n);

const dir = values.db ? dirname(values.db) : mkdtempSync(join(tmpdir(), "orbital-bench-"));
const conn = openDatabase(values.db ?? join(dir, "bench.db"));
const ms = (t: number) => `${(performance.now() - t).toFixed(0)} ms`;

let t = performance.now();
const existing = getWorkspaceBySlug(conn.db, "bench");
const ws = existing?.id ?? createWorkspace(conn.db, { slug: "bench", name: "Bench" }).id;
if (existing) {
  conn.sqlite.prepare("DELETE FROM overrides WHERE workspace_id = ?").run(ws);
  conn.sqlite.prepare("UPDATE task_texts SET classifier_version = NULL WHERE workspace_id = ?").run(ws);
}
if (!existing) conn.sqlite.transaction(() => {
  const s = conn.sqlite;
  const importId = s
    .prepare(
      `INSERT INTO imports (workspace_id, kind, file_name, checksum, encoding, delimiter, status, rows_read, rows_imported, actor, started_at, finished_at)
       VALUES (?, 'logs', 'bench.csv', 'x', 'utf-8', ',', 'imported', ?, ?, 'bench', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
    )
    .run(ws, ROWS, ROWS).lastInsertRowid;
  const role = s.prepare(
    `INSERT INTO roles (workspace_id, role_key, title, department, level, level_label, headcount, annual_cost, location) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let r = 0; r < ROLES; r++) {
    role.run(ws, `r${r}`, `Role ${r}`, `Dept ${r % 10}`, r % 7, `L${r % 7}`, 1 + pick(40), 40_000 + pick(100_000), `City ${r % 4}`);
  }
  const text = s.prepare(`INSERT INTO task_texts (workspace_id, norm, text) VALUES (?, ?, ?)`);
  for (let i = 0; i < TEXTS; i++) text.run(ws, `task ${i} of the synthetic log`, `Task ${i} of the synthetic log`);
  const employee = s.prepare(`INSERT INTO employees (workspace_id, hash) VALUES (?, ?)`);
  for (let e = 0; e < EMPLOYEES; e++) employee.run(ws, `hash-${e}`);
  const firstRole = Number(s.prepare("SELECT MIN(id) FROM roles WHERE workspace_id = ?").pluck().get(ws));
  const firstText = Number(s.prepare("SELECT MIN(id) FROM task_texts WHERE workspace_id = ?").pluck().get(ws));
  const firstEmployee = Number(s.prepare("SELECT MIN(id) FROM employees WHERE workspace_id = ?").pluck().get(ws));
  const log = s.prepare(
    `INSERT INTO task_logs (workspace_id, import_id, role_id, employee_id, date, text_id, minutes) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < ROWS; i++) {
    // Each employee stays in one role (a few in two); each role draws from its own 400 texts,
    // each employee mostly from 60 of them, as real logs do.
    const e = pick(EMPLOYEES);
    const r = (e + (random() < 0.02 ? 1 : 0)) % ROLES;
    const textIndex = (r * 97 + ((e * 7 + pick(60)) % 400)) % TEXTS;
    log.run(ws, importId, firstRole + r, firstEmployee + e, `2026-0${1 + pick(9)}-1${pick(10)}`, firstText + textIndex, 5 + pick(120));
  }
})();
if (!existing) console.log(`built ${ROWS.toLocaleString("en")} log rows, ${TEXTS.toLocaleString("en")} texts, ${ROLES} roles, ${EMPLOYEES} employees in ${ms(t)}`);
console.log(`database file: ${(statSync(conn.path).size / 1e6).toFixed(0)} MB`);

const classify = (text: string): Classification => {
  let h = 0;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) | 0;
  const taskClass = TASK_CLASSES[Math.abs(h) % 3];
  const confidence = (Math.abs(h >> 7) % 100) / 100;
  return {
    class: taskClass,
    atom: ATOMS[Math.abs(h >> 3) % ATOMS.length],
    confidence,
    probabilities: probabilitiesOf(taskClass, confidence),
    cues: [{ cue: `hash ${Math.abs(h) % 50}`, weight: 1, toward: taskClass }],
    rationale: "Synthetic.",
  };
};

const plan = conn.sqlite
  .prepare(
    `EXPLAIN QUERY PLAN SELECT role_id, text_id, employee_id, SUM(minutes), COUNT(*) FROM task_logs NOT INDEXED
     WHERE workspace_id = ? GROUP BY role_id, text_id, employee_id ORDER BY role_id, text_id, employee_id`,
  )
  .all(ws) as { detail: string }[];
console.log(`query plan of the log pass: ${plan.map((p) => p.detail).join("; ")}`);

for (const label of ["first analysis (classifies every text)", "second analysis (texts cached)"]) {
  t = performance.now();
  const summary = analyzeWorkspace(conn, ws, classify, { classifierVersion: "bench" });
  const { classify: c, hours, rollups } = summary.timings;
  console.log(
    `${label}: ${ms(t)} total — classify ${summary.classified} texts ${c.toFixed(0)} ms, hours ${hours.toFixed(0)} ms, roll-ups ${rollups.toFixed(0)} ms`,
  );
}
const pairs = conn.sqlite.prepare("SELECT COUNT(*) FROM role_task_hours WHERE workspace_id = ?").pluck().get(ws);
console.log(`role_task_hours rows: ${pairs}`);

const OVERRIDES = Number(values.overrides);
const addOverride = conn.sqlite.prepare("INSERT INTO overrides (workspace_id, norm, class, reason, actor) VALUES (?, ?, 'specialized', 'bench', 'bench')");
for (let i = 0; i < OVERRIDES; i++) addOverride.run(ws, `task ${(i * 7) % TEXTS} of the synthetic log`);
t = performance.now();
reapplyOverrides(conn, ws);
console.log(`reapplyOverrides with ${OVERRIDES} overrides: ${ms(t)}`);


// Every dashboard query reads the stored analysis only; time each over a few runs.
const filter = {};
const queries: [string, () => unknown][] = [
  ["getWorkspaceSummary", () => getWorkspaceSummary(conn.db, ws, filter)],
  ["getOrganizationClassShares", () => getOrganizationClassShares(conn.db, ws, filter)],
  ["listGroupClassShares(department)", () => listGroupClassShares(conn.db, ws, filter, "department")],
  ["listRoleSummaries", () => listRoleSummaries(conn.db, ws, filter)],
  ["getSeniorityCompression", () => getSeniorityCompression(conn.db, ws, filter)],
  ["getRedesignScenario", () => getRedesignScenario(conn.db, ws, filter, { adoption: 0.5, elasticity: 1.5 })],
  ["getAtomizationTree", () => getAtomizationTree(conn.db, ws, filter)],
  ["getRoleTasks", () => getRoleTasks(conn.db, ws, firstRoleId)],
  ["getRoleRedesign", () => getRoleRedesign(conn.db, ws, firstRoleId)],
  ["listReviewQueue(50)", () => listReviewQueue(conn.db, ws, { limit: 50 })],
];
const firstRoleId = Number(conn.sqlite.prepare("SELECT MIN(id) FROM roles WHERE workspace_id = ?").pluck().get(ws));
for (const [name, run] of queries) {
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: median ${times[7].toFixed(1)} ms, max ${times[14].toFixed(1)} ms`);
}

conn.close();
if (values.keep || values.db) console.log(`kept ${conn.path}`);
else rmSync(dir, { recursive: true, force: true });
