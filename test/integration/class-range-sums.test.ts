/**
 * The stored range sums (decision 178) against the query they replace, on real files through
 * the one import path and the real classifier: for every filter the dashboards offer, after an
 * override, after a second import, and for a database from before the table (backfill at open).
 * The oracle is the query as it was before decision 178, kept here verbatim; the readers' own
 * fallback (no stored sums: deleted inside a transaction that is rolled back) is checked too.
 */
import { sql } from "drizzle-orm";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { classShareRanges, rangesFromSums, type ClassShareRanges, type WeightedProbabilities } from "../../app/analyzer/share-range";
import { probabilitiesOf, TASK_CLASSES, type TaskClass } from "../../app/analyzer/taxonomy";
import { openDatabase } from "../../db/connection";
import { currentOverrides } from "../../db/pipeline/effective-classification";
import { refreshAfterOverride } from "../../db/pipeline/refresh";
import { annualTaskHours } from "../../db/queries/annual-task-hours";
import {
  getOrganizationClassRanges,
  listFilterOptions,
  listGroupClassRanges,
  type DashboardFilter,
} from "../../db/queries/dashboard";
import { groupKeySql } from "../../db/queries/dashboard/role-figures";
import { addOverride } from "../../db/queries/overrides";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { expectImported, importInto, quirk } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

const LOGS_HEADER = "employee_id,role,date,task,hours,tool,outcome\n";
const writeLogs = (name: string, rows: string[]) => {
  const path = join(conn.dir, name);
  writeFileSync(path, LOGS_HEADER + rows.join("\n") + "\n");
  return path;
};

// Two departments share "Answer supplier queries" and "Update the shared tracker": a text's
// variance counts its hours in the whole selection, so sums per department cannot simply add up.
const FIRST_LOGS = [
  "E1,ENG-2,2026-07-01,Write and review code for the payments service,5,,",
  "E1,ENG-2,2026-07-02,Fix production bugs,2,,",
  "E2,ENG-2,2026-07-02,Update the shared tracker,1.5,,",
  "E3,FIN-1,2026-07-01,Reconcile invoices,4,,",
  "E3,FIN-1,2026-07-02,Answer supplier queries,2,,",
  "E4,FIN-1,2026-07-03,Update the shared tracker,0.5,,",
  "E5,OPS-4,2026-07-01,Pick and pack orders,7,,",
  "E6,OPS-4,2026-07-01,Answer supplier queries,1,,",
];

type Ranges = ClassShareRanges | null;
interface Figures {
  organization: Map<string, Ranges>;
  departments: Map<string, Map<unknown, ClassShareRanges>>;
}

function filtersOf(workspaceId: number): DashboardFilter[] {
  const options = listFilterOptions(conn.db, workspaceId);
  return [
    {},
    ...options.departments.map((d) => ({ department: [d] })),
    { department: options.departments.slice(0, 2) },
    { department: ["Nowhere"] },
    ...options.levels.map((l) => ({ level: [l.level] })),
    ...options.locations.map((l) => ({ location: [l] })),
    { department: [options.departments[0]], location: options.locations },
  ];
}

function figures(workspaceId: number): Figures {
  const organization = new Map<string, Ranges>();
  const departments = new Map<string, Map<unknown, ClassShareRanges>>();
  for (const filter of filtersOf(workspaceId)) {
    organization.set(JSON.stringify(filter), getOrganizationClassRanges(conn.db, workspaceId, filter));
    departments.set(JSON.stringify(filter), listGroupClassRanges(conn.db, workspaceId, filter, "department"));
  }
  return { organization, departments };
}

/** The ranges per group as the query before decision 178 computed them (the oracle). */
function oldQueryRanges(workspaceId: number, filter: DashboardFilter, by: "department" | null): Map<unknown, ClassShareRanges> {
  const rows = conn.db.all<{
    key: unknown;
    hours: number;
    overrideClass: TaskClass | null;
    class: TaskClass | null;
    confidence: number | null;
    pa: number | null;
    pd: number | null;
    ps: number | null;
  }>(sql`
    SELECT ${groupKeySql(by)} AS key, SUM(a.hours) AS hours, co.override_class AS overrideClass, t.class AS class,
           t.confidence AS confidence, t.p_automatable AS pa, t.p_democratized AS pd, t.p_specialized AS ps
    FROM ${annualTaskHours(workspaceId, { filter })} a
    JOIN roles r ON r.id = a.role_id
    JOIN task_texts t ON t.id = a.text_id
    LEFT JOIN ${currentOverrides(workspaceId)} co ON co.norm = t.norm
    GROUP BY 1, a.text_id`);
  const byKey = new Map<unknown, WeightedProbabilities[]>();
  for (const r of rows) {
    const probabilities = r.overrideClass
      ? probabilitiesOf(r.overrideClass, 1)
      : r.pa !== null && r.pd !== null && r.ps !== null
        ? { automatable: r.pa, democratized: r.pd, specialized: r.ps }
        : r.class
          ? probabilitiesOf(r.class, r.confidence ?? 1)
          : null;
    if (probabilities) byKey.set(r.key, [...(byKey.get(r.key) ?? []), { hours: r.hours, probabilities }]);
  }
  const out = new Map<unknown, ClassShareRanges>();
  for (const [key, tasks] of byKey) {
    const ranges = classShareRanges(tasks);
    if (ranges) out.set(key, ranges);
  }
  return out;
}

function figuresOfTheOldQuery(workspaceId: number): Figures {
  const organization = new Map<string, Ranges>();
  const departments = new Map<string, Map<unknown, ClassShareRanges>>();
  for (const filter of filtersOf(workspaceId)) {
    organization.set(JSON.stringify(filter), oldQueryRanges(workspaceId, filter, null).get(null) ?? null);
    departments.set(JSON.stringify(filter), oldQueryRanges(workspaceId, filter, "department"));
  }
  return { organization, departments };
}

/** The readers' figures when the workspace has no stored sums. */
function figuresWithoutStoredSums(workspaceId: number): Figures {
  let out: Figures | undefined;
  try {
    conn.sqlite.transaction(() => {
      conn.sqlite.prepare("DELETE FROM class_range_sums").run();
      out = figures(workspaceId);
      throw new Error("roll back");
    })();
  } catch (error) {
    if ((error as Error).message !== "roll back") throw error;
  }
  return out!;
}

function expectSameRanges(actual: Ranges, expected: Ranges, where: string) {
  if (expected === null) return expect(actual, where).toBeNull();
  expect(actual, where).not.toBeNull();
  for (const c of TASK_CLASSES) {
    for (const k of ["expected", "low", "high"] as const) {
      expect(Math.abs(actual![c][k] - expected[c][k]), `${where} ${c}.${k}`).toBeLessThan(1e-9);
    }
  }
}

/** The figures equal the old query's for every filter, with and without stored sums; returns them. */
function expectStoredMatchesOldQuery(workspaceId: number): Figures {
  const stored = conn.sqlite.prepare("SELECT count(*) FROM class_range_sums WHERE workspace_id = ? AND department IS NULL").pluck().get(workspaceId);
  expect(stored, "the workspace has stored sums").toBe(1);
  const fast = figures(workspaceId);
  const old = figuresOfTheOldQuery(workspaceId);
  expectSameFigures(fast, old);
  expectSameFigures(figuresWithoutStoredSums(workspaceId), old);
  return fast;
}

function expectSameFigures(actual: Figures, expected: Figures) {
  expect([...actual.organization.keys()]).toEqual([...expected.organization.keys()]);
  for (const [filter, ranges] of expected.organization) expectSameRanges(actual.organization.get(filter)!, ranges, `organization ${filter}`);
  for (const [filter, groups] of expected.departments) {
    const got = actual.departments.get(filter)!;
    expect([...got.keys()], `departments ${filter}`).toEqual([...groups.keys()]);
    for (const [key, ranges] of groups) expectSameRanges(got.get(key)!, ranges, `department ${String(key)} of ${filter}`);
  }
}

/** The unfiltered Overview reads the stored row: it is exactly what that row gives. */
function expectOverviewFromStoredRow(workspaceId: number) {
  const row = conn.sqlite
    .prepare(
      `SELECT hours, expected_automatable a, expected_democratized d, expected_specialized s,
              variance_automatable va, variance_democratized vd, variance_specialized vs
       FROM class_range_sums WHERE workspace_id = ? AND department IS NULL`,
    )
    .get(workspaceId) as Record<string, number>;
  const fromRow = rangesFromSums({
    hours: row.hours,
    expectedHours: { automatable: row.a, democratized: row.d, specialized: row.s },
    variance: { automatable: row.va, democratized: row.vd, specialized: row.vs },
  });
  expect(getOrganizationClassRanges(conn.db, workspaceId, {})).toEqual(fromRow);
}

async function importedWorkspace() {
  expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
  expectImported(await importInto(conn, "logs", writeLogs("logs-1.csv", FIRST_LOGS)));
  return getWorkspaceBySlug(conn.db, "acme")!.id;
}

describe("stored class range sums", () => {
  test("give the old query's ranges for every filter, and stay right after an override and a second import", async () => {
    const ws = await importedWorkspace();
    expect(listFilterOptions(conn.db, ws).departments).toEqual(["Engineering", "Finance", "Operations"]);
    const first = expectStoredMatchesOldQuery(ws);
    expectOverviewFromStoredRow(ws);
    const stored = conn.sqlite.prepare("SELECT department FROM class_range_sums WHERE workspace_id = ? ORDER BY department").pluck().all(ws);
    expect(stored).toEqual([null, "Engineering", "Finance", "Operations"]);

    // A person overrides the text two departments share: its probabilities become certain.
    const shared = getOrganizationClassRanges(conn.db, ws, {})!;
    const added = addOverride(conn.db, { workspaceId: ws, norm: "Answer supplier queries", class: "automatable", reason: "a form letter", userId: null, actor: "test" });
    expect(added.ok).toBe(true);
    refreshAfterOverride(conn, ws);
    const afterOverride = expectStoredMatchesOldQuery(ws);
    expectOverviewFromStoredRow(ws);
    expect(afterOverride.organization.get("{}")).not.toEqual(shared);
    expect(afterOverride.organization.get('{"department":["Finance"]}')).not.toEqual(first.organization.get('{"department":["Finance"]}'));

    // A second log import moves hours between texts and roles.
    expectImported(
      await importInto(
        conn,
        "logs",
        writeLogs("logs-2.csv", [
          "E1,ENG-2,2026-07-08,Write unit tests,6,,",
          "E5,OPS-4,2026-07-08,Load trucks at dock 3,9,,",
          "E6,OPS-4,2026-07-09,Update the shared tracker,3,,",
        ]),
      ),
    );
    const afterImport = expectStoredMatchesOldQuery(ws);
    expectOverviewFromStoredRow(ws);
    expect(afterImport.organization.get("{}")).not.toEqual(afterOverride.organization.get("{}"));
  });

  test("a database from before the table gets its sums when it is next opened with migrations", async () => {
    const ws = await importedWorkspace();
    const expected = figures(ws);
    conn.sqlite.prepare("DELETE FROM class_range_sums").run();
    // Until then the readers fall back to the task hours: same figures, nothing stored.
    expectSameFigures(figures(ws), expected);
    expect(conn.sqlite.prepare("SELECT count(*) FROM class_range_sums").pluck().get()).toBe(0);

    const reopened = openDatabase(conn.path);
    try {
      expect(reopened.sqlite.prepare("SELECT count(*) FROM class_range_sums WHERE workspace_id = ?").pluck().get(ws)).toBe(4);
    } finally {
      reopened.close();
    }
    expectStoredMatchesOldQuery(ws);
  });
});
