/**
 * A task log's reading, validation and pseudonymizing, on a worker thread (decision 121).
 *
 * The import's transaction must stay on one connection on the thread that opened it, so the
 * inserts stay where they are; everything before them moves here and overlaps with them: the
 * CSV splitting, the row checks (the very same `readTable` and the spec `logReadSpecFrom` builds
 * for the import's thread, from the same roles and roster, read there and sent with the job; every
 * log format, mapping and date order included, so rows, line numbers, messages and notes are
 * identical), the employee HMAC and the task-text normalizing. This thread opens no database.
 * The web server's event loop is then left with the inserts, in short batches.
 *
 * Batches cross the thread boundary as columns: each distinct string (task, employee pseudonym,
 * date, tool, outcome) is sent once and rows refer to it by number in typed arrays, which are
 * transferred, not copied. At most `IN_FLIGHT` batches wait for the writer, so memory stays flat
 * however far the parser runs ahead.
 *
 * The worker runs this very module: `new Worker(import.meta.url)` (the source file under tsx,
 * the server bundle in production), and the module starts parsing when it finds its job in
 * `workerData`.
 */
import { createReadStream } from "node:fs";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { readTable, type FileFacts, type ImportIssue } from "../../importers";
import type { ColumnMapping } from "../../importers/headers";
import { emptyTrackerStats, type TrackerStats } from "../../importers/tracker-formats";
import { normalizeTaskText } from "../analyzer/normalize";
import { logReadSpecFrom, type LogReadPlan, type LogReadRefs } from "./log-read-spec.server";

const JOB_MARK = "orbital-log-parse";
/** Batches the parser may send before the writer has taken one (the credits it starts with). */
export const IN_FLIGHT = 3;
const WORKER_OLD_GENERATION_MB = 1024;
/** Distinct values remembered per column before both sides start afresh (memory bound). */
const MAX_DISTINCT = 200_000;
/** Rows read at a time on the parser thread; they are sent in batches of `batchSize` (5,000). */
const READ_ROWS = 256;

export interface LogParseJob {
  path: string;
  /** The workspace's roles and roster, read on the import's thread (this thread opens no database). */
  refs: LogReadRefs;
  workspace: { id: number; pseudonymKey: string };
  /** Decided on the import's thread (the date order found there), so both threads read alike. */
  plan: LogReadPlan;
  /** `--map`: Orbital field → the file's header. */
  mapping?: ColumnMapping;
  /** An Excel workbook's sheet. */
  sheet?: string;
  maxIssues?: number;
  batchSize?: number;
}

/** One batch of validated rows as columns; strings arrive once, in `fresh`, and are then referred to by index. */
export interface LogColumns {
  /** The receiver forgets every string it was sent before this batch. */
  reset: boolean;
  fresh: { tasks: [text: string, norm: string][]; employees: string[]; dates: string[]; tools: string[]; outcomes: string[] };
  count: number;
  role: Int32Array;
  employee: Int32Array;
  date: Int32Array;
  task: Int32Array;
  /** -1: none. */
  tool: Int32Array;
  outcome: Int32Array;
  minutes: Float64Array;
}

export interface LogProgress {
  rowsRead: number;
  bytesRead: number;
  issueCount: number;
}

type Message =
  | ({ type: "batch"; issues: ImportIssue[]; columns: LogColumns | null } & LogProgress)
  | ({ type: "done"; facts: FileFacts; stats: TrackerStats } & LogProgress)
  | { type: "error"; message: string; stack?: string }
  /** The parser has used every credit and waits for the writer (a test watches for it). */
  | { type: "stalled" };

/** A task's text and its normalized form, an employee's pseudonym, …: what a row's numbers stand for. */
export interface LogStrings {
  tasks: [text: string, norm: string][];
  employees: string[];
  dates: string[];
  tools: string[];
  outcomes: string[];
}

/**
 * Reads the file on a worker thread; yields each batch's issues and rows (none once a problem
 * was found: nothing will be written then), then returns the file's facts and counts.
 */
export async function* parseLogsInWorker(
  job: LogParseJob,
  watch: {
    /** Each time a batch arrives: how many now wait to be taken. */
    onQueued?(count: number): void;
    /** The parser has sent `IN_FLIGHT` batches not yet taken and waits. */
    onStalled?(): void;
  } = {},
): AsyncGenerator<
  { issues: ImportIssue[]; columns: LogColumns | null; progress: LogProgress },
  { facts: FileFacts; stats: TrackerStats; /** The most batches ever received and not yet taken: at most `IN_FLIGHT`. */ mostQueued: number } & LogProgress
> {
  const self = import.meta.url;
  // Heap sizes (decision 165, amending 121 and 161). Rows are read a few hundred at a time and
  // straight into columns, so little outlives the young generation; 32 MB of it lets a batch of
  // wide rows (a Toggl export allocates ~2 KB a row) die young: at 8 MB such a batch survived two
  // collections and 300 MB of it was promoted per million rows. The old-generation ceiling is
  // kept for what it does to V8's heap-growing factor (about 1.6 at 1 GB instead of 4: the heap
  // stays near its ~25 MB live size; 40–50 MB less peak memory): with this little promoted it now
  // costs a few percent, not the 25 % it cost in decision 161. It is no limit a parse comes near.
  const resourceLimits = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: WORKER_OLD_GENERATION_MB };
  // Under tsx (CLI, tests, benchmarks) this module is TypeScript: the worker registers tsx's loader first.
  const worker = self.endsWith(".ts")
    ? new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(self)}); });`, { eval: true, workerData: { [JOB_MARK]: job }, resourceLimits })
    : new Worker(new URL(self), { workerData: { [JOB_MARK]: job }, resourceLimits });
  const queue: Exclude<Message, { type: "stalled" }>[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let mostQueued = 0;
  worker.on("message", (message: Message) => {
    if (message.type === "stalled") return watch.onStalled?.();
    queue.push(message);
    if (message.type === "batch") {
      mostQueued = Math.max(mostQueued, queue.length);
      watch.onQueued?.(queue.length);
    }
    wake?.();
  });
  worker.on("error", (error) => {
    failure = error;
    wake?.();
  });
  worker.on("exit", (code) => {
    failure ??= code === 0 ? undefined : new Error(`the import's parser thread stopped (exit code ${code})`);
    wake?.();
  });
  try {
    for (;;) {
      while (!queue.length) {
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      const message = queue.shift()!;
      if (message.type === "error") throw Object.assign(new Error(message.message), { stack: message.stack });
      const progress = { rowsRead: message.rowsRead, bytesRead: message.bytesRead, issueCount: message.issueCount };
      if (message.type === "done") return { facts: message.facts, stats: message.stats, mostQueued, ...progress };
      worker.postMessage("next");
      yield { issues: message.issues, columns: message.columns, progress };
    }
  } finally {
    // Stops the parser when the caller gives up early (an exception while writing).
    await worker.terminate();
  }
}

/** Keeps the strings a batch refers to, across batches. */
export function createLogStrings(): { apply(columns: LogColumns): LogStrings } {
  let strings: LogStrings = { tasks: [], employees: [], dates: [], tools: [], outcomes: [] };
  return {
    apply(columns) {
      if (columns.reset) strings = { tasks: [], employees: [], dates: [], tools: [], outcomes: [] };
      const { fresh } = columns;
      for (const key of ["tasks", "employees", "dates", "tools", "outcomes"] as const) {
        const list = strings[key] as unknown[];
        for (const value of fresh[key]) list.push(value);
      }
      return strings;
    },
  };
}

/** Numbers for distinct strings, with the strings not yet sent. */
class Dictionary<T = string> {
  private readonly ids = new Map<string, number>();
  fresh: T[] = [];
  /** The previous key and its number: consecutive rows often share a person, a date. */
  private lastKey: string | undefined;
  private lastId = -1;
  get size() {
    return this.ids.size;
  }
  id(key: string, value: (flat: string) => T): number {
    if (key === this.lastKey) return this.lastId;
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ids.size;
      // The parser's cells are slices of whole file chunks: a slice kept as a key would keep
      // its chunk alive (the whole file, in the end). Keep a flat copy instead.
      const flat = Buffer.from(key, "utf8").toString("utf8");
      this.ids.set(flat, id);
      this.fresh.push(value(flat));
    }
    this.lastKey = key;
    this.lastId = id;
    return id;
  }
  take(): T[] {
    const fresh = this.fresh;
    this.fresh = [];
    return fresh;
  }
  clear() {
    this.ids.clear();
    this.fresh = [];
    this.lastKey = undefined;
  }
}

const same = (text: string) => text;

async function runWorker(job: LogParseJob): Promise<void> {
  const port = parentPort!;
  let credits = IN_FLIGHT;
  let waiting: (() => void) | undefined;
  port.on("message", () => {
    credits++;
    waiting?.();
  });
  const send = async (message: Message, transfer: ArrayBuffer[] = []) => {
    if (credits === 0) port.postMessage({ type: "stalled" } satisfies Message);
    while (credits === 0) {
      await new Promise<void>((resolve) => (waiting = resolve));
      waiting = undefined;
    }
    credits--;
    port.postMessage(message, transfer);
  };

  // The very spec the import's thread would build (roles, roster, pseudonym key, format, date
  // order), from the same data: its rows carry pseudonyms already.
  const stats = emptyTrackerStats();
  const spec = logReadSpecFrom(job.refs, job.workspace.pseudonymKey, job.plan, stats);
  // Rows are read a few hundred at a time and go straight into the columns: a row object that
  // lived until a whole batch was read outlived the young generation's collections and was
  // promoted, with the file text its cells point into (decision 165).
  const reader = readTable(createReadStream(job.path, { highWaterMark: 256 * 1024 }), spec, {
    maxIssues: job.maxIssues,
    batchSize: READ_ROWS,
    mapping: job.mapping,
    sheet: job.sheet,
  });
  const tasks = new Dictionary<[string, string]>();
  const employees = new Dictionary();
  const dates = new Dictionary();
  const tools = new Dictionary();
  const outcomes = new Dictionary();
  const all = [tasks, employees, dates, tools, outcomes];
  const progress = () => ({ rowsRead: reader.rowsRead, bytesRead: reader.bytesRead, issueCount: reader.issueCount });
  const batchSize = job.batchSize ?? 5000;

  const startColumns = (): LogColumns => {
    const reset = all.some((d) => d.size >= MAX_DISTINCT);
    if (reset) for (const d of all) d.clear();
    return {
      reset,
      fresh: { tasks: [], employees: [], dates: [], tools: [], outcomes: [] },
      count: 0,
      role: new Int32Array(batchSize),
      employee: new Int32Array(batchSize),
      date: new Int32Array(batchSize),
      task: new Int32Array(batchSize),
      tool: new Int32Array(batchSize),
      outcome: new Int32Array(batchSize),
      minutes: new Float64Array(batchSize),
    };
  };
  let columns = startColumns();
  let issues: ImportIssue[] = [];
  let rowsAtSend = 0;
  const flush = async () => {
    // After the first problem no row will be written: only problems still travel.
    if (reader.issueCount > 0) {
      await send({ type: "batch", issues, columns: null, ...progress() });
    } else {
      columns.fresh = { tasks: tasks.take(), employees: employees.take(), dates: dates.take(), tools: tools.take(), outcomes: outcomes.take() };
      const buffers = [columns.role, columns.employee, columns.date, columns.task, columns.tool, columns.outcome, columns.minutes].map((a) => a.buffer as ArrayBuffer);
      await send({ type: "batch", issues, columns, ...progress() }, buffers);
    }
    issues = [];
    rowsAtSend = reader.rowsRead;
    columns = startColumns();
  };

  for await (const batch of reader) {
    for (const found of batch.issues) issues.push(found);
    if (reader.issueCount === 0) {
      for (const row of batch.rows) {
        const c = columns;
        const i = c.count++;
        c.role[i] = row.roleId;
        c.employee[i] = employees.id(row.employeeId, same);
        c.date[i] = dates.id(row.date, same);
        c.task[i] = tasks.id(row.task, (task) => [task, normalizeTaskText(task) || task.toLowerCase()]);
        c.tool[i] = row.tool === null ? -1 : tools.id(row.tool, same);
        c.outcome[i] = row.outcome === null ? -1 : outcomes.id(row.outcome, same);
        c.minutes[i] = row.minutes;
        if (c.count === batchSize) await flush();
      }
    }
    if (reader.rowsRead - rowsAtSend >= batchSize) await flush();
  }
  await flush();
  credits = Infinity;
  port.postMessage({ type: "done", facts: reader.facts, stats, ...progress() } satisfies Message);
}

if (!isMainThread && workerData && typeof workerData === "object" && JOB_MARK in workerData) {
  runWorker((workerData as Record<string, LogParseJob>)[JOB_MARK]).catch((error: unknown) => {
    const e = error instanceof Error ? error : new Error(String(error));
    parentPort!.postMessage({ type: "error", message: e.message, stack: e.stack } satisfies Message);
  });
}
