import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

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
 * Starts the built server (`server.js`) on a free port with its own database file.
 * `env` adds or overrides variables (e.g. ORBITAL_DEMO=0 to start without demo data);
 * `nodeArgs` go to node before the script (the page benchmark's `--cpu-prof`); `script` replaces
 * server.js (the benchmark's several-process launcher, bench/pages/cluster-server.js).
 */
export async function startServer(options: { dbPath?: string; env?: Record<string, string>; nodeArgs?: string[]; script?: string } = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), "orbital-server-"));
  const dbPath = options.dbPath ?? join(dir, "orbital.db");
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
