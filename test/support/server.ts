import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readDb } from "./read-db";

const ROOT = resolve(import.meta.dirname, "../..");

export interface RunningServer {
  url: string;
  /** The server's process id (the benchmark reads its CPU time). */
  pid: number;
  dbPath: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Where the browser tests' global setup leaves a database the server filled with the demo at its
 * first start (prepareDemoDatabase): each server that would import the demo again starts from a
 * copy instead, about three seconds sooner on a quiet machine.
 */
const DEMO_DATABASE_VARIABLE = "ORBITAL_TEST_DEMO_DB";

/**
 * Starts the built server (`server.js`) on a free port with its own database file: a copy of the
 * demo database when the global setup made one and the caller names neither a file nor
 * ORBITAL_DEMO=0 (the server then sees a database that already has its demo, as at a second start).
 * `env` adds or overrides variables (e.g. ORBITAL_DEMO=0 to start without demo data);
 * `nodeArgs` go to node before the script (the page benchmark's `--cpu-prof`); `script` replaces
 * server.js (the benchmark's several-process launcher, bench/pages/cluster-server.js).
 */
export async function startServer(options: { dbPath?: string; env?: Record<string, string>; nodeArgs?: string[]; script?: string } = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), "orbital-server-"));
  const dbPath = options.dbPath ?? join(dir, "orbital.db");
  const demoCopy = process.env[DEMO_DATABASE_VARIABLE];
  if (options.dbPath === undefined && options.env?.ORBITAL_DEMO !== "0" && demoCopy) copyFileSync(demoCopy, dbPath);
  let output = "";
  const child: ChildProcess = spawn(process.execPath, [...(options.nodeArgs ?? []), options.script ?? join(ROOT, "server.js")], {
    cwd: ROOT,
    env: { ...process.env, PORT: "0", ORBITAL_DB: dbPath, ORBITAL_DATA_DIR: dir, NODE_ENV: "production", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));

  // Waits for the server's own "listening on" line; the timer only catches a hang (the demo
  // import at first start takes a minute or more when the cores are busy).
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 240_000);
    const check = () => {
      const match = output.match(/listening on (http:\/\/localhost:\d+)/);
      if (match) {
        clearTimeout(timer);
        resolvePromise(match[1]);
      }
    };
    child.stdout!.on("data", check);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });

  return {
    url,
    pid: child.pid!,
    dbPath,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The demo database for the browser tests: a real first start of the built server on an empty
 * file (the demo imported through the upload path, as `npm start` does), stopped, its log folded
 * into the file so one file copies whole. Its path is handed to startServer through the
 * environment, which the test processes inherit. Returns a function that removes it.
 */
export async function prepareDemoDatabase(): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), "orbital-demo-"));
  const remove = () => {
    delete process.env[DEMO_DATABASE_VARIABLE];
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const dbPath = join(dir, "demo.db");
    const server = await startServer({ dbPath, env: { ORBITAL_DEMO: "1" } });
    const output = server.output();
    await server.stop();
    if (!/Imported the demo workspace/.test(output)) throw new Error(`the server's first start did not import the demo:\n${output}`);
    readDb(dbPath, (conn) => conn.sqlite.pragma("wal_checkpoint(TRUNCATE)"));
    process.env[DEMO_DATABASE_VARIABLE] = dbPath;
    return remove;
  } catch (error) {
    remove();
    throw error;
  }
}
