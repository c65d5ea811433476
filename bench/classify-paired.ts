/**
 * Is the classifier in this working tree faster or slower than at another commit? Paired, so the
 * answer survives a shared host whose speed moves by 1.3× within minutes (decision 220):
 *
 *   npm run bench:classify-paired -- [REF] [ROUNDS]   (default HEAD and 24 rounds)
 *
 * The classifier of REF (its app/ folder, taken with `git archive`) and the working tree's are
 * each bundled with esbuild into one file, and one process loads both and classifies the same
 * texts with each in turn, round after round (each round a new suffix, so every text is new to
 * both), timing CPU seconds. V8 runs whichever version was loaded first about 3 % faster, so the
 * run is made twice, in both orders, each in a fresh process. Prints each order's texts per
 * CPU-second and the median of the paired ratios, then their geometric mean: above 1 the working
 * tree is faster. Texts: the two reference files beside the checkout when present, else every
 * labelled timesheet line in fixtures/. Prints figures; asserts nothing.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "esbuild";
import { REFERENCE_DIR } from "../scripts/lib/fitted-output";
import { readLabelledFile } from "../scripts/lib/read-labelled";
import { percentile } from "./pages/percentiles";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SELF = fileURLToPath(import.meta.url);
/** Inside node_modules, so the bundles find the packages they leave out (wink-nlp and the rest). */
const WORK = join(ROOT, "node_modules", ".cache", "orbital-classify-paired");

type Classify = (texts: readonly string[]) => unknown[];

function benchTexts(): string[] {
  const reference = REFERENCE_DIR ? ["dev_gptsgpts.csv", "dev_workbank.csv"].map((f) => REFERENCE_DIR + f).filter(existsSync) : [];
  const files =
    reference.length > 0
      ? reference
      : readdirSync(join(ROOT, "fixtures", "timesheets"))
          .filter((f) => f.endsWith(".csv"))
          .map((f) => join(ROOT, "fixtures", "timesheets", f));
  return [...new Set(files.flatMap((f) => readLabelledFile(f, ["task"]).rows.map((r) => r.task ?? "")))];
}

/** One process: both bundles loaded in the given order, rounds alternating; prints JSON. */
async function child(first: string, second: string, rounds: number): Promise<void> {
  const a = (await import(pathToFileURL(first).href)) as { classifyTasks: Classify };
  const b = (await import(pathToFileURL(second).href)) as { classifyTasks: Classify };
  const texts = benchTexts();
  const cpu = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  };
  const timedRound = (classify: Classify, suffix: string) => {
    const input = texts.map((t) => `${t} ${suffix}`);
    const start = cpu();
    classify(input);
    return cpu() - start;
  };
  // Warm-up: the JIT and wink-nlp's vocabulary, for both.
  for (let r = 0; r < 3; r++) {
    timedRound(a.classifyTasks, `warm a${r}`);
    timedRound(b.classifyTasks, `warm b${r}`);
  }
  const firstTimes: number[] = [];
  const secondTimes: number[] = [];
  for (let r = 0; r < rounds; r++) {
    // Which goes first within a round alternates too.
    if (r % 2 === 0) {
      firstTimes.push(timedRound(a.classifyTasks, `round ${r} a`));
      secondTimes.push(timedRound(b.classifyTasks, `round ${r} b`));
    } else {
      secondTimes.push(timedRound(b.classifyTasks, `round ${r} b`));
      firstTimes.push(timedRound(a.classifyTasks, `round ${r} a`));
    }
  }
  process.stdout.write(JSON.stringify({ texts: texts.length, first: firstTimes, second: secondTimes }));
}

/** The pages benchmark's nearest-rank median: a figure that was measured. */
const median = (xs: readonly number[]) => percentile([...xs].sort((p, q) => p - q), 50)!;

async function bundle(tree: string, outfile: string): Promise<void> {
  await build({
    stdin: { contents: `export { classifyTasks } from "./app/analyzer/classify/index.ts";`, resolveDir: tree, loader: "ts" },
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile,
    logLevel: "warning",
  });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--child") return child(args[1], args[2], Number(args[3]));
  const ref = args[0] ?? "HEAD";
  const rounds = Number(args[1] ?? 24);
  if (!Number.isInteger(rounds) || rounds < 2) throw new Error(`rounds: expected a whole number of at least 2, found ${JSON.stringify(args[1])}`);
  const commit = execFileSync("git", ["rev-parse", "--verify", `${ref}^{commit}`], { cwd: ROOT, encoding: "utf8" }).trim();

  rmSync(WORK, { recursive: true, force: true });
  const then = join(WORK, "then");
  mkdirSync(then, { recursive: true });
  execFileSync("sh", ["-c", `git archive --format=tar ${commit} app | tar -x -C "${then}"`], { cwd: ROOT });
  const nowFile = join(WORK, "now.mjs");
  const thenFile = join(WORK, "then.mjs");
  await bundle(ROOT, nowFile);
  await bundle(then, thenFile);

  const runChild = (first: string, second: string) => {
    const run = spawnSync(process.execPath, [...process.execArgv, SELF, "--child", first, second, String(rounds)], { encoding: "utf8", maxBuffer: 1 << 24 });
    if (run.status !== 0) throw new Error(`the paired run failed:\n${run.stderr}`);
    return JSON.parse(run.stdout) as { texts: number; first: number[]; second: number[] };
  };
  const lines: string[] = [];
  const ratios: number[] = [];
  for (const [label, first, second] of [
    ["working tree loaded first", nowFile, thenFile],
    [`${ref} loaded first`, thenFile, nowFile],
  ] as const) {
    const r = runChild(first, second);
    const now = first === nowFile ? r.first : r.second;
    const before = first === nowFile ? r.second : r.first;
    // Paired round by round: the working tree's speed over REF's (CPU seconds of REF ÷ of the working tree).
    const ratio = median(now.map((t, i) => before[i] / t));
    ratios.push(ratio);
    lines.push(
      `${label}: working tree ${Math.round(r.texts / median(now))}, ${ref} ${Math.round(r.texts / median(before))} texts per CPU-second (medians of ${rounds} rounds); ` +
        `paired ratio ${ratio.toFixed(3)}`,
    );
  }
  rmSync(WORK, { recursive: true, force: true });
  process.stdout.write(
    `${lines.join("\n")}\n` +
      `working tree ÷ ${ref} (${commit.slice(0, 7)}), texts per CPU-second, geometric mean of both orders: ${Math.sqrt(ratios[0] * ratios[1]).toFixed(3)}× ` +
      `(above 1: the working tree is faster)\n`,
  );
}

try {
  await main();
} catch (error) {
  process.stderr.write(`bench:classify-paired: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
