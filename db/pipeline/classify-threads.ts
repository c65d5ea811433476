/**
 * Classifies many texts on every core of the machine and still returns synchronously
 * (decision 182), so the analysis can stay one transaction on one connection.
 *
 * The classifier is pure and each text is read on its own, so the work splits freely. The
 * calling thread keeps classifying too; helper threads (one per further core, at most three)
 * take chunks of the same job from a shared counter. Whoever asks first gets the next chunk,
 * so a helper still starting up (loading wink-nlp's model takes a moment) or slowed down by
 * another process simply takes fewer. The caller takes the helpers' answers off the channel
 * between its own chunks without going back to the event loop (receiveMessageOnPort), and at
 * the end blocks (Atomics.wait) only for chunks a helper is still reading.
 *
 * Results are the same objects, field for field, as `classifyTasks` on one thread: the same
 * code reads each text, and results cross as JSON text (classify-threads.test.ts holds the
 * equality). JSON, not the structured clone postMessage gives objects: the calling thread reads
 * the helpers' results while it has its own share to classify, and JSON.parse took about 60 %
 * of the clone's time (a classification is plain strings and finite numbers, so nothing is
 * lost; decision 220). A helper that fails or stops answering is dropped and its chunks are
 * read on the calling thread: threads can make the analysis faster, never different or stuck.
 *
 * The helper runs this very module, like the import's workers (decision 121): the source file
 * under tsx, the server bundle in production.
 */
import { availableParallelism } from "node:os";
import { isMainThread, MessageChannel, parentPort, receiveMessageOnPort, Worker, workerData, type MessagePort } from "node:worker_threads";
import { classifyTasks } from "../../app/analyzer/classify";
import type { Classification } from "../../app/analyzer/taxonomy";
import { faultPoint } from "../../app/faults/fault-points.server";

const HELPER_MARK = "orbital-classify-helper";
/** Texts per claim: wink-nlp's batch (parse.ts), small enough that no thread waits long at the end. */
const CHUNK_TEXTS = 64;
/** Below this, handing chunks over costs more than it saves: the calling thread reads them alone. */
export const MIN_TEXTS_FOR_THREADS = 512;
/**
 * Helpers start only for work this large (texts in the call, or the whole job's when the caller
 * says): a helper is ready after about 0.5 s under tsx and 0.7–1.5 s from the server bundle, and
 * till then the calling thread reads alone, so a smaller job would only pay for the start.
 */
export const START_TEXTS = 20_000;
const MAX_HELPERS = 3;
/**
 * A chunk takes milliseconds; a helper this late is stuck or gone, and its chunk is read here.
 * `ORBITAL_CLASSIFY_HELPER_TIMEOUT_MS` shortens it (the test of a helper that dies).
 */
const helperTimeoutMs = () => Number(process.env.ORBITAL_CLASSIFY_HELPER_TIMEOUT_MS) || 30_000;
/**
 * A helper only takes what is spare: on Linux a thread's nice value is its own, so this lowers the
 * helper alone, and the thread that serves pages (and the one that asked) win when cores are short.
 */
const HELPER_NICE = 10;

// Layout of a job's shared Int32Array: the next chunk to claim, then one status per chunk.
const NEXT = 0;
const FIRST_STATUS = 1;
const PENDING = 0;
const ANSWERED = 1;

interface Job {
  id: number;
  texts: readonly string[];
  state: Int32Array;
}

/**
 * `results` is the chunk's Classification[] as JSON, so a classification must stay what JSON
 * carries unchanged (strings, finite numbers, arrays, plain objects): classify-threads.test.ts
 * compares the threaded results with one thread's on the fixture texts.
 */
type Answer = { job: number; chunk: number; results: string } | { job: number; chunk: number; error: string };

interface Helper {
  worker: Worker;
  port: MessagePort;
  /** Resolves when the helper has loaded the classifier and takes chunks. */
  ready: Promise<void>;
}

/** What one call did, for tests and the benchmark. */
export interface ThreadsReport {
  /** Helper threads the call offered its chunks to. */
  helpers: number;
  chunks: number;
  /** Chunks a helper read (the rest were read on the calling thread). */
  helperChunks: number;
}

let helpers: Helper[] | null = null;
let jobs = 0;

/**
 * How many threads classify: `ORBITAL_CLASSIFY_THREADS` when set (1 turns helpers off),
 * otherwise one per core, at most four.
 */
export function classifyThreadCount(): number {
  const set = Number(process.env.ORBITAL_CLASSIFY_THREADS);
  if (Number.isInteger(set) && set >= 1) return Math.min(set, MAX_HELPERS + 1);
  return Math.min(availableParallelism(), MAX_HELPERS + 1);
}

function startHelpers(count: number): Helper[] {
  const self = import.meta.url;
  const started: Helper[] = [];
  for (let i = 0; i < count; i++) {
    const { port1, port2 } = new MessageChannel();
    const options = { workerData: { [HELPER_MARK]: port2 }, transferList: [port2] };
    // Its priority is lowered before anything loads (loading the classifier is work too); under
    // tsx (CLI, tests, benchmarks) this module is TypeScript and tsx's loader is registered first.
    const load = self.endsWith(".ts")
      ? `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(self)}); })`
      : `import(${JSON.stringify(self)})`;
    const worker = new Worker(`import("node:os").then((os) => { try { os.setPriority(0, ${HELPER_NICE}); } catch {} return ${load}; });`, {
      eval: true,
      ...options,
    });
    // A helper never keeps the process alive, and a failing one is only dropped.
    worker.unref();
    const ready = new Promise<void>((resolve) => {
      worker.once("message", () => resolve());
      worker.once("exit", () => resolve());
    });
    worker.on("error", () => dropHelper(worker));
    worker.on("exit", () => dropHelper(worker));
    started.push({ worker, port: port1, ready });
  }
  return started;
}

function dropHelper(worker: Worker): void {
  if (helpers === null) return;
  const left = helpers.filter((h) => h.worker !== worker);
  if (left.length === helpers.length) return;
  helpers = left;
  void worker.terminate();
}

/**
 * Starts the helpers now rather than at the first large call, and resolves with how many are
 * ready (the benchmark and tests measure warm threads; nothing else needs to wait).
 */
export async function startClassifyThreads(): Promise<number> {
  const threads = classifyThreadCount();
  if (threads <= 1) return 0;
  helpers ??= startHelpers(threads - 1);
  await Promise.all(helpers.map((h) => h.ready));
  return helpers.length;
}

/** Stops the helper threads (tests; a process that ends needs no call). */
export async function stopClassifyThreads(): Promise<void> {
  const stopping = helpers ?? [];
  helpers = null;
  await Promise.all(stopping.map((h) => h.worker.terminate()));
}

export interface ThreadsOptions {
  /** Texts of the whole job this call is part of (a file, an analysis): large jobs start the helpers. */
  total?: number;
  report?: ThreadsReport;
}

/**
 * `classifyTasks` on every core: the same results, in order. Small calls and small jobs, and a
 * machine with one core, stay on the calling thread.
 */
export function classifyTasksOnThreads(texts: readonly string[], options: ThreadsOptions = {}): Classification[] {
  const { report } = options;
  const threads = classifyThreadCount();
  if (threads > 1 && Math.max(texts.length, options.total ?? 0) >= START_TEXTS) helpers ??= startHelpers(threads - 1);
  if (threads <= 1 || texts.length < MIN_TEXTS_FOR_THREADS || helpers === null || helpers.length === 0) {
    if (report) Object.assign(report, { helpers: 0, chunks: 0, helperChunks: 0 });
    return classifyTasks(texts);
  }

  const chunks = Math.ceil(texts.length / CHUNK_TEXTS);
  const job: Job = { id: ++jobs, texts, state: new Int32Array(new SharedArrayBuffer((FIRST_STATUS + chunks) * 4)) };
  const working = helpers;
  for (const h of working) h.port.postMessage({ id: job.id, texts: job.texts, state: job.state });

  const results: Classification[] = new Array(texts.length);
  const mine = new Uint8Array(chunks);
  const answered = new Uint8Array(chunks);
  for (let chunk = Atomics.add(job.state, NEXT, 1); chunk < chunks; chunk = Atomics.add(job.state, NEXT, 1)) {
    mine[chunk] = 1;
    readChunk(texts, chunk, results);
    // The helpers' answers so far are read between chunks, not all at the end, where reading
    // them was time the helpers sat idle (about a twentieth of the call).
    takeAnswers(working, job.id, results, answered);
  }
  const timeout = helperTimeoutMs();
  for (let chunk = 0; chunk < chunks; chunk++) {
    if (mine[chunk] === 1) continue;
    const status = FIRST_STATUS + chunk;
    if (Atomics.wait(job.state, status, PENDING, timeout) === "timed-out" && Atomics.load(job.state, status) === PENDING) {
      // Stuck or gone (a blocked thread hears no "exit"): never ask them again, wait no longer;
      // whatever they send later belongs to a finished job.
      for (const h of working) dropHelper(h.worker);
      break;
    }
  }
  // Every answered chunk's message is already queued: a helper posts before it marks the chunk.
  takeAnswers(working, job.id, results, answered);
  // A chunk a helper failed on or never answered is read here (an error would then show here, as on one thread).
  let helperChunks = 0;
  for (let chunk = 0; chunk < chunks; chunk++) {
    if (answered[chunk] === 1) helperChunks++;
    else if (mine[chunk] === 0) readChunk(texts, chunk, results);
  }
  if (report) Object.assign(report, { helpers: working.length, chunks, helperChunks });
  return results;
}

/** The helpers' queued answers to this job, into `results`; `answered` marks their chunks. */
function takeAnswers(working: readonly Helper[], job: number, results: Classification[], answered: Uint8Array): void {
  for (const h of working) {
    for (let m = receiveMessageOnPort(h.port); m !== undefined; m = receiveMessageOnPort(h.port)) {
      const answer = m.message as Answer;
      if (answer.job !== job || !("results" in answer)) continue;
      const from = answer.chunk * CHUNK_TEXTS;
      const read = JSON.parse(answer.results) as Classification[];
      for (let i = 0; i < read.length; i++) results[from + i] = read[i];
      answered[answer.chunk] = 1;
    }
  }
}

function readChunk(texts: readonly string[], chunk: number, into: Classification[]): void {
  const from = chunk * CHUNK_TEXTS;
  const read = classifyTasks(texts.slice(from, from + CHUNK_TEXTS));
  for (let i = 0; i < read.length; i++) into[from + i] = read[i];
}

/** The helper's side: claim chunks of each job until none is left, answering each. */
function serve(port: MessagePort): void {
  port.on("message", (job: Job) => {
    const chunks = Math.ceil(job.texts.length / CHUNK_TEXTS);
    for (let chunk = Atomics.add(job.state, NEXT, 1); chunk < chunks; chunk = Atomics.add(job.state, NEXT, 1)) {
      const from = chunk * CHUNK_TEXTS;
      faultPoint("classify.helper-chunk");
      let answer: Answer;
      try {
        answer = { job: job.id, chunk, results: JSON.stringify(classifyTasks(job.texts.slice(from, from + CHUNK_TEXTS))) };
      } catch (error) {
        answer = { job: job.id, chunk, error: error instanceof Error ? error.message : String(error) };
      }
      port.postMessage(answer);
      Atomics.store(job.state, FIRST_STATUS + chunk, ANSWERED);
      Atomics.notify(job.state, FIRST_STATUS + chunk);
    }
  });
  parentPort?.postMessage("ready");
}

if (!isMainThread && workerData && typeof workerData === "object" && HELPER_MARK in workerData) {
  serve((workerData as Record<string, MessagePort>)[HELPER_MARK]);
}
