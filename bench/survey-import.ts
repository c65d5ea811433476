/**
 * `npm run bench:survey`: imports 10,000 survey responses (Google Forms layout: timestamps,
 * e-mails, label answers, 2 % answering twice) through the one import path, and, in the same
 * run as the yardstick, a 10,000-row task log of the same people; prints both times and their
 * ratio. A script, not a test: it prints figures and asserts nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { importFile } from "../app/imports/import-file.server";
import { fileSource } from "../app/imports/source.server";
import { openDatabase } from "../db/connection";
import { ensureWorkspace } from "../db/queries/workspaces";
import { AGREEMENT_LABELS, AI_USE_LABELS, AI_USE_QUESTION, SURVEY_STATEMENTS } from "../importers/survey-wording";

const ROOT = resolve(import.meta.dirname, "..");
const RESPONSES = 10_000;
const dir = mkdtempSync(join(tmpdir(), "orbital-bench-survey-"));
const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;

// Deterministic pseudo-random answers (a linear congruential generator is plenty here).
let seed = 42;
const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const roles = ["Software Engineer", "Accountant", "Warehouse Associate"];

const header = ["Timestamp", "Email Address", "role", ...SURVEY_STATEMENTS.map((s, i) => `${i + 1}. ${s.text}`), AI_USE_QUESTION];
const survey: string[] = [header.map(quote).join(",")];
const logs: string[] = ["employee_id,role,date,task,hours,tool"];
for (let i = 0; i < RESPONSES; i++) {
  const person = i < RESPONSES * 0.98 ? i : i - Math.floor(RESPONSES * 0.5);
  const minute = String(i % 60).padStart(2, "0");
  const answers = SURVEY_STATEMENTS.map(() => AGREEMENT_LABELS[Math.floor(next() * 5)]);
  survey.push([`2026/11/0${1 + (i % 9)} 10:${minute}:00 AM GMT+1`, `person${person}@acme.example`, roles[person % 3], ...answers, AI_USE_LABELS[Math.floor(next() * 5)]].map(quote).join(","));
  logs.push(`person${person}@acme.example,${roles[person % 3]},2026-07-0${1 + (i % 9)},Reconcile invoices batch ${i % 50},1.5,${i % 3 ? "ChatGPT" : ""}`);
}
writeFileSync(join(dir, "survey.csv"), survey.join("\n") + "\n");
writeFileSync(join(dir, "logs.csv"), logs.join("\n") + "\n");

const connection = openDatabase(join(dir, "bench.db"));
try {
  const workspace = ensureWorkspace(connection.db, "bench", "Bench");
  await importFile({ connection, workspace, kind: "jobs", source: fileSource(join(ROOT, "fixtures/quirks/base-jobs.csv")), actor: "bench", analyze: false });
  const time = async (kind: "survey" | "logs", file: string) => {
    const started = performance.now();
    const outcome = await importFile({ connection, workspace, kind, source: fileSource(join(dir, file)), actor: "bench", analyze: false });
    if (outcome.status !== "imported") throw new Error(`${file}: ${outcome.status}`);
    return { ms: performance.now() - started, rows: outcome.import.rowsImported };
  };
  const s = await time("survey", "survey.csv");
  const l = await time("logs", "logs.csv");
  console.log(`survey: ${RESPONSES.toLocaleString("en")} responses (${s.rows.toLocaleString("en")} respondents kept) in ${s.ms.toFixed(0)} ms (${Math.round(RESPONSES / (s.ms / 1000)).toLocaleString("en")} rows/s)`);
  console.log(`task log yardstick: ${RESPONSES.toLocaleString("en")} rows in ${l.ms.toFixed(0)} ms`);
  console.log(`ratio survey / task log: ${(s.ms / l.ms).toFixed(2)}`);
} finally {
  connection.close();
  rmSync(dir, { recursive: true, force: true });
}
