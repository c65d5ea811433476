/**
 * Requests built to hurt, against the real production server: none may answer 500, each
 * refusal says what is wrong and leaves no file behind (decision 112). Also the cache headers,
 * the 500 page's request id, the no-JavaScript password change, and what a crash during an
 * upload leaves. In the browser project for the production build; plain fetch, no Chromium.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openDatabase } from "../../db/connection";
import { createUser, createWorkspaceIn, loginCookie } from "../support/auth";
import { startServer, type RunningServer } from "../support/server";

let server: RunningServer;
let dir: string;
let uploads: string;
let cookie: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "orbital-hostile-"));
  uploads = join(dir, "uploads");
  server = await startServer({ dbPath: join(dir, "orbital.db"), env: { ORBITAL_DEMO: "0", ORBITAL_UPLOAD_DIR: uploads } });
  createWorkspaceIn(server.dbPath, "acme");
  const ann = await createUser(server.dbPath, { email: "ann@example.com", grants: { acme: "editor" } });
  cookie = await loginCookie(server.url, ann.email);
});
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const leftovers = () => (existsSync(uploads) ? readdirSync(uploads) : []);

function post(path: string, body: BodyInit, contentType: string | null, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = { Origin: server.url, Cookie: cookie, ...extra };
  if (contentType) headers["Content-Type"] = contentType;
  return fetch(`${server.url}${path}`, { method: "POST", body, headers, redirect: "manual" });
}

const BOUNDARY = "----orbital-test-boundary";
function multipart(parts: { name: string; filename?: string; content: string }[]): string {
  const chunks = parts.map((part) => {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ""}`;
    const type = part.filename !== undefined ? "\r\nContent-Type: text/csv" : "";
    return `--${BOUNDARY}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n${part.content}\r\n`;
  });
  return chunks.join("") + `--${BOUNDARY}--\r\n`;
}
const MULTIPART = `multipart/form-data; boundary=${BOUNDARY}`;
const JOBS = "role_id,title,department,level,headcount,responsibilities\nENG-2,Software Engineer,Engineering,L2,4,Write code; Review code\n";

describe("the Import page's upload", () => {
  test("a file named q=1.csv is checked like any other (was 500)", async () => {
    const res = await post("/w/acme/import", multipart([{ name: "kind", content: "jobs" }, { name: "file", filename: "q=1.csv", content: JOBS }]), MULTIPART);
    const html = (await res.text()).replaceAll("<!-- -->", "");
    expect(res.status).toBe(200);
    expect(html).toContain("Checked q=1.csv");
    expect(html).toContain("Import 1 rows");
  });

  test.each([
    ["multipart without a boundary", "multipart/form-data", "x", 400, "multipart/form-data form with a boundary"],
    ["a text/plain body", "text/plain", "kind=jobs", 415, "not a form this page sends"],
    ["no content type at all", null, "kind=jobs", 415, "not a form this page sends"],
    ["a body cut off inside a part", MULTIPART, `--${BOUNDARY}\r\nContent-Disposition: form-data; name="kind"\r\n\r\njo`, 400, "could not be read"],
    ["a part without a name", MULTIPART, `--${BOUNDARY}\r\nContent-Disposition: form-data\r\n\r\njobs\r\n--${BOUNDARY}--\r\n`, 400, "Choose what the file holds"],
    ["a 20 KB text field", MULTIPART, multipart([{ name: "kind", content: "j".repeat(20_000) }]), 400, 'The form field "kind" is longer than 1000 characters'],
    ["two files", MULTIPART, multipart([{ name: "kind", content: "jobs" }, { name: "file", filename: "a.csv", content: JOBS }, { name: "file", filename: "b.csv", content: JOBS }]), 400, "Upload one file at a time"],
    ["a file in another field", MULTIPART, multipart([{ name: "kind", content: "jobs" }, { name: "file", filename: "a.csv", content: JOBS }, { name: "other", filename: "b.csv", content: JOBS }]), 400, "Upload one file at a time"],
    ["a file only in another field", MULTIPART, multipart([{ name: "kind", content: "jobs" }, { name: "other", filename: "b.csv", content: JOBS }]), 400, 'only one file, in field "file"'],
  ])("%s: refused with a message, nothing left in the upload folder", async (_name, type, body, status, message) => {
    const before = leftovers();
    const res = await post("/w/acme/import", body, type);
    const html = (await res.text()).replaceAll("&quot;", '"');
    expect(res.status).toBe(status);
    expect(html).toContain(message);
    expect(leftovers()).toEqual(before);
  });

  test("a header of 200,000 columns is refused in one line, with no preview and no Import button", async () => {
    const before = leftovers();
    const header = "role_id,title,department,level,headcount,responsibilities," + Array.from({ length: 200_000 }, () => "x").join(",");
    const res = await post("/w/acme/import", multipart([{ name: "kind", content: "jobs" }, { name: "file", filename: "wide.csv", content: header + "\n" }]), MULTIPART);
    const html = await res.text();
    expect(res.status).toBe(422);
    expect(html).toContain("a header row of at most 1,000 columns");
    expect(html).not.toMatch(/<button[^>]*>Import /);
    expect(html.length).toBeLessThan(100_000);
    expect(leftovers().filter((name) => !name.endsWith(".json"))).toEqual(before.filter((name) => !name.endsWith(".json")));
  });
});

describe("other forms", () => {
  test.each(["/login", "/account", "/w/acme/review"])("a text/plain POST to %s is a 415 with a sentence, not a 500", async (path) => {
    const res = await post(path, "email=a", "text/plain");
    expect(res.status).toBe(415);
    expect(await res.text()).toContain("application/x-www-form-urlencoded");
  });

  test("a multipart body to a form that is not an upload is refused the same way", async () => {
    const res = await post("/login", multipart([{ name: "email", content: "a" }]), MULTIPART);
    expect(res.status).toBe(415);
  });
});

describe("caching", () => {
  test("hashed assets are immutable for a year; documents and missing assets are no-store", async () => {
    const doc = await fetch(`${server.url}/login`);
    expect(doc.headers.get("cache-control")).toBe("no-store");
    const html = await doc.text();
    const asset = html.match(/\/assets\/[\w.-]+\.js/)?.[0];
    expect(asset).toBeTruthy();
    const res = await fetch(`${server.url}${asset}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const missing = await fetch(`${server.url}/assets/nope-123.js`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get("cache-control")).toBe("no-store");
  });
});

describe("the error page and the account page without JavaScript", () => {
  test("a failed form POST shows the request id that the log has (was \"unknown\")", async () => {
    const db = openDatabase(server.dbPath, { migrate: false });
    // A real fault in the database: every new session is refused.
    db.sqlite.exec(`CREATE TRIGGER injected_fault BEFORE INSERT ON sessions BEGIN SELECT RAISE(ABORT, 'injected fault'); END`);
    try {
      const res = await fetch(`${server.url}/login`, {
        method: "POST",
        redirect: "manual",
        headers: { Origin: server.url, "Content-Type": "application/x-www-form-urlencoded", Accept: "text/html" },
        body: new URLSearchParams({ email: "ann@example.com", password: "correct horse battery staple" }),
      });
      const html = await res.text();
      const id = res.headers.get("x-request-id")!;
      expect(res.status).toBe(500);
      expect(html).toContain(`<code data-testid="request-id">${id}</code>`);
      expect(server.output()).toContain(`[request ${id}]`);
    } finally {
      db.sqlite.exec(`DROP TRIGGER injected_fault`);
      db.close();
    }
  });

  test("changing the password with a plain form POST keeps the user signed in", async () => {
    const bob = await createUser(server.dbPath, { email: "bob@example.com" });
    const old = await loginCookie(server.url, bob.email);
    const res = await fetch(`${server.url}/account`, {
      method: "POST",
      redirect: "manual",
      headers: { Origin: server.url, Cookie: old, "Content-Type": "application/x-www-form-urlencoded", Accept: "text/html" },
      body: new URLSearchParams({ current: bob.password, password: "a brand new passphrase 42", confirm: "a brand new passphrase 42" }),
    });
    expect([302, 303]).toContain(res.status);
    expect(res.headers.get("location")).toBe("/account?changed=1");
    const fresh = res.headers.get("set-cookie")!.split(";")[0];
    const page = await fetch(`${server.url}/account?changed=1`, { headers: { Cookie: fresh }, redirect: "manual" });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Password changed.");
    expect(html).toContain("bob@example.com");
    // The old session ended with the change.
    expect((await fetch(`${server.url}/account`, { headers: { Cookie: old }, redirect: "manual" })).status).toBe(302);
  });
});
