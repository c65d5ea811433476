/**
 * AI use from the task logs on a real database: tool names normalized ("none" is no AI use),
 * adoption = AI-assisted exposed hours ÷ exposed hours, the Redesign's measured starting point
 * agrees with the page's figure, and a group below k is suppressed.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { expectImported, importInto, quirk } from "../../test/support/import-helpers";
import { tempDatabase } from "../../test/support/temp-db";
import { addOverride } from "./overrides";
import { getMeasuredAdoption, getToolEvidence } from "./tool-adoption";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => (conn = tempDatabase()));
afterEach(() => conn.cleanup());

test("shares, adoption and tools from a real import, with the suppression rule", async () => {
  expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
  const tools = ["ChatGPT", "GitHub Copilot", "copilot", "none", "", "Orbit Assistant"];
  const lines = ["employee_id,role,date,task,hours,tool"];
  for (let e = 0; e < 6; e++) {
    lines.push(`E${e},ENG-2,2026-07-0${e + 1},Write unit tests,2,${tools[e]}`);
    lines.push(`E${e},ENG-2,2026-07-0${e + 1},Fix production bugs,1,`);
  }
  lines.push("W1,OPS-4,2026-07-01,Load trucks at dock 3,8,ChatGPT"); // one person: below k
  writeFileSync(join(conn.dir, "logs.csv"), lines.join("\n") + "\n");
  expectImported(await importInto(conn, "logs", join(conn.dir, "logs.csv")));
  const ws = conn.sqlite.prepare(`SELECT id FROM workspaces WHERE slug = 'acme'`).pluck().get() as number;

  const view = getToolEvidence(conn.db, ws, {}, 5);
  const engineering = view.byDepartment.find((d) => d.key === "Engineering")!;
  // 4 of 6 people used AI on their 2 h of tests ("none" and "" are not AI): 8 h of 18 h.
  expect(engineering).toMatchObject({ employees: 6, suppressed: false, loggedHours: 18 });
  expect(engineering.aiShare).toBeCloseTo(8 / 18, 10);
  expect(view.byDepartment.find((d) => d.key === "Operations")).toMatchObject({ suppressed: true, employees: null, aiShare: null });
  // ChatGPT 2 people, Copilot (two spellings) 2, Orbit Assistant 1: none is named; together they are 5.
  expect(view.tools.map((t) => [t.name, t.employees, t.share])).toEqual([["Other tools, each used by fewer than k people", 5, 1]]);

  // Adoption against the classes the analyzer stored, computed here from the tables directly.
  const exposed = conn.sqlite
    .prepare(
      `SELECT SUM(l.minutes) AS all_min, SUM(CASE WHEN l.tool IN ('ChatGPT','GitHub Copilot','copilot','Orbit Assistant') THEN l.minutes ELSE 0 END) AS ai_min
       FROM task_logs l JOIN task_texts t ON t.id = l.text_id JOIN roles r ON r.id = l.role_id
       WHERE r.department = 'Engineering' AND t.class IN ('automatable', 'democratized')`,
    )
    .get() as { all_min: number | null; ai_min: number | null };
  expect(engineering.adoption).toBe(exposed.all_min ? exposed.ai_min! / exposed.all_min : null);
  expect(getMeasuredAdoption(conn.db, ws, { department: ["Engineering"] }, 5)).toBe(engineering.adoption);
  expect(getMeasuredAdoption(conn.db, ws, { department: ["Operations"] }, 5)).toBeNull();
  // 1–5 July 2026 (Wed–Sun) fall in the week of Monday 29 June: E0–E4 and W1; E5 logged on Monday 6 July alone.
  expect(view.weekly.map((w) => [w.week, w.employees, w.suppressed])).toEqual([
    ["2026-06-29", 6, false],
    ["2026-07-06", null, true],
  ]);
});

test("one pass over the log: a filter keeps only its roles' rows, and an override moves hours in and out of exposed work", async () => {
  expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
  const lines = ["employee_id,role,date,task,hours,tool"];
  for (let e = 0; e < 5; e++) {
    lines.push(`E${e},ENG-2,2026-07-0${e + 1},Write unit tests,2,ChatGPT`);
    lines.push(`E${e},ENG-2,2026-07-0${e + 1},Fix production bugs,1,`);
    lines.push(`F${e},FIN-1,2026-07-0${e + 1},Reconcile invoices,3,Copilot`);
  }
  writeFileSync(join(conn.dir, "logs.csv"), lines.join("\n") + "\n");
  expectImported(await importInto(conn, "logs", join(conn.dir, "logs.csv")));
  const ws = conn.sqlite.prepare(`SELECT id FROM workspaces WHERE slug = 'acme'`).pluck().get() as number;

  const all = getToolEvidence(conn.db, ws, {}, 5);
  const engineering = getToolEvidence(conn.db, ws, { department: ["Engineering"] }, 5);
  // The filtered view is the unfiltered view's Engineering row, and its weeks count Engineering's 5 people only.
  const { key: _k, label: _l, ...row } = all.byDepartment.find((d) => d.key === "Engineering")!;
  expect(engineering.overall).toMatchObject(row);
  expect(engineering.overall).toMatchObject({ employees: 5, loggedHours: 15, aiShare: 10 / 15 });
  expect(engineering.byDepartment.map((d) => d.key)).toEqual(["Engineering"]);
  expect(engineering.weekly.map((w) => [w.week, w.employees, w.aiShare])).toEqual([["2026-06-29", 5, 10 / 15]]);
  expect(all.weekly.map((w) => [w.week, w.employees, w.aiShare])).toEqual([["2026-06-29", 10, 25 / 30]]);
  expect(engineering.tools.map((t) => [t.name, t.employees, t.share])).toEqual([["ChatGPT", 5, 1]]);

  // "Write unit tests" declared specialized: its AI-assisted hours leave the exposed work.
  const exposedBefore = engineering.overall.exposedHours!;
  const testsClass = conn.sqlite.prepare(`SELECT class FROM task_texts WHERE norm LIKE '%unit test%'`).pluck().get();
  expect(testsClass).not.toBe("specialized");
  const added = addOverride(conn.db, { workspaceId: ws, norm: "Write unit tests", class: "specialized", reason: "Needs judgement here.", userId: null, actor: "test" });
  expect(added.ok).toBe(true);
  const after = getToolEvidence(conn.db, ws, { department: ["Engineering"] }, 5).overall;
  expect(after.exposedHours).toBe(exposedBefore - 10);
  expect(after.loggedHours).toBe(15);
});
