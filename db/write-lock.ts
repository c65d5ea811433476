/**
 * Taking SQLite's one write lock on purpose (docs/decisions/111-writers-and-the-write-lock.md).
 *
 * `BEGIN IMMEDIATE` takes the lock at the start of a write, so a second writer learns at once
 * that it must wait, instead of failing half-way (a deferred transaction upgrades its lock at
 * its first write and may then get SQLITE_BUSY with work already done). The wait itself is
 * asynchronous: SQLite's own busy handler sleeps inside the call, which in the web server would
 * freeze every request, and in the same process would even keep the lock holder (an import
 * awaiting its file) from finishing. So each attempt uses a busy timeout of zero and the
 * waiting happens between attempts, on the event loop.
 */
import type Database from "better-sqlite3";

/** Another connection held the write lock for longer than the caller was willing to wait. */
export class DatabaseBusy extends Error {
  constructor(readonly waitedMs: number) {
    super(`another Orbital process kept the database busy for ${(waitedMs / 1000).toFixed(0)} s`);
  }
}

/** SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …). */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return error instanceof DatabaseBusy || (typeof code === "string" && code.startsWith("SQLITE_BUSY"));
}

export interface LockWaitOptions {
  /** Give up (DatabaseBusy) after this long; 0 means one attempt. */
  maxWaitMs: number;
  /** Called once, when the first attempt finds the lock taken: say so to the person waiting. */
  onWait?(): void;
}

/** `ORBITAL_LOCK_WAIT_S` (default 120): how long a writer waits for another before giving up. */
export function lockWaitMs(env: Record<string, string | undefined> = process.env): number {
  const seconds = Number(env.ORBITAL_LOCK_WAIT_S ?? 120);
  return (Number.isFinite(seconds) && seconds >= 0 ? seconds : 120) * 1000;
}

/** One attempt at BEGIN IMMEDIATE without SQLite's busy wait; true when the lock is ours. */
export function tryBeginImmediate(sqlite: Database.Database): boolean {
  const previous = sqlite.pragma("busy_timeout", { simple: true }) as number;
  sqlite.pragma("busy_timeout = 0");
  try {
    sqlite.exec("BEGIN IMMEDIATE");
    return true;
  } catch (error) {
    if (isBusyError(error)) return false;
    throw error;
  } finally {
    sqlite.pragma(`busy_timeout = ${previous}`);
  }
}

/**
 * BEGIN IMMEDIATE, waiting for other writers as long as `maxWaitMs`. Resolves inside the
 * transaction (the caller commits or rolls back) with how long it waited. Only for a
 * connection nobody else uses (an import's own): between this promise resolving and the
 * caller's next step, other code on the event loop could run on a shared one.
 */
export async function beginImmediate(sqlite: Database.Database, options: LockWaitOptions): Promise<{ waitedMs: number }> {
  const { waitedMs } = await retryWhileBusy(options, () => (tryBeginImmediate(sqlite) ? { value: undefined } : undefined));
  return { waitedMs };
}

/**
 * Runs synchronous `work` in an IMMEDIATE transaction, waiting for other writers as
 * `beginImmediate` does. BEGIN, work and COMMIT run in one synchronous step, so this is safe on
 * the web server's shared connection.
 */
export async function withWriteLock<T>(
  sqlite: Database.Database,
  options: LockWaitOptions,
  work: () => T,
): Promise<{ value: T; waitedMs: number }> {
  return retryWhileBusy(options, () => {
    if (!tryBeginImmediate(sqlite)) return undefined;
    let value: T;
    try {
      value = work();
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec("ROLLBACK");
      throw error;
    }
    sqlite.exec("COMMIT");
    return { value };
  });
}

async function retryWhileBusy<T>(options: LockWaitOptions, attempt: () => { value: T } | undefined): Promise<{ value: T; waitedMs: number }> {
  const started = performance.now();
  let pause = 20;
  for (let n = 0; ; n++) {
    const done = attempt();
    if (done) return { value: done.value, waitedMs: n === 0 ? 0 : performance.now() - started };
    if (n === 0) options.onWait?.();
    const waited = performance.now() - started;
    if (waited >= options.maxWaitMs) throw new DatabaseBusy(waited);
    await new Promise((resolve) => setTimeout(resolve, Math.min(pause, options.maxWaitMs - waited)));
    pause = Math.min(pause * 2, 250);
  }
}
