import { afterEach, beforeEach, expect, test } from "vitest";
import { tempDatabase } from "../../test/support/temp-db";
import { listAudit, recordAudit } from "./audit";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => (conn = tempDatabase()));
afterEach(() => conn.cleanup());

test("an empty log lists nothing", () => {
  expect(listAudit(conn.db)).toEqual([]);
});

test("records who, when, what and the details; lists newest first", () => {
  recordAudit(conn.db, { workspaceId: 1, workspaceSlug: "a", actor: "ann@example.com", actorUserId: 7, action: "import.logs", detail: { rows: 12 } });
  recordAudit(conn.db, { actor: "cli", action: "user.add", detail: { email: "bob@example.com" } });
  const [newest, oldest] = listAudit(conn.db);
  expect(newest).toMatchObject({ workspaceId: null, workspaceSlug: null, actor: "cli", actorUserId: null, action: "user.add", detail: { email: "bob@example.com" } });
  expect(oldest).toMatchObject({ workspaceId: 1, workspaceSlug: "a", actor: "ann@example.com", actorUserId: 7, action: "import.logs", detail: { rows: 12 } });
  expect(oldest.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
});

test("filters by workspace, limits and pages backwards", () => {
  for (let i = 0; i < 5; i++) recordAudit(conn.db, { workspaceId: 1, actor: "cli", action: `a${i}` });
  recordAudit(conn.db, { workspaceId: 2, actor: "cli", action: "other" });
  const firstPage = listAudit(conn.db, { workspaceId: 1, limit: 2 });
  expect(firstPage.map((e) => e.action)).toEqual(["a4", "a3"]);
  const secondPage = listAudit(conn.db, { workspaceId: 1, limit: 2, beforeId: firstPage[1].id });
  expect(secondPage.map((e) => e.action)).toEqual(["a2", "a1"]);
  expect(listAudit(conn.db, { workspaceId: 2 }).map((e) => e.action)).toEqual(["other"]);
});

test("a detail that is not a JSON object still lists", () => {
  conn.sqlite.prepare("INSERT INTO audit_events (actor, action, detail) VALUES ('cli', 'x', 'not json')").run();
  conn.sqlite.prepare("INSERT INTO audit_events (actor, action, detail) VALUES ('cli', 'y', '[1,2]')").run();
  expect(listAudit(conn.db).map((e) => e.detail)).toEqual([{ value: [1, 2] }, { text: "not json" }]);
});

test("a workspace's newest events are read through the index, without sorting its whole history", () => {
  const plan = conn.sqlite
    .prepare("EXPLAIN QUERY PLAN SELECT * FROM audit_events WHERE workspace_id = ? ORDER BY id DESC LIMIT 100")
    .all(1) as { detail: string }[];
  const steps = plan.map((p) => p.detail).join("; ");
  expect(steps).toContain("audit_workspace_idx");
  expect(steps).not.toContain("TEMP B-TREE");
});
