/**
 * How every CLI command opens the database: open (and migrate), then finish any analysis an
 * interrupted import left pending, before the command reads or writes figures (decision 110).
 */
import { finishAllPendingAnalyses } from "../app/analysis-pending.server";
import { defaultDatabasePath, openDatabase, type Connection } from "../db/connection";
import { lockWaitMs } from "../db/write-lock";

export async function openForCommand(path: string | undefined): Promise<Connection> {
  const connection = openDatabase(path ?? defaultDatabasePath());
  try {
    const done = await finishAllPendingAnalyses(connection, {
      onStart: ({ slug }) => process.stderr.write(`orbital: finishing the analysis of workspace "${slug}" after an import that did not get to it…\n`),
      onWait: waitingMessage("finishing that analysis"),
    });
    if (done.length) process.stderr.write(`orbital: analysis finished for ${done.map((slug) => `"${slug}"`).join(", ")}.\n`);
    return connection;
  } catch (error) {
    connection.close();
    throw error;
  }
}

/** The line a command prints when another process holds the database's write lock. */
export function waitingMessage(what: string): () => void {
  return () =>
    process.stderr.write(
      `orbital: another Orbital process is writing to this database; waiting up to ${Math.round(lockWaitMs() / 1000)} s for it before ${what}…\n`,
    );
}
