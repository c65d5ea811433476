import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { tempDatabase } from "../../test/support/temp-db";
import { recordAudit } from "./audit";
import { upsertMembership } from "./memberships";
import { databaseRevision, withoutRevisionChange } from "./revision";
import { deleteExpiredSessions, deleteSession, deleteUserSessions, insertSession } from "./sessions";
import { insertUser, updatePasswordHash } from "./users";
import { setKThreshold } from "./workspace-admin";
import { createWorkspace } from "./workspaces";

let conn: ReturnType<typeof tempDatabase>;
let userId: number;
let workspaceId: number;
beforeEach(() => {
  conn = tempDatabase();
  userId = insertUser(conn.db, { email: "a@example.com", passwordHash: "x", isAdmin: false }).id;
  workspaceId = createWorkspace(conn.db, { slug: "w", name: "W" }).id;
});
afterEach(() => conn.cleanup());

describe("databaseRevision", () => {
  test("writes that change no page leave it alone", () => {
    const before = databaseRevision(conn.db);
    insertSession(conn.db, { id: "s1", userId, expiresAt: "2999-01-01T00:00:00.000Z" });
    insertSession(conn.db, { id: "s2", userId, expiresAt: "2000-01-01T00:00:00.000Z" });
    expect(deleteExpiredSessions(conn.db, new Date().toISOString())).toBe(1);
    deleteSession(conn.db, "s1");
    deleteUserSessions(conn.db, userId);
    updatePasswordHash(conn.db, userId, "y");
    recordAudit(conn.db, { workspaceId, actor: "a@example.com", action: "export.csv" });
    // Inside a transaction too (the way the account and settings actions record theirs).
    conn.db.transaction((tx) => recordAudit(tx, { actor: "a@example.com", action: "user.password" }));
    expect(databaseRevision(conn.db)).toBe(before);
    // The rows are really there: the writes happened, only the token ignored them.
    expect(conn.sqlite.prepare("SELECT COUNT(*) FROM audit_events").pluck().get()).toBeGreaterThanOrEqual(2);
  });

  test("a write that changes what a page shows moves it, even beside an audit row in the same transaction", () => {
    const revisions = new Set([databaseRevision(conn.db)]);
    const step = (write: () => void) => {
      write();
      const revision = databaseRevision(conn.db);
      expect(revisions.has(revision)).toBe(false);
      revisions.add(revision);
    };
    step(() => setKThreshold(conn.db, workspaceId, 7));
    step(() => upsertMembership(conn.db, { userId, workspaceId, role: "viewer" }));
    step(() =>
      conn.db.transaction((tx) => {
        recordAudit(tx, { workspaceId, actor: "a@example.com", action: "workspace.rename" });
        conn.sqlite.prepare("UPDATE workspaces SET name = 'Renamed' WHERE id = ?").run(workspaceId);
      }),
    );
    // A nested mark is counted once: the token never falls back to an earlier value.
    step(() => {
      withoutRevisionChange(conn.db, () => withoutRevisionChange(conn.db, () => recordAudit(conn.db, { actor: "x", action: "y" })));
      conn.sqlite.prepare("UPDATE workspaces SET k_threshold = 9 WHERE id = ?").run(workspaceId);
    });
  });

  test("a commit by another connection moves it, audit rows included (another process cannot be told apart)", () => {
    const before = databaseRevision(conn.db);
    const other = new Database(conn.path);
    try {
      other.prepare("INSERT INTO audit_events (actor, action) VALUES ('cli', 'x')").run();
    } finally {
      other.close();
    }
    expect(databaseRevision(conn.db)).not.toBe(before);
  });

  test("a marked write whose transaction rolls back still moves it (a cache may empty, never go stale)", () => {
    const before = databaseRevision(conn.db);
    expect(() =>
      conn.db.transaction((tx) => {
        recordAudit(tx, { actor: "a", action: "b" });
        conn.sqlite.prepare("UPDATE workspaces SET name = 'Gone' WHERE id = ?").run(workspaceId);
        throw new Error("rolled back");
      }),
    ).toThrow("rolled back");
    expect(databaseRevision(conn.db)).not.toBe(before);
    expect(conn.sqlite.prepare("SELECT name FROM workspaces WHERE id = ?").pluck().get(workspaceId)).toBe("W");
  });
});
