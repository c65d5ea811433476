/**
 * Dashboard documents answered before Remix runs (decision 120).
 *
 * Even when the rendered HTML comes from the document cache, Remix still runs every loader and
 * encodes the loader data for hydration on each document request: on the million-row
 * Atomization page that encoding alone is ~15 ms of CPU. This Express middleware stores the
 * finished document under the request's exact URL and session cookie and the database revision
 * (db/queries/revision.ts: any committed write, sessions and memberships included) and answers
 * the same request again at the same revision itself, with a fresh nonce and request id.
 *
 * Why it may skip the loaders' access checks: the stored answer came from a request that
 * passed them with the same signed cookie at the same database state, and the only input
 * those checks read besides the database is the clock, so a hit still asks whether the session
 * is unexpired. Only documents the Remix side offers (`offerDocument`: a GET whose loader data
 * held a cached view model and rendered without error) are stored.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { databaseRevision } from "../../db/queries/revision";
import { hasLiveSession } from "../auth/session.server";
import { getDb } from "../db.server";
import { fill, type Template } from "./document-cache.server";

const MAX_BYTES = 48 * 1024 * 1024;

interface Entry {
  revision: string;
  template: Template;
}

const entries = new Map<string, Entry>();
let entriesRevision: string | undefined;
let bytes = 0;
/** Requests in flight that this middleware may store, by request id, with the document offered for each. */
const offered = new Map<string, Template | null>();

/** Called by the document renderer: this request's document may be stored once it is sent. */
export function offerDocument(requestId: string, template: Template): void {
  if (offered.has(requestId)) offered.set(requestId, template);
}

function remove(key: string): void {
  const entry = entries.get(key);
  if (!entry) return;
  entries.delete(key);
  bytes -= entry.template.bytes;
}

function store(key: string, entry: Entry): void {
  remove(key);
  entries.set(key, entry);
  bytes += entry.template.bytes;
  for (const oldest of entries.keys()) {
    if (bytes <= MAX_BYTES) break;
    remove(oldest);
  }
}

interface CacheRequest extends Pick<IncomingMessage, "method" | "headers"> {
  originalUrl?: string;
  url?: string;
}
interface CacheResponse extends Pick<ServerResponse, "setHeader" | "end" | "once" | "getHeader"> {
  statusCode: number;
  locals: Record<string, unknown>;
}

/** `/w/<slug>` and below, except downloads and Remix's data requests. */
export function isCacheablePath(path: string): boolean {
  return /^\/w\/[^/?]+(\/[^?]*)?(\?|$)/.test(path) && !/^\/w\/[^/]+\/export\//.test(path) && !/^[^?]*\.data(\?|$)/.test(path);
}

export function createPageCacheMiddleware() {
  return async function pageCache(req: CacheRequest, res: CacheResponse, next: () => void): Promise<void> {
    const url = req.originalUrl ?? req.url ?? "";
    const cookie = req.headers.cookie;
    if (req.method !== "GET" || !cookie || !isCacheablePath(url)) return next();
    const key = `${url}\n${cookie}`;
    const revision = databaseRevision(getDb());
    // Every entry of an older revision is dead: drop them all at once.
    if (revision !== entriesRevision) {
      entries.clear();
      bytes = 0;
      entriesRevision = revision;
    }
    const entry = entries.get(key);
    const volatile = { nonce: String(res.locals.cspNonce ?? ""), requestId: String(res.locals.requestId ?? "") };
    // A cookie that does not parse, or any surprise, is Remix's to answer.
    const live = entry !== undefined && entry.revision === revision && (await hasLiveSession(cookie).catch(() => false));
    if (entry && live) {
      store(key, entry);
      res.statusCode = 200;
      res.setHeader("Content-Type", "text/html; charset=utf-8");
      res.end(fill(entry.template, volatile));
      return;
    }
    if (entry) remove(key);
    offered.set(volatile.requestId, null);
    res.once("finish", () => {
      const template = offered.get(volatile.requestId);
      offered.delete(volatile.requestId);
      // A response that sets a cookie is about this one request; a write while it ran could mix two states.
      if (!template || res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined) return;
      if (databaseRevision(getDb()) !== revision) return;
      if (revision === entriesRevision) store(key, { revision, template });
    });
    res.once("close", () => offered.delete(volatile.requestId));
    next();
  };
}
