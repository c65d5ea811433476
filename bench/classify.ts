/**
 * Distinct task texts classified per second: on one core (this thread), then on every core (this
 * thread and its helper threads, db/pipeline/classify-threads.ts, as the analysis and
 * `orbital classify` run it).
 *
 *   npm run bench:classify [-- [--first-batched] FILE.csv …]   (default: both files in shared/reference/ beside the checkout)
 *
 * Start-up first: loading the fitted model file (fitted-model.json, parsed and schema-checked) and
 * compiling it into the scorer's lemma index, then the whole classifier module (wink-nlp's model
 * included), each timed on its own.
 * Every round appends a different suffix to each text, so every text is new to the classifier
 * and no cache of results can help. Two figures:
 * - the first pass: the texts' words are new to wink-nlp (it adds each unknown word to its
 *   vocabulary once per process) and the JIT is cold, the cost of a process's first texts;
 * - steady state: further rounds until about five seconds of work are done, the throughput of
 *   a long import or a running server, which is the figure the goal (20,000/s) is about;
 *   one text at a time (classifyTask), then the whole round at once (classifyTasks, which
 *   reads the texts in batches through wink-nlp, as the analysis pipeline does), about five
 *   seconds each. The first pass is one text at a time, or batched with --first-batched (a
 *   process has only one first pass).
 * Then the batched rounds on every core (classifyTasksOnThreads, helpers started first, their
 * own first pass, about two seconds of rounds, printed apart as this thread's is),
 * and six more rounds alternating one thread and every core, whose wall-clock ratio is the
 * figure that compares across runs (ORBITAL_CLASSIFY_THREADS sets the thread count).
 * For scale, it also times wink-nlp alone on the same texts (tokens, tags, lemmas, as the parser
 * asks for them), one document per text and one per 64 texts: the classifier cannot be faster
 * than that.
 * Wall clock and CPU time are both printed: on a shared machine the wall clock counts time
 * other processes held the core, CPU time only ours. Prints figures; asserts nothing.
 */
import { existsSync } from "node:fs";
import { loadavg } from "node:os";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { REFERENCE_DIR } from "../scripts/lib/fitted-output";
import { readLabelledFile } from "../scripts/lib/read-labelled";

// Start-up, timed before anything else of the classifier is loaded. CPU time, not wall clock:
// on a shared machine the wall clock of a few hundred milliseconds is mostly other processes.
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const startupAt = cpuMs();
const { compileModel } = await import("../app/analyzer/classify/feature-scorer");
const modelAt = cpuMs();
const { FITTED_MODEL } = await import("../app/analyzer/classify/fitted-model");
const modelLoadedAt = cpuMs();
compileModel(FITTED_MODEL.specialized.bias, FITTED_MODEL.specialized.weights);
const compiledAt = cpuMs();
const { classifyTask, classifyTasks } = await import("../app/analyzer/classify/index");
const startup =
  `start-up, CPU time: model file read and checked ${(modelLoadedAt - modelAt).toFixed(0)} ms, compiled ${(compiledAt - modelLoadedAt).toFixed(0)} ms; ` +
  `whole classifier (wink-nlp included) ${(cpuMs() - startupAt).toFixed(0)} ms\n`;

const DEFAULT_FILES = REFERENCE_DIR ? ["dev_gptsgpts.csv", "dev_workbank.csv"].map((f) => REFERENCE_DIR + f) : [];
const TARGET_MS = 5_000;
/** Rounds on every core before its steady state is timed: the helpers' first pass. */
const HELPER_WARM_MS = 2_000;
const SUFFIXES = ["daily", "weekly", "monthly", "quarterly", "annually", "as needed", "on request", "each shift"];

const args = process.argv.slice(2);
const firstBatched = args.includes("--first-batched");
const fileArgs = args.filter((a) => a !== "--first-batched");
const files = fileArgs.length > 0 ? fileArgs : DEFAULT_FILES.filter(existsSync);
if (files.length === 0) {
  process.stderr.write("no task files: pass CSV files with a 'task' column\n");
  process.exit(2);
}
const texts = files.flatMap((f) => readLabelledFile(f, ["task"]).rows.map((r) => r.task ?? ""));
const distinctBase = new Set(texts).size;

interface Timing {
  texts: number;
  wallSeconds: number;
  cpuSeconds: number;
}

function timed(run: () => number): Timing {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const done = run();
  const cpu = process.cpuUsage(cpuStart);
  return { texts: done, wallSeconds: (performance.now() - start) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const round = (rep: number) => {
  const suffix = ` ${SUFFIXES[rep % SUFFIXES.length]} (round ${rep})`;
  for (const text of texts) classifyTask(text + suffix);
  return texts.length;
};

const roundBatched = (rep: number) => {
  const suffix = ` ${SUFFIXES[rep % SUFFIXES.length]} (round ${rep})`;
  classifyTasks(texts.map((text) => text + suffix));
  return texts.length;
};

const first = timed(() => (firstBatched ? roundBatched(0) : round(0)));
let rep = 1;

/** Rounds until `ms` (TARGET_MS) have passed; the fastest round is the nearest this machine gets to an uncontended core while others run. */
function steadyState(run: (rep: number) => number, ms = TARGET_MS): { total: Timing; rounds: number; fastest: Timing } {
  let fastest: Timing | null = null;
  let rounds = 0;
  const total = timed(() => {
    let done = 0;
    const start = performance.now();
    while (performance.now() - start < ms) {
      const one = timed(() => run(rep++));
      if (fastest === null || one.cpuSeconds < fastest.cpuSeconds) fastest = one;
      done += one.texts;
      rounds++;
    }
    return done;
  });
  return { total, rounds, fastest: fastest! };
}
const steady = steadyState(round);
const steadyBatched = steadyState(roundBatched);

const { classifyTasksOnThreads, classifyThreadCount, startClassifyThreads, stopClassifyThreads } = await import("../db/pipeline/classify-threads");
const helpers = await startClassifyThreads();
const roundThreads = (rep: number) => {
  const suffix = ` ${SUFFIXES[rep % SUFFIXES.length]} (round ${rep})`;
  classifyTasksOnThreads(texts.map((text) => text + suffix));
  return texts.length;
};
// The helpers' own first pass: this thread has read the texts for ten seconds by now, a helper
// not at all. Their first rounds (cold JIT, new words) are printed apart, as this thread's are;
// in a server the helpers start once and stay (db/pipeline/classify-threads.ts).
const helpersWarming = steadyState(roundThreads, HELPER_WARM_MS);
const steadyThreads = steadyState(roundThreads);
// Alternating, so a change in the machine's load falls on both alike.
const alternating = { one: 0, every: 0 };
for (let i = 0; i < 6; i++) {
  alternating.one += timed(() => roundBatched(rep++)).wallSeconds;
  alternating.every += timed(() => roundThreads(rep++)).wallSeconds;
}
await stopClassifyThreads();

// wink-nlp alone, warmed up the same way, for the ceiling.
const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;
const winkRead = (input: string) => {
  const tokens = nlp.readDoc(input).tokens();
  tokens.out(its.pos);
  tokens.out(its.lemma as unknown as typeof its.pos);
  tokens.out(its.value);
};
const winkRound = (rep: number) => {
  const suffix = ` ${SUFFIXES[rep % SUFFIXES.length]} (round ${rep})`;
  for (const text of texts) winkRead("They " + text + suffix);
  return texts.length;
};
const winkRoundBatched = (rep: number) => {
  const suffix = ` ${SUFFIXES[rep % SUFFIXES.length]} (round ${rep})`;
  for (let i = 0; i < texts.length; i += 64) winkRead(texts.slice(i, i + 64).map((text) => "They " + text + suffix).join("\n"));
  return texts.length;
};
winkRound(rep++);
const winkAlone = timed(() => winkRound(rep++) + winkRound(rep++));
const winkAloneBatched = timed(() => winkRoundBatched(rep++) + winkRoundBatched(rep++));

const perCpuSecond = (t: Timing) => t.texts / t.cpuSeconds;
// Ratios, not absolute rates, are what compare across runs on a shared machine.
const ratio = (ours: Timing, ceiling: Timing) => `${(perCpuSecond(ours) / perCpuSecond(ceiling)).toFixed(2)}×`;
const rate = (t: Timing) =>
  `${Math.round(t.texts / t.wallSeconds)} texts/s wall clock (${t.wallSeconds.toFixed(2)} s), ` +
  `${Math.round(perCpuSecond(t))} texts per CPU-second (${t.cpuSeconds.toFixed(2)} s of CPU)`;
process.stdout.write(
  startup +
    `${files.length} file(s), ${texts.length} texts (${distinctBase} distinct), each round with a distinct suffix\n` +
    `first pass, new words and a cold JIT, ${firstBatched ? "batched" : "one text at a time"}: ${rate(first)}\n` +
    `steady state, one text at a time (classifyTask), ${steady.total.texts} distinct texts in ${steady.rounds} rounds: ${rate(steady.total)}\n` +
    `  its fastest round: ${rate(steady.fastest)}\n` +
    `steady state, batched (classifyTasks), ${steadyBatched.total.texts} distinct texts in ${steadyBatched.rounds} rounds: ${rate(steadyBatched.total)}\n` +
    `  its fastest round: ${rate(steadyBatched.fastest)}\n` +
    `every core, the helpers' first pass (cold JIT and new words on the helper${helpers === 1 ? "" : "s"}), ${helpersWarming.total.texts} distinct texts in ${helpersWarming.rounds} rounds: ${rate(helpersWarming.total)}\n` +
    `every core, batched (classifyTasksOnThreads, ${classifyThreadCount()} threads: this one and ${helpers} helper${helpers === 1 ? "" : "s"}), steady state, ${steadyThreads.total.texts} distinct texts in ${steadyThreads.rounds} rounds: ${rate(steadyThreads.total)}\n` +
    `  its fastest round: ${rate(steadyThreads.fastest)}\n` +
    `  alternating with one thread, 6 rounds each: ${(alternating.one / alternating.every).toFixed(2)}× one thread's wall-clock rate ` +
    `(${Math.round((6 * texts.length) / alternating.every)} vs ${Math.round((6 * texts.length) / alternating.one)} texts/s)\n` +
    `wink-nlp alone on the same texts, steady state (the ceiling), one document per text: ${rate(winkAlone)}\n` +
    `  one document per 64 texts: ${rate(winkAloneBatched)}\n` +
    `ratio to that ceiling, per CPU-second: one at a time ${ratio(steady.total, winkAlone)}, batched ${ratio(steadyBatched.total, winkAloneBatched)} ` +
    `(the 20,000/s goal is ${(20_000 / perCpuSecond(winkAloneBatched)).toFixed(2)}× the parser's own rate on this machine)\n` +
    `load average at the end: ${loadavg()[0].toFixed(2)} on this machine (figures are noisy when it is busy)\n`,
);
