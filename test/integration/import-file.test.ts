/**
 * The import path's guarantees on real SQLite files: whole or nothing, duplicates detected,
 * `replace` re-imports, jobs re-imports keep role ids and relink logs, employees pseudonymized.
 */
import { createHmac } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { getWorkspaceBySlug } from "../../db/queries/workspaces";
import { dumpDatabase } from "../support/db-dump";
import { expectImported, importInto, quirk } from "../support/import-helpers";
import { tempDatabase } from "../support/temp-db";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

const write = (name: string, text: string) => {
  const path = join(conn.dir, name);
  writeFileSync(path, text);
  return path;
};
const count = (table: string) => conn.sqlite.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const LOGS_HEADER = "employee_id,role,date,task,hours,tool,outcome\n";

describe("a good pair of files", () => {
  test("jobs then logs land with statements, pseudonymized employees, shared task texts and statement links", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
    const logs = write(
      "logs.csv",
      LOGS_HEADER +
        "E1001,ENG-2,2026-07-01,Fix production bugs.,2,,\n" + // same norm as a statement: linked
        "E1001,ENG-2,2026-07-02,Pair with QA on flaky test,1,Copilot,\n" +
        "E1002,Warehouse Associate,2026-07-02,Load trucks at dock 3,8,,loaded\n",
    );
    const outcome = expectImported(await importInto(conn, "logs", logs));
    expect(outcome.import).toMatchObject({ kind: "logs", status: "imported", rowsRead: 3, rowsImported: 3, fileName: "logs.csv", actor: "test" });
    expect(outcome.import.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(count("roles")).toBe(3);
    expect(count("task_statements")).toBe(8);
    expect(count("employees")).toBe(2);
    // 8 statements + 1 new log text ("Fix production bugs." and "Load trucks…" normalize to statements).
    expect(count("task_texts")).toBe(9);

    const links = conn.sqlite
      .prepare(`SELECT t.text, s.text FROM task_logs l JOIN task_texts t ON t.id = l.text_id LEFT JOIN task_statements s ON s.id = l.statement_id ORDER BY l.id`)
      .raw()
      .all();
    expect(links).toEqual([
      ["Fix production bugs", "Fix production bugs"], // the text as first seen (the statement) is kept
      ["Pair with QA on flaky test", null],
      ["Load trucks at dock 3", "Load trucks at dock 3"],
    ]);

    const workspace = getWorkspaceBySlug(conn.db, "acme")!;
    const hashes = conn.sqlite.prepare(`SELECT hash FROM employees ORDER BY id`).pluck().all();
    expect(hashes).toEqual(["E1001", "E1002"].map((id) => createHmac("sha256", workspace.pseudonymKey).update(id).digest("hex")));
    const everything = JSON.stringify(dumpDatabase(conn.sqlite));
    expect(everything).not.toContain("E1001");
    expect(everything).not.toContain("E1002");
  });

  test("a committed import is analyzed and audited; a duplicate or a rejected file is neither", async () => {
    const analyzed = () => count("role_analysis");
    const audited = () => conn.sqlite.prepare(`SELECT action, actor FROM audit_events ORDER BY id`).raw().all();

    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
    expect(analyzed()).toBe(3);
    const unclassified = conn.sqlite.prepare(`SELECT count(*) FROM task_texts WHERE class IS NULL`).pluck().get();
    expect(unclassified).toBe(0);
    expect(audited()).toEqual([["import.jobs", "test"]]);

    const before = dumpDatabase(conn.sqlite);
    expect((await importInto(conn, "jobs", quirk("base-jobs.csv"))).status).toBe("duplicate");
    expect((await importInto(conn, "jobs", quirk("bad-level.csv"))).status).toBe("rejected");
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });
});

describe("whole or nothing", () => {
  test("a log file with one bad row among good ones changes no table, sqlite_sequence included", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
    expectImported(await importInto(conn, "logs", quirk("utf8-bom.csv")));
    const before = dumpDatabase(conn.sqlite);
    const rows = Array.from({ length: 12_000 }, (_, i) => `E${2000 + (i % 50)},ENG-2,2026-07-01,new task ${i},1,,`);
    rows.splice(11_000, 0, "E9,ENG-2,2026-07-01,the bad one,N/A,,");
    const outcome = await importInto(conn, "logs", write("big.csv", LOGS_HEADER + rows.join("\n") + "\n"), { batchSize: 1000 });
    expect(outcome.status).toBe("rejected");
    expect(outcome.status === "rejected" && outcome.issues.map((i) => i.line)).toEqual([11_002]);
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });

  test("every problem is listed, in file order, not just the first", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
    const outcome = await importInto(
      conn,
      "logs",
      write("bad.csv", LOGS_HEADER + "E1,ENG-2,2026-07-01,ok,1,,\n,ENG-2,2026-13-01,,25,,\nE2,Nobody,2026-07-01,x,1,,\n"),
    );
    if (outcome.status !== "rejected") throw new Error("expected a rejection");
    expect(outcome.issues.map((i) => [i.line, i.column])).toEqual([
      [3, "employee_id"],
      [3, "date"],
      [3, "task"],
      [3, "hours"],
      [4, "role"],
    ]);
    expect(outcome.issueCount).toBe(5);
  });

  test("an empty file and a header-only file are rejected", async () => {
    for (const [name, text, expected] of [
      ["empty.csv", "", "a header row naming the columns"],
      ["header.csv", LOGS_HEADER, "at least one data row after the header"],
    ]) {
      const outcome = await importInto(conn, "logs", write(name, text));
      expect(outcome.status === "rejected" && outcome.issues[0].expected).toBe(expected);
    }
    expect(count("imports")).toBe(0);
  });
});

describe("importing again", () => {
  test("the same file twice is detected and changes nothing", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
    const first = expectImported(await importInto(conn, "logs", quirk("crlf-line-endings.csv")));
    const before = dumpDatabase(conn.sqlite);
    const again = await importInto(conn, "logs", quirk("crlf-line-endings.csv"));
    expect(again).toMatchObject({ status: "duplicate", existing: { id: first.import.id } });
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });

  test("replace removes the earlier rows and marks the earlier import replaced", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
    const first = expectImported(await importInto(conn, "logs", quirk("crlf-line-endings.csv")));
    const second = expectImported(await importInto(conn, "logs", quirk("crlf-line-endings.csv"), { replace: true }));
    expect(second.replaced).toEqual([first.import.id]);
    expect(count("task_logs")).toBe(2);
    const statuses = conn.sqlite.prepare(`SELECT id, status FROM imports WHERE kind = 'logs' ORDER BY id`).raw().all();
    expect(statuses).toEqual([[first.import.id, "replaced"], [second.import.id, "imported"]]);
    expect(conn.sqlite.prepare(`SELECT DISTINCT import_id FROM task_logs`).pluck().all()).toEqual([second.import.id]);
  });

  test("replace also supersedes an earlier, different file with the same name", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
    const path = write("q3.csv", LOGS_HEADER + "E1,ENG-2,2026-07-01,a,1,,\nE1,ENG-2,2026-07-02,b,1,,\n");
    const first = expectImported(await importInto(conn, "logs", path));
    writeFileSync(path, LOGS_HEADER + "E1,ENG-2,2026-07-01,a,2,,\n");
    const second = expectImported(await importInto(conn, "logs", path, { replace: true }));
    expect(second.replaced).toEqual([first.import.id]);
    expect(conn.sqlite.prepare(`SELECT minutes FROM task_logs`).pluck().all()).toEqual([120]);
  });

  test("a changed jobs file keeps role ids, replaces statements and relinks that role's logs", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
    expectImported(
      await importInto(conn, "logs", write("logs.csv", LOGS_HEADER + "E1,ENG-2,2026-07-01,Fix production bugs,1,,\nE1,ENG-2,2026-07-01,Triage incidents,1,,\n")),
    );
    const roleIds = () => conn.sqlite.prepare(`SELECT role_key, id FROM roles ORDER BY id`).raw().all();
    const before = roleIds();
    const linked = () =>
      conn.sqlite.prepare(`SELECT s.text FROM task_logs l LEFT JOIN task_statements s ON s.id = l.statement_id ORDER BY l.id`).pluck().all();
    expect(linked()).toEqual(["Fix production bugs", null]);

    const changed = write(
      "jobs-v2.csv",
      "role_id,title,department,level,headcount,responsibilities\nENG-2,Software Engineer II,Engineering,Senior,14,\"Triage incidents; Write unit tests\"\n",
    );
    const outcome = expectImported(await importInto(conn, "jobs", changed));
    expect(outcome.import.notes.at(-1)).toBe("2 role(s) already in the workspace are not in this file and were kept: FIN-1, OPS-4");
    expect(roleIds()).toEqual(before);
    expect(conn.sqlite.prepare(`SELECT title, level, level_label, headcount FROM roles WHERE role_key = 'ENG-2'`).raw().get()).toEqual([
      "Software Engineer II",
      3,
      "Senior",
      14,
    ]);
    expect(linked()).toEqual([null, "Triage incidents"]);
  });
});

describe("the shared connection during an import", () => {
  test("sees only committed data while the import is under way, and everything after", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
    const rows = Array.from({ length: 6000 }, (_, i) => `E${i % 40},ENG-2,2026-07-01,task ${i % 300},1,,`);
    const seen: number[] = [];
    const outcome = await importInto(conn, "logs", write("logs.csv", LOGS_HEADER + rows.join("\n") + "\n"), {
      batchSize: 500,
      onProgress: () => seen.push(count("task_logs")),
    });
    expectImported(outcome);
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen)).toEqual(new Set([0]));
    expect(count("task_logs")).toBe(6000);
  });
});

describe("large log files", () => {
  const schema = () => conn.sqlite.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY name`).raw().all();
  const bigFile = (badLine?: number) => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `E${i % 700},ENG-2,2026-07-${String(1 + (i % 28)).padStart(2, "0")},task number ${i % 900},0.5,,`);
    if (badLine) rows[badLine - 2] = "E1,ENG-2,2026-07-01,bad,-1,,";
    return write("big.csv", LOGS_HEADER + rows.join("\n") + "\n");
  };

  test("a big import lands every row in groups and leaves the schema as it was (task_logs has no index to rebuild)", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
    const before = schema();
    const indexes = (before as string[][]).filter(([type, , sql]) => type === "index" && sql?.includes("task_logs"));
    expect(indexes).toEqual([]);
    const outcome = expectImported(await importInto(conn, "logs", bigFile()));
    expect(outcome.import.rowsImported).toBe(60_000);
    expect(count("task_logs")).toBe(60_000);
    // 60,000 rows = 600 full multi-row inserts; the ids run on without a gap.
    expect(conn.sqlite.prepare(`SELECT max(id) - min(id) + 1 FROM task_logs`).pluck().get()).toBe(60_000);
    expect(schema()).toEqual(before);
  });

  test("a big rejected import leaves schema and rows exactly as they were", async () => {
    expectImported(await importInto(conn, "jobs", quirk("base-jobs.csv")));
    const before = dumpDatabase(conn.sqlite);
    const outcome = await importInto(conn, "logs", bigFile(59_000));
    expect(outcome.status === "rejected" && outcome.issues.map((i) => [i.line, i.column])).toEqual([[59_000, "hours"]]);
    expect(dumpDatabase(conn.sqlite)).toEqual(before);
  });
});
