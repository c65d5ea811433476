/**
 * Fault injection: real `orbital` processes stopped with SIGKILL at named points of an import
 * (ORBITAL_FAULT_AT, app/faults/fault-points.server.ts), and two writers at once. After any
 * crash, the next process must leave either the old data with the old figures or the new data
 * with new figures (decision 110); two writers each land or are refused cleanly (decision 111).
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { analyzeWorkspaceNow } from "../../db/pipeline/refresh";
import { openDatabase } from "../../db/connection";
import { spawnOrbital, type WatchedProcess } from "../support/child-process";
import { quirk } from "../support/import-helpers";
import { runCli } from "../support/run-cli";
import { tempDatabase } from "../support/temp-db";

let conn: ReturnType<typeof tempDatabase>;
let children: WatchedProcess[] = [];
beforeEach(async () => {
  conn = tempDatabase();
  conn.close();
  expect((await runCli("import", "jobs", quirk("base-jobs.csv"), "--db", conn.path)).code).toBe(0);
});
afterEach(async () => {
  await Promise.all(children.map((child) => child.kill()));
  children = [];
  conn.cleanup();
});

function orbital(args: string[], env: Record<string, string> = {}): WatchedProcess {
  const child = spawnOrbital([...args, "--db", conn.path], env);
  children.push(child);
  return child;
}

/** The stored figures (everything the analysis writes), the log rows and the pending mark. */
function state(path = conn.path) {
  const db = openDatabase(path, { migrate: false });
  try {
    const all = (sql: string) => db.sqlite.prepare(sql).raw().all();
    return {
      logRows: db.sqlite.prepare(`SELECT count(*) FROM task_logs`).pluck().get() as number,
      imports: all(`SELECT id, file_name, status FROM imports ORDER BY id`),
      pending: db.sqlite.prepare(`SELECT analysis_pending_since FROM workspaces`).pluck().get() as string | null,
      figures: {
        hours: all(`SELECT * FROM role_task_hours ORDER BY role_id, text_id, source`),
        employees: all(`SELECT * FROM role_employees ORDER BY 1, 2`),
        rollups: all(`SELECT * FROM role_rollups ORDER BY 1, 2`),
        analysis: all(`SELECT role_id, weighting, minutes_logged, log_rows, employees, atomization, main_cues FROM role_analysis ORDER BY 1`),
        classes: all(`SELECT id, class, confidence FROM task_texts WHERE class IS NOT NULL ORDER BY id`),
      },
    };
  } finally {
    db.close();
  }
}

/** What a fresh analysis of the stored data computes: the figures the data deserves. */
function figuresTheDataDeserves() {
  const db = openDatabase(conn.path, { migrate: false });
  try {
    db.sqlite.transaction(() => analyzeWorkspaceNow(db, 1))();
  } finally {
    db.close();
  }
  return state().figures;
}

describe("an import killed with SIGKILL", () => {
  test("before its commit: old data and old figures, nothing pending, the file imports afterwards", async () => {
    const before = state();
    const child = orbital(["import", "logs", quirk("utf8-bom.csv")], { ORBITAL_FAULT_AT: "import.before-commit" });
    await child.waitFor(/paused at import\.before-commit/);
    await child.kill();
    expect(state()).toEqual(before);
    const again = orbital(["import", "logs", quirk("utf8-bom.csv")]);
    expect((await again.exited).code).toBe(0);
    expect(state().logRows).toBe(2);
  });

  test("right after its commit: the next command finishes the analysis before it answers", async () => {
    const before = state();
    const child = orbital(["import", "logs", quirk("utf8-bom.csv")], { ORBITAL_FAULT_AT: "import.after-commit" });
    await child.waitFor(/paused at import\.after-commit/);
    await child.kill();
    const stranded = state();
    expect(stranded.logRows).toBe(2);
    expect(stranded.pending).not.toBeNull();
    expect(stranded.figures).toEqual(before.figures);

    // Any command: here the same import again, which today's operator would try first.
    const again = orbital(["import", "logs", quirk("utf8-bom.csv")]);
    expect((await again.exited).code).toBe(0);
    expect(again.stderr()).toContain('finishing the analysis of workspace "default"');
    expect(again.stdout()).toContain("was already imported");
    const repaired = state();
    expect(repaired.pending).toBeNull();
    expect(repaired.figures).not.toEqual(before.figures);
    expect(repaired.figures).toEqual(figuresTheDataDeserves());
  });

  test("during the analysis: its work rolls back, the mark stays, `orbital imports` finishes it", async () => {
    const before = state();
    const child = orbital(["import", "logs", quirk("utf8-bom.csv")], { ORBITAL_FAULT_AT: "analysis.before-commit" });
    await child.waitFor(/paused at analysis\.before-commit/);
    await child.kill();
    const stranded = state();
    expect(stranded.logRows).toBe(2);
    expect(stranded.pending).not.toBeNull();
    expect(stranded.figures).toEqual(before.figures);

    const list = orbital(["imports"]);
    expect((await list.exited).code).toBe(0);
    expect(list.stdout()).toContain("utf8-bom.csv");
    expect(state().pending).toBeNull();
    expect(state().figures).toEqual(figuresTheDataDeserves());
  });
});

describe("two imports at once", () => {
  test("the second is refused with exit 1 and a message when it may not wait; nothing of it is stored", async () => {
    const resume = join(conn.dir, "resume-first");
    const first = orbital(["import", "logs", quirk("utf8-bom.csv")], { ORBITAL_FAULT_AT: "import.before-commit", ORBITAL_FAULT_RESUME: resume });
    await first.waitFor(/paused at import\.before-commit/);
    const second = orbital(["import", "logs", quirk("windows-1252.csv")], { ORBITAL_LOCK_WAIT_S: "0" });
    const { code } = await second.exited;
    expect(code).toBe(1);
    expect(second.stderr()).toMatch(/another Orbital process kept the database busy .*nothing was changed/);
    expect(second.stderr()).not.toContain("unexpected error");

    writeFileSync(resume, "");
    expect((await first.exited).code).toBe(0);
    const after = state();
    expect(after.imports.map((row) => (row as unknown[])[1])).toEqual(["base-jobs.csv", "utf8-bom.csv"]);
    expect(after.logRows).toBe(2);
    expect(after.pending).toBeNull();
  });

  test("the second waits for the first, says so, and both land with figures for both", async () => {
    const resume = join(conn.dir, "resume-first");
    const first = orbital(["import", "logs", quirk("utf8-bom.csv")], { ORBITAL_FAULT_AT: "import.before-commit", ORBITAL_FAULT_RESUME: resume });
    await first.waitFor(/paused at import\.before-commit/);
    const second = orbital(["import", "logs", quirk("windows-1252.csv")]);
    await second.waitFor(/waiting up to \d+ s for it before importing/);
    writeFileSync(resume, "");
    const [a, b] = await Promise.all([first.exited, second.exited]);
    expect([a.code, b.code]).toEqual([0, 0]);
    expect(second.stdout()).toMatch(/Imported 3 task log rows[\s\S]*Waited for another Orbital process/);
    const after = state();
    expect(after.logRows).toBe(5);
    expect(after.pending).toBeNull();
    expect(after.figures).toEqual(figuresTheDataDeserves());
  });

  test("an import whose analysis finds another import writing waits for it instead of failing (was exit 70)", async () => {
    const resumeFirst = join(conn.dir, "resume-first");
    const resumeSecond = join(conn.dir, "resume-second");
    // The first has committed its rows and stands before its analysis…
    const first = orbital(["import", "logs", quirk("utf8-bom.csv")], { ORBITAL_FAULT_AT: "import.after-commit", ORBITAL_FAULT_RESUME: resumeFirst });
    await first.waitFor(/paused at import\.after-commit/);
    // …while the second holds the write lock in the middle of its own import.
    const second = orbital(["import", "logs", quirk("windows-1252.csv")], { ORBITAL_FAULT_AT: "import.before-commit", ORBITAL_FAULT_RESUME: resumeSecond });
    await second.waitFor(/paused at import\.before-commit/);
    writeFileSync(resumeFirst, "");
    await first.waitFor(/waiting up to \d+ s for it before analysing the imported rows/);
    expect(existsSync(resumeSecond)).toBe(false);
    writeFileSync(resumeSecond, "");
    const [a, b] = await Promise.all([first.exited, second.exited]);
    expect({ code: a.code, stderr: first.stderr() }).toMatchObject({ code: 0 });
    expect(b.code).toBe(0);
    expect(first.stdout()).toContain("Waited for another Orbital process");
    const after = state();
    expect(after.logRows).toBe(5);
    expect(after.pending).toBeNull();
    expect(after.figures).toEqual(figuresTheDataDeserves());
  });
});
