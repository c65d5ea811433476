/**
 * One import at a time per process: two would wait on SQLite's single write lock. The
 * queue is per database file so tests with separate files do not wait on each other.
 */
const tails = new Map<string, Promise<unknown>>();

export async function withImportLock<T>(databasePath: string, work: () => Promise<T>): Promise<T> {
  const previous = tails.get(databasePath) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  tails.set(databasePath, tail);
  try {
    return await run;
  } finally {
    if (tails.get(databasePath) === tail) tails.delete(databasePath);
  }
}
