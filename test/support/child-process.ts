/**
 * A child process whose output a test can wait on: `waitFor(/pattern/)` resolves when the
 * pattern appears (an event, never a timer), and rejects if the process ends first.
 * Used with the fault points of app/faults/fault-points.server.ts.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { resolve } from "node:path";

const ROOT = resolve(import.meta.dirname, "../..");

export interface WatchedProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  waitFor(pattern: RegExp): Promise<void>;
  /** Exit code (null when killed) and signal. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  kill(): Promise<void>;
}

export function watch(child: ChildProcess): WatchedProcess {
  let stdout = "";
  let stderr = "";
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  child.stdout?.on("data", (chunk) => ((stdout += chunk), notify()));
  child.stderr?.on("data", (chunk) => ((stderr += chunk), notify()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.once("exit", (code, signal) => {
      done({ code, signal });
      notify();
    }),
  );
  let ended = false;
  void exited.then(() => (ended = true));
  return {
    child,
    stdout: () => stdout,
    stderr: () => stderr,
    exited,
    waitFor(pattern) {
      return new Promise((ok, fail) => {
        const check = () => {
          if (pattern.test(stdout) || pattern.test(stderr)) {
            listeners.delete(check);
            ok();
          } else if (ended || child.exitCode !== null || child.signalCode !== null) {
            listeners.delete(check);
            fail(new Error(`process ended before ${pattern}:\nstdout: ${stdout}\nstderr: ${stderr}`));
          }
        };
        listeners.add(check);
        check();
      });
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
    },
  };
}

/** `orbital ARGS…` through the real bin/orbital.js in a child process. */
export function spawnOrbital(args: string[], env: Record<string, string> = {}): WatchedProcess {
  return watch(
    spawn(process.execPath, [resolve(ROOT, "bin/orbital.js"), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
}
