/**
 * Named points where a test can stop an Orbital process, to prove what survives a crash there
 * (test/integration/import-faults.test.ts). Off unless ORBITAL_FAULT_AT names the point:
 *
 * - `ORBITAL_FAULT_AT=import.after-commit` prints `orbital-fault: paused at import.after-commit`
 *   on stderr and blocks right there, holding whatever locks the process holds, until the test
 *   kills it (SIGKILL) or creates the file named by ORBITAL_FAULT_RESUME;
 * - `ORBITAL_FAULT_AT=import.after-commit:kill` kills the process there with SIGKILL itself;
 * - `ORBITAL_FAULT_AT=classify.helper-chunk:exit` ends the thread there (on a worker thread, only
 *   that thread: a classifying helper that dies in the middle of a job).
 *
 * The pause is synchronous on purpose: some points sit inside synchronous work (the analysis
 * transaction), where nothing may run in between, exactly as in a real crash.
 */
import { existsSync } from "node:fs";

export type FaultPoint =
  | "import.before-commit"
  | "import.after-commit"
  | "analysis.before-commit"
  | "upload.receiving"
  | "restore.staged"
  | "classify.helper-chunk";

export function faultPoint(name: FaultPoint): void {
  const at = process.env.ORBITAL_FAULT_AT;
  if (!at || !at.startsWith(name) || (at.length > name.length && at[name.length] !== ":")) return;
  if (at === `${name}:kill`) process.kill(process.pid, "SIGKILL");
  if (at === `${name}:exit`) process.exit(1);
  // stderr is synchronous for files and pipes on Linux: the line is out before the pause.
  process.stderr.write(`orbital-fault: paused at ${name}\n`);
  const resume = process.env.ORBITAL_FAULT_RESUME;
  const cell = new Int32Array(new SharedArrayBuffer(4));
  while (!resume || !existsSync(resume)) Atomics.wait(cell, 0, 0, 20);
}
