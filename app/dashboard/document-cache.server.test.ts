import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { createWorkspace } from "../../db/queries/workspaces";
import { tempDatabase } from "../../test/support/temp-db";
import { DocumentCache, fill, fingerprint } from "./document-cache.server";
import { ViewCache } from "./view-cache.server";

let conn: ReturnType<typeof tempDatabase>;
beforeEach(() => {
  conn = tempDatabase();
});
afterEach(() => conn.cleanup());

const NONCE = "bm9uY2Utb2YtcmVxdWVzdC0x";
const REQUEST_ID = "0123456789abcdef";
const volatile = { nonce: NONCE, requestId: REQUEST_ID };

function document(loaderData: unknown, extra: Partial<Parameters<DocumentCache["keyFor"]>[0]> = {}) {
  return { method: "GET", url: "http://x/w/a/atomization?zoom=Sales", status: 200, loaderData, actionData: null, errors: null, volatile, ...extra };
}

describe("the key: URL and loader data, with view models by identity", () => {
  test("the same view model and the same small data give the same key; a new view model, a new key", () => {
    const views = new ViewCache();
    const view = views.get(conn.db, "a", () => ({ rows: [{ hours: 1 }] }));
    const cache = new DocumentCache();
    const root = { requestId: REQUEST_ID, me: { email: "a@example.com" } };
    const key = cache.keyFor(document({ root, page: view }));
    expect(key).toBeDefined();
    expect(cache.keyFor(document({ root: { ...root }, page: views.get(conn.db, "a", () => ({ rows: [] })) }))).toBe(key);
    // Another request id is the same page; another person or another URL is not.
    expect(cache.keyFor(document({ root: { ...root, requestId: "fedcba9876543210" }, page: view }, { volatile: { nonce: NONCE, requestId: "fedcba9876543210" } }))).toBe(key);
    expect(cache.keyFor(document({ root: { ...root, me: { email: "b@example.com" } }, page: view }))).not.toBe(key);
    expect(cache.keyFor(document({ root, page: view }, { url: "http://x/w/a/atomization" }))).not.toBe(key);
    // A write: the view cache computes a new (equal-looking) view model, which is a new key.
    createWorkspace(conn.db, { slug: "b", name: "B" });
    const fresh = views.get(conn.db, "a", () => ({ rows: [{ hours: 1 }] }));
    expect(fresh).not.toBe(view);
    expect(cache.keyFor(document({ root, page: fresh }))).not.toBe(key);
  });

  test("nothing is cached without a view model, for errors, other methods or statuses, or unknown values", () => {
    const view = new ViewCache().get(conn.db, "a", () => ({ x: 1 }));
    const cache = new DocumentCache();
    expect(cache.keyFor(document({ root: { me: null }, page: { form: "plain" } }))).toBeUndefined();
    expect(cache.keyFor(document({ page: view }, { method: "POST" }))).toBeUndefined();
    expect(cache.keyFor(document({ page: view }, { status: 404 }))).toBeUndefined();
    expect(cache.keyFor(document({ page: view }, { errors: { page: new Error("x") } }))).toBeUndefined();
    expect(cache.keyFor(document({ page: view }, { actionData: { ok: true } }))).toBeUndefined();
    expect(cache.keyFor(document({ page: view, extra: new Map() }))).toBeUndefined();
  });

  test("a frozen object the view cache did not freeze is read by content, not identity", () => {
    const outside = Object.freeze({ n: 1 });
    const views = { count: 0 };
    expect(fingerprint(outside, new Map(), views)).toBe('{"n":1}');
    expect(views.count).toBe(0);
  });
});

describe("stored documents", () => {
  test("each hit gets its own nonce and request id, everywhere they were", () => {
    const cache = new DocumentCache();
    const html = `<script nonce="${NONCE}">x</script><p>${REQUEST_ID}</p><script nonce="${NONCE}"></script>`;
    const template = cache.set("k", html, volatile)!;
    expect(fill(cache.get("k")!, volatile)).toBe(html);
    expect(fill(template, { nonce: "other-nonce-value", requestId: "aaaaaaaaaaaaaaaa" })).toBe(
      `<script nonce="other-nonce-value">x</script><p>aaaaaaaaaaaaaaaa</p><script nonce="other-nonce-value"></script>`,
    );
  });

  test("a short volatile value could be anywhere: such a document is not stored", () => {
    const cache = new DocumentCache();
    expect(cache.set("k", "<p>-</p>", { nonce: NONCE, requestId: "-" })).toBeUndefined();
    expect(cache.get("k")).toBeUndefined();
  });

  test("the least recently used documents go first when the byte budget is full", () => {
    // Room for four pages of ~460 bytes; one page may use at most a quarter of the budget.
    const cache = new DocumentCache(2_000);
    const page = (n: number) => `<p>${String(n).repeat(450)}</p>`;
    expect(cache.set("huge", page(0).repeat(2), volatile)).toBeUndefined();
    cache.set("a", page(1), volatile);
    cache.set("b", page(2), volatile);
    cache.get("a");
    for (const key of ["c", "d", "e"]) cache.set(key, page(3), volatile);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.size).toBe(4);
  });
});
