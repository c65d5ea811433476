// Temporary local generator (not committed): 3,000 roles from the demo's 52, 300k log rows.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import { importFile } from "../app/imports/import-file.server";
import { fileSource } from "../app/imports/source.server";
import { openDatabase } from "../db/connection";
import { createWorkspace } from "../db/queries/workspaces";
import { createUser } from "../test/support/auth";

const out = process.argv[2];
const copies = Number(process.argv[3] ?? 58);
const logsPerCopy = Number(process.argv[4] ?? 5200);
const dir = "/work/wt/s-pages/fixtures/demo";
const jobs = Papa.parse<Record<string, string>>(readFileSync(join(dir, "jobs.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
const logs = Papa.parse<Record<string, string>>(readFileSync(join(dir, "task_logs.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
const survey = Papa.parse<Record<string, string>>(readFileSync(join(dir, "survey.csv"), "utf8"), { header: true, skipEmptyLines: true }).data;
const UNITS = ["Residential", "Commercial", "Industrial", "International"];
const jobRows: Record<string, string>[] = [];
const logRows: Record<string, string>[] = [];
const surveyRows: Record<string, string>[] = [];
for (let c = 0; c < copies; c++) {
  const unit = UNITS[c % UNITS.length];
  for (const j of jobs) jobRows.push({ ...j, role_id: `${j.role_id}-${c}`, title: `${j.title} ${c + 1}`, department: `${j.department} (${unit})` });
  const step = Math.max(1, Math.floor(logs.length / logsPerCopy));
  for (let i = c % step; i < logs.length; i += step) logRows.push({ ...logs[i], employee_id: `${logs[i].employee_id}-${c}`, role: `${logs[i].role}-${c}` });
  for (const s of survey) surveyRows.push({ ...s, employee_id: `${s.employee_id}-${c}`, role: `${s.role}-${c}` });
}
const tmp = out + ".d";
import("node:fs").then(async (fs) => {
  fs.mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, "jobs.csv"), Papa.unparse(jobRows));
  writeFileSync(join(tmp, "task_logs.csv"), Papa.unparse(logRows));
  writeFileSync(join(tmp, "survey.csv"), Papa.unparse(surveyRows));
  console.log(jobRows.length, "roles", logRows.length, "logs", surveyRows.length, "survey");
  const connection = openDatabase(out);
  const workspace = createWorkspace(connection.db, { slug: "million", name: "Many roles" });
  for (const [kind, file] of [["jobs", "jobs.csv"], ["logs", "task_logs.csv"], ["survey", "survey.csv"]] as const) {
    const t = Date.now();
    const o = await importFile({ connection, workspace, kind, source: fileSource(join(tmp, file)), actor: "bench" });
    console.log(kind, o.status, Date.now() - t, "ms", o.status !== "imported" ? JSON.stringify(o).slice(0, 500) : "");
  }
  connection.close();
  await createUser(out, { email: "bench@example.com", grants: { million: "admin" } });
});
