/**
 * Dashboard documents served from the page and document caches (decision 120) are the pages a
 * fresh render gives: each response has its own nonce and request id, a change committed by
 * another connection (as the CLI would) shows on the next request, and the cache never hands a
 * page to a request that would not get it: another member sees her own header, a non-member
 * and a revoked session get what they got before. An audited page (Capabilities) records every
 * view, also the ones answered from the store.
 * It is in the browser project because it needs the production build, not because it needs Chromium.
 */
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createUser, loginCookie } from "../support/auth";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let viewer = "";
let editor = "";
let outsider = "";

beforeAll(async () => {
  server = await startServer();
  await createUser(server.dbPath, { email: "first-admin@example.com", isAdmin: true });
  await createUser(server.dbPath, { email: "viewer@example.com", grants: { demo: "viewer" } });
  await createUser(server.dbPath, { email: "editor@example.com", grants: { demo: "editor" } });
  await createUser(server.dbPath, { email: "outsider@example.com" });
  viewer = await loginCookie(server.url, "viewer@example.com");
  editor = await loginCookie(server.url, "editor@example.com");
  outsider = await loginCookie(server.url, "outsider@example.com");
});
afterAll(async () => {
  await server?.stop();
});

async function get(path: string, cookie: string) {
  const res = await fetch(`${server.url}${path}`, { headers: { cookie }, redirect: "manual" });
  const body = await res.text();
  const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1] ?? "";
  const requestId = res.headers.get("x-request-id") ?? "";
  return { status: res.status, location: res.headers.get("location"), body, nonce, requestId, hit: res.headers.get("x-page-cache") === "hit" };
}

/** The body with this response's own nonce and request id blanked out. */
const normalized = (page: { body: string; nonce: string; requestId: string }) =>
  (page.nonce ? page.body.split(page.nonce).join("NONCE") : page.body).split(page.requestId).join("REQUEST-ID");

/** The first column of the first row. */
function scalar<T>(sql: string): T {
  const db = new Database(server.dbPath, { readonly: true });
  try {
    return db.prepare(sql).pluck().get() as T;
  } finally {
    db.close();
  }
}
const count = (sql: string) => scalar<number>(sql);

function write(sql: string, ...params: unknown[]) {
  const db = new Database(server.dbPath);
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

test("a repeated page is the same page, with its own nonce and request id each time", async () => {
  for (const path of ["/w/demo", "/w/demo/atomization", "/w/demo/redesign", "/w/demo/seniority", "/w/demo/review"]) {
    const pages = [await get(path, viewer), await get(path, viewer), await get(path, viewer)];
    for (const page of pages) {
      expect(page.status, path).toBe(200);
      expect(page.nonce).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
      // Every script carries this response's nonce, and the page's data names this response's id.
      expect(page.body).toContain(`nonce="${page.nonce}"`);
      expect(page.body).toContain(page.requestId);
    }
    expect(new Set(pages.map((p) => p.nonce)).size).toBe(3);
    expect(normalized(pages[1])).toBe(normalized(pages[0]));
    expect(normalized(pages[2])).toBe(normalized(pages[0]));
  }
});

test("a repeated data request (client-side navigation) is the same data with its own request id", async () => {
  for (const path of ["/w/demo.data", "/w/demo/atomization.data?_routes=routes%2Fw.%24workspace.atomization", "/w/demo/review.data"]) {
    const answers = [await get(path, viewer), await get(path, viewer)];
    for (const answer of answers) {
      expect(answer.status, path).toBe(200);
      // The root loader's data (and its request id) comes along unless `_routes` names only the page.
      if (!path.includes("_routes")) expect(answer.body).toContain(answer.requestId);
    }
    expect(answers[1].requestId).not.toBe(answers[0].requestId);
    expect(normalized(answers[1])).toBe(normalized(answers[0]));
  }
});

test("a change committed by another connection shows on the next request", async () => {
  await get("/w/demo/atomization.data", viewer);
  await get("/w/demo/atomization.data", viewer);
  const before = await get("/w/demo/atomization", viewer);
  await get("/w/demo/atomization", viewer);
  expect(before.body).not.toContain("Chief Cache Tester");
  const db = new Database(server.dbPath, { readonly: true });
  const roleId = db.prepare(`SELECT r.id FROM roles r JOIN workspaces w ON w.id = r.workspace_id JOIN role_analysis ra ON ra.role_id = r.id WHERE w.slug = 'demo' ORDER BY ra.log_rows DESC LIMIT 1`).pluck().get();
  db.close();
  write(`UPDATE roles SET title = 'Chief Cache Tester' WHERE id = ?`, roleId);
  const after = await get("/w/demo/atomization", viewer);
  expect(after.status).toBe(200);
  expect(after.body).toContain("Chief Cache Tester");
  expect((await get(`/w/demo/roles/${roleId}`, viewer)).body).toContain("Chief Cache Tester");
  expect((await get("/w/demo/atomization.data", viewer)).body).toContain("Chief Cache Tester");
});

test("each member gets her own page; a non-member still gets 404", async () => {
  const asViewer = await get("/w/demo", viewer);
  await get("/w/demo", viewer);
  const asEditor = await get("/w/demo", editor);
  expect(asViewer.body).toContain("viewer@example.com");
  expect(asEditor.body).toContain("editor@example.com");
  expect(asEditor.body).not.toContain("viewer@example.com");
  expect((await get("/w/demo", outsider)).status).toBe(404);
  await get("/w/demo.data", viewer);
  expect((await get("/w/demo.data", editor)).body).not.toContain("viewer@example.com");
  expect((await get("/w/demo.data", outsider)).status).toBe(404);
});

test("a revoked session gets the sign-in page, not the page it saw before", async () => {
  const cookie = await loginCookie(server.url, "viewer@example.com");
  expect((await get("/w/demo/seniority", cookie)).status).toBe(200);
  expect((await get("/w/demo/seniority", cookie)).status).toBe(200);
  write(`DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE email = 'viewer@example.com')`);
  const after = await get("/w/demo/seniority", cookie);
  expect(after.status).toBe(302);
  expect(after.location).toMatch(/^\/login/);
});

test("a login, an audit event and a download keep cached pages; an override does not (decision 114)", async () => {
  const path = "/w/demo/atomization";
  // Its own session: the test before revoked the viewer's.
  const viewer = await loginCookie(server.url, "viewer@example.com");
  expect((await get(path, viewer)).hit).toBe(false);
  expect((await get(path, viewer)).hit).toBe(true);
  const audits = count(`SELECT count(*) FROM audit_events`);
  const sessions = count(`SELECT count(*) FROM sessions`);
  // Someone else signs in (a session row), the viewer downloads a CSV (an audit row).
  await loginCookie(server.url, "first-admin@example.com");
  const csv = await fetch(`${server.url}/w/demo/export/roles.csv`, { headers: { cookie: viewer } });
  expect(csv.status).toBe(200);
  await csv.arrayBuffer();
  expect(count(`SELECT count(*) FROM sessions`)).toBe(sessions + 1);
  expect(count(`SELECT count(*) FROM audit_events`)).toBeGreaterThan(audits);
  const kept = await get(path, viewer);
  expect(kept.status).toBe(200);
  expect(kept.hit).toBe(true);

  // An override changes figures: the next request renders again.
  const textId = count(`SELECT t.id FROM task_texts t JOIN workspaces w ON w.id = t.workspace_id WHERE w.slug = 'demo' ORDER BY t.id LIMIT 1`);
  const override = await fetch(`${server.url}/w/demo/review`, {
    method: "POST",
    body: new URLSearchParams({ textId: String(textId), class: "specialized", atom: "", reason: "Needs judgement." }),
    headers: { Origin: server.url, Cookie: editor, "Content-Type": "application/x-www-form-urlencoded" },
    redirect: "manual",
  });
  expect(override.status).toBeLessThan(400);
  expect(count(`SELECT count(*) FROM overrides`)).toBe(1);
  const after = await get(path, viewer);
  expect(after.status).toBe(200);
  expect(after.hit).toBe(false);
  expect((await get(path, viewer)).hit).toBe(true);
});

test("every view of the Capabilities page is audited, also one answered from the page cache (decision 168)", async () => {
  const viewer = await loginCookie(server.url, "viewer@example.com");
  const views = (detail = "%") =>
    count(`SELECT count(*) FROM audit_events WHERE action = 'survey.view' AND actor = 'viewer@example.com' AND detail LIKE '${detail}'`);
  const before = views();
  const pages = [await get("/w/demo/capabilities", viewer), await get("/w/demo/capabilities", viewer), await get("/w/demo/capabilities", viewer)];
  expect(pages.map((p) => p.status)).toEqual([200, 200, 200]);
  // The demo has survey responses: the page shows them, and the second and third answers come from the store.
  expect(pages[0].body).toContain("Where to train first");
  expect(pages.map((p) => p.hit)).toEqual([false, true, true]);
  expect(normalized(pages[2])).toBe(normalized(pages[0]));
  // One audit row per view, hits included.
  expect(views()).toBe(before + 3);

  // The data request of client-side navigation, and a filtered view: each answer recorded with its filter.
  const department = scalar<string>(`SELECT r.department FROM roles r JOIN workspaces w ON w.id = r.workspace_id WHERE w.slug = 'demo' ORDER BY r.id LIMIT 1`);
  const filtered = `/w/demo/capabilities.data?department=${encodeURIComponent(department)}`;
  const answers = [await get(filtered, viewer), await get(filtered, viewer), await get(filtered, viewer)];
  expect(answers.map((a) => [a.status, a.hit])).toEqual([[200, false], [200, true], [200, true]]);
  expect(views()).toBe(before + 6);
  expect(views(`%"department":["${department}"]%`)).toBe(3);

  // A non-member still gets 404, for the page and its data, and is recorded nowhere.
  const all = count(`SELECT count(*) FROM audit_events WHERE action = 'survey.view'`);
  expect((await get("/w/demo/capabilities", outsider)).status).toBe(404);
  expect((await get(filtered, outsider)).status).toBe(404);
  expect(count(`SELECT count(*) FROM audit_events WHERE action = 'survey.view'`)).toBe(all);
});

test("every view of the report page, which shows the survey's figures, is audited, also one answered from the page cache", async () => {
  const viewer = await loginCookie(server.url, "viewer@example.com");
  const views = () => count(`SELECT count(*) FROM audit_events WHERE action = 'survey.view' AND actor = 'viewer@example.com' AND detail LIKE '%"page":"report"%'`);
  const before = views();
  const pages = [await get("/w/demo/report", viewer), await get("/w/demo/report", viewer)];
  expect(pages.map((p) => [p.status, p.hit])).toEqual([[200, false], [200, true]]);
  expect(pages[0].body).toContain("People&#x27;s readiness");
  expect(views()).toBe(before + 2);
  // The data request of client-side navigation is not stored: its loader records the view itself.
  expect((await get("/w/demo/report.data", viewer)).status).toBe(200);
  expect(views()).toBe(before + 3);
  const all = count(`SELECT count(*) FROM audit_events WHERE action = 'survey.view'`);
  expect((await get("/w/demo/report", outsider)).status).toBe(404);
  expect(count(`SELECT count(*) FROM audit_events WHERE action = 'survey.view'`)).toBe(all);
});
