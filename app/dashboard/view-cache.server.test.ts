import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { openDatabase } from "../../db/connection";
import { createWorkspace } from "../../db/queries/workspaces";
import { tempDatabase } from "../../test/support/temp-db";
import { ViewCache, viewKey } from "./view-cache.server";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

/** A "view" that really reads the database, counting how often it ran. */
function workspaceNames() {
  let runs = 0;
  return {
    load: () => {
      runs++;
      return { names: conn.sqlite.prepare("SELECT name FROM workspaces ORDER BY id").pluck().all() as string[] };
    },
    runs: () => runs,
  };
}

describe("ViewCache", () => {
  test("a second request at the same revision gets the stored view without running the queries", () => {
    createWorkspace(conn.db, { slug: "a", name: "A" });
    const cache = new ViewCache();
    const view = workspaceNames();
    const first = cache.get(conn.db, "k", view.load);
    const second = cache.get(conn.db, "k", view.load);
    expect(second).toBe(first);
    expect(second.names).toEqual(["A"]);
    expect(view.runs()).toBe(1);
  });

  test("a change committed on the same connection is seen at once", () => {
    createWorkspace(conn.db, { slug: "a", name: "A" });
    const cache = new ViewCache();
    const view = workspaceNames();
    cache.get(conn.db, "k", view.load);
    createWorkspace(conn.db, { slug: "b", name: "B" });
    expect(cache.get(conn.db, "k", view.load).names).toEqual(["A", "B"]);
    expect(view.runs()).toBe(2);
  });

  test("a change committed by another connection (an import, the CLI) is seen at once", () => {
    createWorkspace(conn.db, { slug: "a", name: "A" });
    const cache = new ViewCache();
    const view = workspaceNames();
    cache.get(conn.db, "k", view.load);
    const other = openDatabase(join(conn.dir, "orbital.db"), { migrate: false });
    try {
      other.sqlite.prepare("UPDATE workspaces SET name = 'Renamed'").run();
    } finally {
      other.close();
    }
    expect(cache.get(conn.db, "k", view.load).names).toEqual(["Renamed"]);
  });

  test("a view computed while another process committed is returned but not kept", () => {
    createWorkspace(conn.db, { slug: "a", name: "A" });
    const cache = new ViewCache();
    const other = openDatabase(join(conn.dir, "orbital.db"), { migrate: false });
    try {
      cache.get(conn.db, "k", () => {
        other.sqlite.prepare("UPDATE workspaces SET name = 'Mid-way'").run();
        return { names: ["A"] };
      });
    } finally {
      other.close();
    }
    expect(cache.size).toBe(0);
  });

  test("another database (a test's, a reopened file) never gets this one's views", () => {
    const cache = new ViewCache();
    cache.get(conn.db, "k", () => ({ from: "first" }));
    const second = tempDatabase();
    try {
      expect(cache.get(second.db, "k", () => ({ from: "second" })).from).toBe("second");
    } finally {
      second.cleanup();
    }
  });

  test("the least recently used view goes first when the cache is full", () => {
    const cache = new ViewCache(2);
    const load = (name: string) => () => ({ name });
    cache.get(conn.db, "a", load("a"));
    cache.get(conn.db, "b", load("b"));
    cache.get(conn.db, "a", load("a again")); // a is now the most recent
    cache.get(conn.db, "c", load("c"));
    expect(cache.size).toBe(2);
    expect(cache.get(conn.db, "a", load("a recomputed")).name).toBe("a");
    expect(cache.get(conn.db, "b", load("b recomputed")).name).toBe("b recomputed");
  });

  test("stored views are frozen all the way down: nobody can change what the next visitor sees", () => {
    const cache = new ViewCache();
    const view = cache.get(conn.db, "k", () => ({ rows: [{ hours: 1 }] }));
    expect(() => view.rows.push({ hours: 2 })).toThrow(TypeError);
    expect(() => {
      (view.rows[0] as { hours: number }).hours = 5;
    }).toThrow(TypeError);
  });
});

describe("viewKey", () => {
  const url = (s: string) => new URL(s, "http://localhost");
  test("the order of the query string does not matter; the role, workspace and path do", () => {
    expect(viewKey(1, "viewer", url("/w/demo?level=3&department=Sales"))).toBe(viewKey(1, "viewer", url("/w/demo?department=Sales&level=3")));
    expect(viewKey(1, "viewer", url("/w/demo?x=1"))).not.toBe(viewKey(1, "editor", url("/w/demo?x=1")));
    expect(viewKey(1, "viewer", url("/w/demo"))).not.toBe(viewKey(2, "viewer", url("/w/demo")));
    expect(viewKey(1, "viewer", url("/w/demo/roles/3"))).not.toBe(viewKey(1, "viewer", url("/w/demo/roles/4")));
    expect(viewKey(1, "viewer", url("/w/demo?department=A&department=B"))).not.toBe(viewKey(1, "viewer", url("/w/demo?department=A")));
  });

  test("a client-side navigation's .data request shares the document's entry", () => {
    expect(viewKey(1, "viewer", url("/w/demo/redesign.data?adoption=50&_routes=routes%2Fx"))).toBe(viewKey(1, "viewer", url("/w/demo/redesign?adoption=50")));
  });
});
