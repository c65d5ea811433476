/**
 * Distinct task texts classified per second, on one core (this process, no workers).
 *
 *   npm run bench:classify [-- FILE.csv …]   (default: both files in shared/reference/ beside the checkout)
 *
 * Every repetition appends a different token to each text, so every text is new to the
 * classifier and no cache can help; it runs until about five seconds of work are done.
 * Prints figures; asserts nothing (timings depend on the machine and its load).
 */
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import { classifyTask } from "../app/analyzer/classify/index";
import { readLabelledFile } from "../scripts/lib/read-labelled";

// shared/ sits beside the checkout (../shared); a worktree sits one level deeper.
const REFERENCE_DIR = ["../../shared/reference/", "../../../shared/reference/"]
  .map((p) => new URL(p, import.meta.url).pathname)
  .find((dir) => existsSync(dir));
const DEFAULT_FILES = REFERENCE_DIR ? ["dev_gptsgpts.csv", "dev_workbank.csv"].map((f) => REFERENCE_DIR + f) : [];
const TARGET_MS = 5_000;
const SUFFIXES = ["daily", "weekly", "monthly", "quarterly", "annually", "as needed", "on request", "each shift"];

const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_FILES.filter(existsSync);
if (files.length === 0) {
  process.stderr.write("no task files: pass CSV files with a 'task' column\n");
  process.exit(2);
}
const texts = files.flatMap((f) => readLabelledFile(f, ["task"]).rows.map((r) => r.task ?? ""));
const distinctBase = new Set(texts).size;

// Warm-up: load the model and let the JIT settle before timing.
for (let i = 0; i < Math.min(500, texts.length); i++) classifyTask(texts[i] + " warm-up");

let done = 0;
let rep = 0;
const start = performance.now();
const cpuStart = process.cpuUsage();
while (performance.now() - start < TARGET_MS) {
  const suffix = ` ${SUFFIXES[rep % SUFFIXES.length]} (round ${rep})`;
  for (const text of texts) classifyTask(text + suffix);
  done += texts.length;
  rep++;
}
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
// On a shared machine the wall clock counts time other processes held the core; CPU time
// counts only ours, so texts per CPU-second is the closer figure for "one core".
process.stdout.write(
  `${files.length} file(s), ${texts.length} texts (${distinctBase} distinct) × ${rep} repetitions with a distinct suffix\n` +
    `${done} distinct texts: ${Math.round(done / seconds)} texts/s wall clock (${seconds.toFixed(2)} s), ` +
    `${Math.round(done / cpuSeconds)} texts per CPU-second (${cpuSeconds.toFixed(2)} s of CPU)\n` +
    `load average at the end: ${loadavg()[0].toFixed(2)} on this machine (figures are noisy when it is busy)\n`,
);
