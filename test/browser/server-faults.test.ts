/**
 * Crashes and concurrent writers around the real server (decisions 110–112): an upload cut off
 * by SIGKILL is removed at the next start; a web import and a CLI import at once each land or
 * are refused with a message; an override during a CLI import waits or answers 503, nothing
 * stored. Fault points: app/faults/fault-points.server.ts. Plain fetch, no Chromium.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { openDatabase } from "../../db/connection";
import { createUser, createWorkspaceIn, loginCookie } from "../support/auth";
import { spawnOrbital } from "../support/child-process";
import { quirk } from "../support/import-helpers";
import { startServer, type RunningServer } from "../support/server";

let dir: string;
let dbPath: string;
let uploads: string;
const servers: RunningServer[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "orbital-server-faults-"));
  dbPath = join(dir, "orbital.db");
  uploads = join(dir, "uploads");
});
afterEach(async () => {
  for (const server of servers.splice(0)) if (isRunning(server.pid)) await server.stop();
  rmSync(dir, { recursive: true, force: true });
});

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function start(env: Record<string, string> = {}) {
  const server = await startServer({ dbPath, env: { ORBITAL_DEMO: "0", ORBITAL_UPLOAD_DIR: uploads, ...env } });
  servers.push(server);
  return server;
}

/** Waits until the server printed `pattern` (it prints, then pauses at a fault point). */
async function printed(server: RunningServer, pattern: RegExp) {
  while (!pattern.test(server.output())) {
    if (!isRunning(server.pid)) throw new Error(`server ended before ${pattern}:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

async function killHard(server: RunningServer) {
  process.kill(server.pid, "SIGKILL");
  while (isRunning(server.pid)) await new Promise((resolve) => setTimeout(resolve, 25));
}

async function signIn(server: RunningServer) {
  createWorkspaceIn(dbPath, "acme");
  const ann = await createUser(dbPath, { email: `ann${servers.length}@example.com`, grants: { acme: "editor" } });
  return loginCookie(server.url, ann.email);
}

function uploadForm(kind: string, name: string, content: Blob | string) {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", typeof content === "string" ? new Blob([content]) : content, name);
  return form;
}

/**
 * Imports the job descriptions with the CLI (no fault point), checks a small log on the Import
 * page, and sends its import request. The answer comes back wrapped, unawaited: a fault point holds it.
 */
async function startWebLogImport(server: RunningServer, cookie: string): Promise<{ web: Promise<Response> }> {
  const jobs = spawnOrbital(["import", "jobs", quirk("base-jobs.csv"), "--workspace", "acme", "--db", dbPath], { ORBITAL_FAULT_AT: "" });
  expect((await jobs.exited).code).toBe(0);
  const log = readFileSync(quirk("utf8-bom.csv"), "utf8");
  const checked = await fetch(`${server.url}/w/acme/import`, { method: "POST", body: uploadForm("logs", "utf8-bom.csv", log), headers: { Origin: server.url, Cookie: cookie } });
  const token = (await checked.text()).match(/name="token" value="([0-9a-f]{32})"/)?.[1];
  expect(token).toBeTruthy();
  const web = fetch(`${server.url}/w/acme/import`, {
    method: "POST",
    body: new URLSearchParams({ intent: "import", token: token! }),
    headers: { Origin: server.url, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
  });
  return { web };
}

function count(sql: string): number {
  const db = openDatabase(dbPath, { migrate: false });
  try {
    return db.sqlite.prepare(sql).pluck().get() as number;
  } finally {
    db.close();
  }
}

test("an upload cut off by SIGKILL is removed when the server starts again", async () => {
  const first = await start({ ORBITAL_FAULT_AT: "upload.receiving" });
  const cookie = await signIn(first);
  const big = new Blob(["employee_id,role,date,task,hours\n", "E1,ENG-2,2026-07-01,Write code,1\n".repeat(200_000)]);
  const pending = fetch(`${first.url}/w/acme/import`, { method: "POST", body: uploadForm("logs", "big.csv", big), headers: { Origin: first.url, Cookie: cookie } }).catch(() => null);
  await printed(first, /paused at upload\.receiving/);
  await killHard(first);
  await pending;
  expect(readdirSync(uploads).filter((name) => name.endsWith(".part"))).toHaveLength(1);

  const second = await start();
  expect(second.output()).toContain("Removed 1 upload(s) that an earlier server process did not finish receiving.");
  expect(readdirSync(uploads)).toEqual([]);
});

test("a CLI import during a web import is refused cleanly, or waits for it and lands", async () => {
  const resume = join(dir, "resume");
  const server = await start({ ORBITAL_FAULT_AT: "import.before-commit", ORBITAL_FAULT_RESUME: resume });
  const cookie = await signIn(server);
  const { web } = await startWebLogImport(server, cookie);
  await printed(server, /paused at import\.before-commit/);

  const refused = spawnOrbital(["import", "logs", quirk("windows-1252.csv"), "--workspace", "acme", "--db", dbPath], { ORBITAL_LOCK_WAIT_S: "0" });
  expect((await refused.exited).code).toBe(1);
  expect(refused.stderr()).toMatch(/another Orbital process kept the database busy .*nothing was changed/);
  const waiting = spawnOrbital(["import", "logs", quirk("windows-1252.csv"), "--workspace", "acme", "--db", dbPath]);
  await waiting.waitFor(/waiting up to \d+ s for it before importing/);

  writeFileSync(resume, "");
  const answer = await web;
  expect(answer.status).toBe(200);
  expect((await answer.text()).replaceAll("<!-- -->", "")).toContain("Imported 2 task log rows from utf8-bom.csv");
  expect((await waiting.exited).code).toBe(0);
  expect(waiting.stdout()).toContain("Waited for another Orbital process");
  expect(count(`SELECT count(*) FROM task_logs`)).toBe(5);
  expect(count(`SELECT count(*) FROM workspaces WHERE analysis_pending_since IS NOT NULL`)).toBe(0);
});

test("an override during a CLI import answers 503 with a message and stores nothing; afterwards it lands", async () => {
  const server = await start({ ORBITAL_LOCK_WAIT_S: "0" });
  const cookie = await signIn(server);
  const jobs = spawnOrbital(["import", "jobs", quirk("base-jobs.csv"), "--workspace", "acme", "--db", dbPath]);
  expect((await jobs.exited).code).toBe(0);
  const textId = count(`SELECT min(id) FROM task_texts`);
  const override = () =>
    fetch(`${server.url}/w/acme/review`, {
      method: "POST",
      body: new URLSearchParams({ textId: String(textId), class: "specialized", atom: "", reason: "Needs judgement." }),
      headers: { Origin: server.url, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
    });

  const resume = join(dir, "resume");
  const cli = spawnOrbital(["import", "logs", quirk("utf8-bom.csv"), "--workspace", "acme", "--db", dbPath], { ORBITAL_FAULT_AT: "import.before-commit", ORBITAL_FAULT_RESUME: resume });
  await cli.waitFor(/paused at import\.before-commit/);
  const busy = await override();
  expect(busy.status).toBe(503);
  expect(await busy.text()).toContain("An import is being written to this workspace right now, so the override was not saved.");
  expect(count(`SELECT count(*) FROM overrides`)).toBe(0);

  writeFileSync(resume, "");
  expect((await cli.exited).code).toBe(0);
  expect(existsSync(resume)).toBe(true);
  const ok = await override();
  expect(ok.status).toBe(200);
  expect(count(`SELECT count(*) FROM overrides`)).toBe(1);
});

test("an import killed after its commit: the running server's next dashboard request, and a server start, finish its analysis", async () => {
  const server = await start();
  const cookie = await signIn(server);
  const jobs = spawnOrbital(["import", "jobs", quirk("base-jobs.csv"), "--workspace", "acme", "--db", dbPath]);
  expect((await jobs.exited).code).toBe(0);
  const pending = `SELECT count(*) FROM workspaces WHERE analysis_pending_since IS NOT NULL`;

  const first = spawnOrbital(["import", "logs", quirk("utf8-bom.csv"), "--workspace", "acme", "--db", dbPath], { ORBITAL_FAULT_AT: "import.after-commit" });
  await first.waitFor(/paused at import\.after-commit/);
  await first.kill();
  expect(count(pending)).toBe(1);
  const page = await fetch(`${server.url}/w/acme`, { headers: { Cookie: cookie } });
  expect(page.status).toBe(200);
  expect(await page.text()).not.toContain("is being analysed");
  expect(count(pending)).toBe(0);
  expect(count(`SELECT sum(log_rows) FROM role_analysis`)).toBe(2);

  const second = spawnOrbital(["import", "logs", quirk("windows-1252.csv"), "--workspace", "acme", "--db", dbPath], { ORBITAL_FAULT_AT: "analysis.before-commit" });
  await second.waitFor(/paused at analysis\.before-commit/);
  await second.kill();
  await server.stop();
  expect(count(pending)).toBe(1);
  const restarted = await start();
  expect(restarted.output()).toContain('Finished the analysis that an interrupted import left pending in workspace "acme".');
  expect(count(pending)).toBe(0);
  expect(count(`SELECT sum(log_rows) FROM role_analysis`)).toBe(5);
});

test("while a web import is paused inside its transaction, pages still answer (decision 115)", async () => {
  const resume = join(dir, "resume");
  // The fault point blocks its thread synchronously: on the request thread it froze the whole server.
  const server = await start({ ORBITAL_FAULT_AT: "import.before-commit", ORBITAL_FAULT_RESUME: resume });
  const cookie = await signIn(server);
  const { web } = await startWebLogImport(server, cookie);
  await printed(server, /paused at import\.before-commit/);
  for (const path of ["/w/acme", "/w/acme/import", "/w/acme/atomization"]) {
    const page = await fetch(`${server.url}${path}`, { headers: { Cookie: cookie } });
    expect(page.status, path).toBe(200);
    await page.text();
  }
  expect(count(`SELECT count(*) FROM task_logs`)).toBe(0);
  writeFileSync(resume, "");
  const answer = await web;
  expect(answer.status).toBe(200);
  expect((await answer.text()).replaceAll("<!-- -->", "")).toContain("Imported 2 task log rows from utf8-bom.csv");
  expect(count(`SELECT count(*) FROM task_logs`)).toBe(2);
});

test("while this server's import thread analyses, a page shows the previous figures and says so; then the new ones (decision 115)", async () => {
  const resume = join(dir, "resume");
  const server = await start({ ORBITAL_FAULT_AT: "analysis.before-commit", ORBITAL_FAULT_RESUME: resume });
  const cookie = await signIn(server);
  const { web } = await startWebLogImport(server, cookie);
  await printed(server, /paused at analysis\.before-commit/);
  // The rows are committed, the analysis holds the write lock on the import's thread.
  expect(count(`SELECT count(*) FROM task_logs`)).toBe(2);
  const during = await fetch(`${server.url}/w/acme`, { headers: { Cookie: cookie } });
  expect(during.status).toBe(200);
  expect(await during.text()).toContain("is being analysed");
  writeFileSync(resume, "");
  expect((await web).status).toBe(200);
  const after = await fetch(`${server.url}/w/acme`, { headers: { Cookie: cookie } });
  expect(await after.text()).not.toContain("is being analysed");
  expect(count(`SELECT count(*) FROM workspaces WHERE analysis_pending_since IS NOT NULL`)).toBe(0);
  expect(count(`SELECT sum(log_rows) FROM role_analysis`)).toBe(2);
});
