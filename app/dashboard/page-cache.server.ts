/**
 * Dashboard documents answered before Remix runs (decision 120).
 *
 * Even when the rendered HTML comes from the document cache, Remix still runs every loader and
 * encodes the loader data for hydration on each document request: on the million-row
 * Atomization page that encoding alone is ~15 ms of CPU. This Express middleware stores the
 * finished document under the request's exact URL and session cookie and the database revision
 * (db/queries/revision.ts: any committed write that can change a page, memberships included;
 * not sessions, audit events or password hashes, decision 114) and answers
 * the same request again at the same revision itself, with a fresh nonce and request id.
 *
 * Why it may skip the loaders' access checks: the stored answer came from a request that
 * passed them with the same signed cookie at the same database state, and the only input
 * those checks read besides the database is the clock, so a hit still asks whether the session
 * is unexpired. Only documents the Remix side offers (`offerDocument`: a GET whose loader data
 * held a cached view model and rendered without error) are stored.
 *
 * A page whose views are audited (the Capabilities and report pages: survey data about people, decision 153)
 * records its audit row through `auditView`, which keeps the row's content with the stored answer:
 * every hit records it again after the session check and before a byte is sent (decision 168).
 * An audit row is a marked write (decision 114): it leaves the revision, and so the entry, alone.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "../../db/connection";
import { recordAudit, type AuditInput } from "../../db/queries/audit";
import { databaseRevision } from "../../db/queries/revision";
import { hasLiveSession } from "../auth/session.server";
import { getDb } from "../db.server";
import { cut, fill, type Template } from "./document-cache.server";

const MAX_BYTES = 48 * 1024 * 1024;

interface Entry {
  revision: string;
  template: Template;
  /** Headers the handler set (a data request's Content-Type and X-Remix-Response), not the per-request ones. */
  headers: [string, string][];
  /** The audit rows each answer of this entry records (an audited view); usually none. */
  audits: AuditInput[];
}

const entries = new Map<string, Entry>();
let entriesRevision: string | undefined;
let bytes = 0;
/** Requests in flight that this middleware may store, by request id, with the document offered for each. */
const offered = new Map<string, Template | null>();
/** The audit rows a request in flight recorded for its view, by request id: stored with its answer. */
const audits = new Map<string, AuditInput[]>();

/** Called by the document renderer: this request's document may be stored once it is sent. */
export function offerDocument(requestId: string, template: Template): void {
  if (offered.has(requestId)) offered.set(requestId, template);
}

/**
 * Records the audit row of a view that must be audited on every view, and, when this middleware
 * may store the answer, keeps the row's content with it so that every hit records it again.
 * Loaders of audited pages call this instead of `recordAudit`: a page that audits through
 * `recordAudit` alone must stay off the allowlists below.
 */
export function auditView(db: Db, requestId: string | undefined, input: AuditInput): void {
  recordAudit(db, input);
  if (requestId !== undefined && offered.has(requestId)) audits.set(requestId, [...(audits.get(requestId) ?? []), input]);
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
interface CacheResponse extends Pick<ServerResponse, "setHeader" | "end" | "write" | "once" | "getHeader" | "getHeaders"> {
  statusCode: number;
  locals: Record<string, unknown>;
}

/**
 * The dashboard documents (and the report page), an allowlist like the data paths below. A hit
 * skips the loader, so a page whose loader has an effect must not be listed, unless the effect is
 * an audit row recorded through `auditView`, which every hit replays: the Capabilities page and
 * the report page, which show the survey's figures (decisions 153 and 168).
 */
export function isCacheablePath(path: string): boolean {
  return /^\/w\/[^/?]+(\/(atomization|redesign|seniority|review|report|capabilities|roles\/\d+))?(\?|$)/.test(path);
}

/**
 * The data requests of the dashboards' client-side navigation (`/w/<slug>/atomization.data?…`).
 * Their answer is the loaders' data, a function of the URL, the session and the database like the
 * document's; a page not listed here is never stored (an allowlist: a new page is safe by default).
 */
export function isDashboardDataPath(path: string): boolean {
  return /^\/w\/[^/?]+(\/(atomization|redesign|seniority|review|capabilities|roles\/\d+))?\.data(\?|$)/.test(path);
}

/** Headers that belong to one response: never stored, never replayed. */
const PER_RESPONSE = new Set(["x-page-cache", "x-request-id", "content-security-policy", "content-length", "date", "connection", "keep-alive", "transfer-encoding", "set-cookie"]);

export function createPageCacheMiddleware() {
  return async function pageCache(req: CacheRequest, res: CacheResponse, next: () => void): Promise<void> {
    const url = req.originalUrl ?? req.url ?? "";
    const cookie = req.headers.cookie;
    const isData = isDashboardDataPath(url);
    if (req.method !== "GET" || !cookie || !(isData || isCacheablePath(url))) return next();
    const key = `${url}\n${cookie}`;
    const revision = databaseRevision(getDb());
    // Every entry of an older revision is dead: drop them all at once.
    if (revision !== entriesRevision) {
      entries.clear();
      bytes = 0;
      entriesRevision = revision;
    }
    const entry = entries.get(key);
    const requestId = String(res.locals.requestId ?? "");
    // A data response holds the request id (the root loader's) but no nonce.
    const volatile: Record<string, string> = isData ? { requestId } : { nonce: String(res.locals.cspNonce ?? ""), requestId };
    // A cookie that does not parse, or any surprise, is Remix's to answer.
    const live = entry !== undefined && entry.revision === revision && (await hasLiveSession(cookie).catch(() => false));
    // An audited view is recorded before its bytes leave; if the row cannot be written, the
    // answer is Remix's to give (its loader records the view or fails), never the stored one.
    const audited = entry !== undefined && live && (entry.audits.length === 0 || tryAudit(entry.audits));
    if (entry && live && audited) {
      store(key, entry);
      res.statusCode = 200;
      for (const [name, value] of entry.headers) res.setHeader(name, value);
      // Says only that this same session saw this same page at this same revision: nothing
      // about anyone else. Tests and the benchmarks read it (decision 114).
      res.setHeader("X-Page-Cache", "hit");
      res.end(fill(entry.template, volatile));
      return;
    }
    if (entry) remove(key);
    offered.set(requestId, null);
    if (isData) captureBody(res, (text) => {
      const template = cut(text, volatile);
      if (template) offerDocument(requestId, template);
    });
    res.once("finish", () => {
      const template = offered.get(requestId);
      const recorded = audits.get(requestId) ?? [];
      offered.delete(requestId);
      audits.delete(requestId);
      // A response that sets a cookie is about this one request; a write while it ran could mix two states.
      if (!template || res.statusCode !== 200 || res.getHeader("set-cookie") !== undefined) return;
      if (databaseRevision(getDb()) !== revision) return;
      const headers = Object.entries(res.getHeaders())
        .filter(([name]) => !PER_RESPONSE.has(name.toLowerCase()))
        .map(([name, value]) => [name, String(value)] as [string, string]);
      if (!isData) headers.push(["Content-Type", "text/html; charset=utf-8"]);
      if (revision === entriesRevision) store(key, { revision, template, headers, audits: recorded });
    });
    res.once("close", () => {
      offered.delete(requestId);
      audits.delete(requestId);
    });
    next();
  };
}

function tryAudit(rows: readonly AuditInput[]): boolean {
  try {
    const db = getDb();
    for (const row of rows) recordAudit(db, row);
    return true;
  } catch (error) {
    console.error("page cache: could not record an audited view; answering through Remix:", error);
    return false;
  }
}

/** Collects what the handler writes (a data response is a few KB to a few hundred) and hands it over once it ends. */
function captureBody(res: CacheResponse, done: (text: string) => void): void {
  const chunks: Buffer[] = [];
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array));
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  (res as { write: unknown }).write = (chunk: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    return write(chunk, ...rest);
  };
  (res as { end: unknown }).end = (chunk?: unknown, ...rest: unknown[]) => {
    keep(chunk, rest[0]);
    if (res.statusCode === 200) done(Buffer.concat(chunks).toString("utf8"));
    return end(chunk, ...rest);
  };
}
