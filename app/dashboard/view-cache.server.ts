/**
 * Dashboard view models, kept in memory until the database changes.
 *
 * Aggregates are stored at analysis time, but shaping a page still runs a handful of queries
 * (the review queue ranks thousands of tasks). Between imports and overrides the answer for a
 * given workspace, member role, path and query string is the same, so it is computed once.
 * Every entry belongs to one database revision (db/queries/revision.ts): any committed change,
 * from this server or from another process, empties the cache on the next request.
 *
 * Values are deep-frozen: they are shared between requests, and a component that sorted a
 * prop in place would otherwise change what the next visitor sees.
 */
import type { Db } from "../../db/connection";
import { databaseRevision } from "../../db/queries/revision";

const MAX_ENTRIES = 256;

/**
 * Every value this module has deep-frozen. The document cache (document-cache.server.ts) may
 * treat such a value's identity as its content: nothing can change it after it is stored.
 */
const immutableViews = new WeakSet<object>();

/** True for a value a ViewCache computed and deep-froze (and only for such values). */
export function isImmutableView(value: unknown): boolean {
  return typeof value === "object" && value !== null && immutableViews.has(value);
}

export class ViewCache {
  private db: Db | undefined;
  private revision: string | undefined;
  private readonly entries = new Map<string, unknown>();

  constructor(private readonly maxEntries = MAX_ENTRIES) {}

  get size(): number {
    return this.entries.size;
  }

  /** The cached value for `key` at the database's current revision, else `compute()`'s. */
  get<T>(db: Db, key: string, compute: () => T): T {
    const revision = databaseRevision(db);
    // Revisions of two database files can be equal: a new connection starts afresh.
    if (revision !== this.revision || db !== this.db) {
      this.entries.clear();
      this.revision = revision;
      this.db = db;
    }
    const hit = this.entries.get(key);
    if (hit !== undefined) {
      // Re-inserting moves the key to the end: Map order is the eviction order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit as T;
    }
    const computed = compute();
    // Only a value frozen here is known to be frozen all the way down.
    if (typeof computed === "object" && computed !== null && !Object.isFrozen(computed)) immutableViews.add(computed);
    const value = deepFreeze(computed);
    // Another process may have committed while the queries ran: the value could mix two states.
    if (value === undefined || databaseRevision(db) !== revision) return value;
    this.entries.set(key, value);
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }
}

function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return value;
  for (const child of Object.values(value)) deepFreeze(child);
  return Object.freeze(value);
}

/**
 * The key of a page's view: everything its loader may read besides the database. The member's
 * role is part of it (editors get forms viewers do not); the query string is sorted so that
 * `?a=1&b=2` and `?b=2&a=1` share an entry.
 */
export function viewKey(workspaceId: number, memberRole: string, url: URL): string {
  const params = [...url.searchParams].filter(([name]) => name !== "_data" && name !== "_routes" && name !== "index");
  params.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  const path = url.pathname.replace(/\.data$/, "").replace(/\/_root$/, "");
  return `${workspaceId}|${memberRole}|${path}|${new URLSearchParams(params).toString()}`;
}
