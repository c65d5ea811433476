import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedOrganization, type SeededOrganization } from "../../test/support/seed-organization";
import { tableClassifier } from "../../test/support/table-classifier";
import { tempDatabase } from "../../test/support/temp-db";
import { TINY_ROLES, TINY_TABLE } from "../../test/support/tiny-organization";
import { classifyTask, classifyTasks } from "../../app/analyzer/classify";
import { analyzeWorkspace, reapplyOverrides } from ".";

let conn: ReturnType<typeof tempDatabase>;
let org: SeededOrganization;
beforeEach(() => {
  conn = tempDatabase();
  org = seedOrganization(conn, { roles: TINY_ROLES });
});
afterEach(() => conn.cleanup());

const rows = (sql: string, ...params: unknown[]) => conn.sqlite.prepare(sql).all(...params) as Record<string, unknown>[];

describe("analyzeWorkspace", () => {
  it("classifies each distinct text once, and only again for a new classifier version", () => {
    const first = tableClassifier(TINY_TABLE);
    const summary = analyzeWorkspace(conn, org.workspaceId, first.classify, { classifierVersion: "v1" });
    expect(summary.classified).toBe(11);
    expect([...first.calls].sort()).toEqual(Object.keys(TINY_TABLE).sort());

    const again = tableClassifier(TINY_TABLE);
    expect(analyzeWorkspace(conn, org.workspaceId, again.classify, { classifierVersion: "v1" }).classified).toBe(0);
    expect(again.calls).toEqual([]);

    const next = tableClassifier(TINY_TABLE);
    expect(analyzeWorkspace(conn, org.workspaceId, next.classify, { classifierVersion: "v2" }).classified).toBe(11);
    const stored = rows("SELECT class, atom, confidence, rationale, classifier_version FROM task_texts WHERE id = ?", org.textId("Present to CFO"));
    expect(stored).toEqual([
      { class: "specialized", atom: "relate", confidence: 0.5, rationale: 'The test table files "Present to CFO" under specialized.', classifier_version: "v2" },
    ]);
  });

  it("weights by logged minutes where a role has logs, equal statement slices where it has none", () => {
    const summary = analyzeWorkspace(conn, org.workspaceId, tableClassifier(TINY_TABLE).classify, { classifierVersion: "v1" });
    expect(summary).toMatchObject({ logRows: 5, rolesByWeighting: { logs: 1, statements: 3, none: 1 }, rolesAnalyzed: 4, unclassifiedTasks: 0 });

    expect(rows("SELECT text_id, source, minutes, log_rows, employees FROM role_task_hours WHERE role_id = ? ORDER BY minutes DESC", org.roleIds.analyst)).toEqual([
      { text_id: org.textId("Compile weekly report"), source: "logs", minutes: 180, log_rows: 2, employees: 2 },
      { text_id: org.textId("Analyze variance"), source: "logs", minutes: 120, log_rows: 2, employees: 2 },
      { text_id: org.textId("Present to CFO"), source: "logs", minutes: 100, log_rows: 1, employees: 1 },
    ]);
    // One FTE-year (105,600 min) in five equal slices.
    const clerk = rows("SELECT source, minutes FROM role_task_hours WHERE role_id = ?", org.roleIds.clerk);
    expect(clerk).toHaveLength(5);
    for (const row of clerk) expect(row).toEqual({ source: "statements", minutes: 21_120 });
    expect(rows("SELECT * FROM role_task_hours WHERE role_id = ?", org.roleIds.planner)).toEqual([]);

    expect(rows("SELECT employee_id, minutes FROM role_employees WHERE role_id = ? ORDER BY minutes DESC", org.roleIds.analyst).map((r) => r.minutes)).toEqual([180, 160, 60]);
  });

  it("stores annualized roll-ups and the role summary", () => {
    analyzeWorkspace(conn, org.workspaceId, tableClassifier(TINY_TABLE).classify, { classifierVersion: "v1", now: new Date("2026-11-25T12:00:00Z") });
    expect(rows("SELECT class, atom, hours, share, tasks FROM role_rollups WHERE role_id = ? ORDER BY hours DESC", org.roleIds.analyst)).toEqual([
      { class: "automatable", atom: "organize", hours: 3168, share: 0.45, tasks: 1 },
      { class: "democratized", atom: "analyze", hours: 2112, share: 0.3, tasks: 1 },
      { class: "specialized", atom: "relate", hours: 1760, share: 0.25, tasks: 1 },
    ]);
    // Clerk: invoices + compile are both automatable/organize: one cell, two tasks.
    expect(rows("SELECT class, atom, hours, tasks FROM role_rollups WHERE role_id = ? ORDER BY class, atom", org.roleIds.clerk)).toEqual([
      { class: "automatable", atom: "coordinate", hours: 3520, tasks: 1 },
      { class: "automatable", atom: "organize", hours: 7040, tasks: 2 },
      { class: "democratized", atom: "draft", hours: 3520, tasks: 1 },
      { class: "specialized", atom: "relate", hours: 3520, tasks: 1 },
    ]);
    const [analyst] = rows("SELECT * FROM role_analysis WHERE role_id = ?", org.roleIds.analyst);
    expect(analyst).toMatchObject({ weighting: "logs", minutes_logged: 400, log_rows: 5, employees: 3, analyzed_at: "2026-11-25T12:00:00.000Z" });
    expect(analyst.atomization).toBeCloseTo(0.75, 12);
    // cue weight × task share: atom 1 × 0.45, 1 × 0.3, 1 × 0.25, then text 0.5 × 0.45, 0.5 × 0.3
    expect(JSON.parse(analyst.main_cues as string).map((c: { cue: string; score: number }) => [c.cue, Number(c.score.toFixed(6))])).toEqual([
      ["atom 'organize'", 0.45],
      ["atom 'analyze'", 0.3],
      ["atom 'relate'", 0.25],
      ["text 'Compile weekly report'", 0.225],
      ["text 'Analyze variance'", 0.15],
    ]);
    const [clerk] = rows("SELECT weighting, atomization, employees FROM role_analysis WHERE role_id = ?", org.roleIds.clerk);
    // organize × 2 and draft are information atoms; coordinate is not; relate is specialized.
    expect(clerk).toEqual({ weighting: "statements", atomization: 0.6, employees: 0 });
    expect(rows("SELECT * FROM role_analysis WHERE role_id = ?", org.roleIds.planner)).toEqual([]);
  });

  it("is one transaction: a failing classifier leaves the previous analysis in place", () => {
    analyzeWorkspace(conn, org.workspaceId, tableClassifier(TINY_TABLE).classify, { classifierVersion: "v1" });
    const before = rows("SELECT * FROM role_rollups ORDER BY role_id, class, atom");
    const failing = tableClassifier({ ...TINY_TABLE, "Present to CFO": undefined as never });
    expect(() => analyzeWorkspace(conn, org.workspaceId, failing.classify, { classifierVersion: "v2" })).toThrow(/no entry for "Present to CFO"/);
    expect(rows("SELECT * FROM role_rollups ORDER BY role_id, class, atom")).toEqual(before);
    expect(rows("SELECT DISTINCT classifier_version FROM task_texts")).toEqual([{ classifier_version: "v1" }]);
  });

  it("leaves other workspaces alone", () => {
    const other = seedOrganization(conn, { slug: "other", roles: TINY_ROLES.slice(0, 1) });
    analyzeWorkspace(conn, other.workspaceId, tableClassifier(TINY_TABLE).classify, { classifierVersion: "v1" });
    analyzeWorkspace(conn, org.workspaceId, tableClassifier(TINY_TABLE).classify, { classifierVersion: "v1" });
    const counts = rows("SELECT workspace_id, COUNT(*) AS n FROM role_rollups GROUP BY workspace_id ORDER BY workspace_id");
    expect(counts).toEqual([
      { workspace_id: org.workspaceId, n: 3 + 2 + 4 + 4 },
      { workspace_id: other.workspaceId, n: 3 },
    ]);
  });

  it("an empty workspace analyzes to nothing", () => {
    const empty = seedOrganization(conn, { slug: "empty", roles: [] });
    expect(analyzeWorkspace(conn, empty.workspaceId, tableClassifier({}).classify, { classifierVersion: "v1" })).toMatchObject({
      classified: 0,
      logRows: 0,
      rolesAnalyzed: 0,
      rolesByWeighting: { logs: 0, statements: 0, none: 0 },
    });
  });
});

describe("reapplyOverrides", () => {
  it("rebuilds roll-ups with the newest override per text, without reading the task log", () => {
    analyzeWorkspace(conn, org.workspaceId, tableClassifier(TINY_TABLE).classify, { classifierVersion: "v1" });
    const insert = conn.sqlite.prepare("INSERT INTO overrides (workspace_id, norm, class, atom, reason, actor) VALUES (?, ?, ?, ?, ?, 'test')");
    insert.run(org.workspaceId, "present to cfo", "automatable", null, "first thought");
    insert.run(org.workspaceId, "present to cfo", "democratized", "summarize", "on reflection");
    // Deleting the log shows reapplyOverrides works from the stored hours alone.
    conn.sqlite.prepare("DELETE FROM task_logs").run();
    reapplyOverrides(conn, org.workspaceId);
    expect(rows("SELECT class, atom, hours FROM role_rollups WHERE role_id = ? ORDER BY hours DESC", org.roleIds.analyst)).toEqual([
      { class: "automatable", atom: "organize", hours: 3168 },
      { class: "democratized", atom: "analyze", hours: 2112 },
      { class: "democratized", atom: "summarize", hours: 1760 },
    ]);
    // The classifier's answer is kept, for "old → new".
    expect(rows("SELECT class FROM task_texts WHERE id = ?", org.textId("Present to CFO"))).toEqual([{ class: "specialized" }]);
    // Overridden task: its cue toward the old class no longer counts among the role's main cues.
    const [{ main_cues }] = rows("SELECT main_cues FROM role_analysis WHERE role_id = ?", org.roleIds.analyst);
    expect(main_cues).not.toContain("relate");
  });

  it("stores the same classifications whether the real classifier reads the texts one at a time or in batches", () => {
    const stored = () => rows("SELECT text, class, confidence, p_automatable, p_democratized, p_specialized, atom, cues, rationale FROM task_texts ORDER BY id");
    analyzeWorkspace(conn, org.workspaceId, classifyTask, { classifierVersion: "one" });
    const one = stored();
    let calls = 0;
    const many = (texts: readonly string[]) => {
      calls++;
      return classifyTasks(texts);
    };
    expect(analyzeWorkspace(conn, org.workspaceId, classifyTask, { classifierVersion: "many", classifyMany: many }).classified).toBe(11);
    expect(calls).toBe(1);
    expect(stored()).toEqual(one);
    expect(one.map((r) => r.class)).toContain("specialized");
  });
});
