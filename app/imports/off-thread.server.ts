/**
 * The web server's heavy database work, on a worker thread with its own connection (decision 115).
 *
 * better-sqlite3 is synchronous: while an import inserts a batch, or the analysis after it
 * classifies and rolls up a million rows (~2.5 s idle, 13 s on a loaded machine), the thread
 * that runs it answers nobody. The web server's thread must keep answering pages, so the
 * Import page's check (`previewFile`), the import itself (`importFile`, analysis included) and
 * an analysis a crash left pending run here instead, each on a thread of its own with its own
 * connection to the same file. WAL lets the server's connection keep reading the last committed
 * state meanwhile; the transaction, the lock and the pending mark work as for the CLI, which is
 * another connection too (decisions 110, 111). The CLI keeps running them in its own thread:
 * it has nothing else to do.
 *
 * The worker runs this very module, like the log parser (decision 121): the source file under
 * tsx, the server bundle in production, starting when it finds its job in `workerData`. Inputs
 * and results are plain data (a file path instead of a stream), cloned across.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { openDatabase } from "../../db/connection";
import type { Workspace } from "../../db/queries/workspaces";
import { DatabaseBusy, isBusyError } from "../../db/write-lock";
import { finishPendingAnalysis } from "../analysis-pending.server";
import { importFile } from "./import-file.server";
import { withImportLock } from "./import-lock.server";
import { previewFile } from "./preview-file.server";
import type { ReadChoices } from "./read-setup.server";
import { fileSource } from "./source.server";
import type { FilePreview, ImportKind, ImportOutcome } from "./types";

const JOB_MARK = "orbital-off-thread";

interface FileJob {
  dbPath: string;
  workspace: Workspace;
  kind: ImportKind;
  path: string;
  fileName: string;
  choices?: ReadChoices;
}

export interface ImportJob extends FileJob {
  replace?: boolean;
  actor: string;
  actorUserId?: number | null;
}

export interface PreviewJob extends FileJob {
  limit?: number;
  maxIssues?: number;
}

type Job =
  | { type: "import"; job: ImportJob }
  | { type: "preview"; job: PreviewJob }
  | { type: "analysis"; job: { dbPath: string; workspaceId: number; maxWaitMs: number } };

type Reply = { ok: true; value: unknown } | { ok: false; message: string; stack?: string; busyWaitedMs: number | null };

/** Workspaces (per database file) whose import or analysis runs on a thread of this process right now. */
const busyWorkspaces = new Map<string, number>();
const workspaceKey = (dbPath: string, workspaceId: number) => `${workspaceId}|${dbPath}`;

async function whileBusy<T>(dbPath: string, workspaceId: number, work: () => Promise<T>): Promise<T> {
  const key = workspaceKey(dbPath, workspaceId);
  busyWorkspaces.set(key, (busyWorkspaces.get(key) ?? 0) + 1);
  try {
    return await work();
  } finally {
    const left = busyWorkspaces.get(key)! - 1;
    if (left) busyWorkspaces.set(key, left);
    else busyWorkspaces.delete(key);
  }
}

/**
 * True while this process imports into, or analyses, the workspace on a thread: a page that
 * finds the workspace's analysis pending then shows the previous figures and says so, instead
 * of starting the same analysis a second time (the import's thread takes the write lock for it
 * a moment after its commit).
 */
export function isWorkspaceBusyHere(dbPath: string, workspaceId: number): boolean {
  return busyWorkspaces.has(workspaceKey(dbPath, workspaceId));
}

/** `importFile` on a thread; one import at a time per process, as on the calling thread. */
export function importFileOffThread(job: ImportJob): Promise<ImportOutcome> {
  return withImportLock(job.dbPath, () => whileBusy(job.dbPath, job.workspace.id, () => run<ImportOutcome>({ type: "import", job })));
}

/** `previewFile` on a thread: the Import page's "Check file" reads every row of the upload. */
export function previewFileOffThread(job: PreviewJob): Promise<FilePreview> {
  return run<FilePreview>({ type: "preview", job });
}

/**
 * For a page that finds its workspace's analysis pending (decision 110): finish it on a thread
 * and wait, so the page shows new figures; false, without waiting, when this process is already
 * importing or analysing it, or another process holds the write lock (that process is doing it).
 */
export async function finishPendingAnalysisOffThread(dbPath: string, workspaceId: number): Promise<boolean> {
  if (isWorkspaceBusyHere(dbPath, workspaceId)) return false;
  try {
    await whileBusy(dbPath, workspaceId, () => run<boolean>({ type: "analysis", job: { dbPath, workspaceId, maxWaitMs: 0 } }));
    return true;
  } catch (error) {
    if (isBusyError(error)) return false;
    throw error;
  }
}

function run<T>(job: Job): Promise<T> {
  const self = import.meta.url;
  const data = { [JOB_MARK]: job };
  // Under tsx (tests, benchmarks) this module is TypeScript: the worker registers tsx's loader first.
  const worker = self.endsWith(".ts")
    ? new Worker(`import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(self)}); });`, { eval: true, workerData: data })
    : new Worker(new URL(self), { workerData: data });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    worker.once("message", (reply: Reply) => {
      settled = true;
      if (reply.ok) resolve(reply.value as T);
      else if (reply.busyWaitedMs !== null) reject(new DatabaseBusy(reply.busyWaitedMs));
      else reject(Object.assign(new Error(reply.message), { stack: reply.stack }));
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`the ${job.type} thread stopped without an answer (exit code ${code})`));
    });
  });
}

async function runJob(job: Job): Promise<unknown> {
  const connection = openDatabase(job.job.dbPath, { migrate: false });
  try {
    switch (job.type) {
      case "import": {
        const { dbPath: _, path, fileName, ...rest } = job.job;
        return await importFile({ ...rest, connection, source: fileSource(path, fileName) });
      }
      case "preview": {
        const { dbPath: _, path, fileName, ...rest } = job.job;
        return await previewFile({ ...rest, connection, source: fileSource(path, fileName) });
      }
      case "analysis":
        return await finishPendingAnalysis(connection, job.job.workspaceId, { maxWaitMs: job.job.maxWaitMs });
    }
  } finally {
    connection.close();
  }
}

if (!isMainThread && workerData && typeof workerData === "object" && JOB_MARK in workerData) {
  runJob((workerData as Record<string, Job>)[JOB_MARK]).then(
    (value) => parentPort!.postMessage({ ok: true, value } satisfies Reply),
    (error: unknown) => {
      const e = error instanceof Error ? error : new Error(String(error));
      const busyWaitedMs = isBusyError(e) ? ((e as Partial<DatabaseBusy>).waitedMs ?? 0) : null;
      parentPort!.postMessage({ ok: false, message: e.message, stack: e.stack, busyWaitedMs } satisfies Reply);
    },
  );
}
