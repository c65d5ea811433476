/**
 * Runs once when the web server starts, before it accepts requests: open and migrate the
 * database, finish any analysis an interrupted import left pending (decision 110), remove
 * uploads and restore staging folders that a crash cut off, and import the demo workspace into an empty one.
 */
import { prepareFirstStart } from "./auth/first-start.server";
import { isBusyError } from "../db/write-lock";
import { finishAllPendingAnalyses } from "./analysis-pending.server";
import { getConnection } from "./db.server";
import { importDemoIfEmpty } from "./demo.server";
import { removePartialUploads } from "./imports/uploads.server";
import { removeStrandedStagingFolders } from "./backup/staging-folder.server";

export interface BootResult {
  databasePath: string;
  /** Lines the server prints to its console after it starts listening. */
  messages: string[];
}

export async function boot(options: { origin: string }): Promise<BootResult> {
  const conn = getConnection();
  const messages: string[] = [];
  const partial = await removePartialUploads();
  if (partial) messages.push(`Removed ${partial} upload(s) that an earlier server process did not finish receiving.`);
  const staging = removeStrandedStagingFolders({ includeOwn: true });
  if (staging) messages.push(`Removed ${staging} staging folder(s) that an interrupted workspace restore left in the temp folder.`);
  try {
    const done = await finishAllPendingAnalyses(conn);
    if (done.length) messages.push(`Finished the analysis that an interrupted import left pending in workspace ${done.map((s) => `"${s}"`).join(", ")}.`);
  } catch (error) {
    if (!isBusyError(error)) throw error;
    // Another process kept writing past the wait: the first dashboard request finishes it.
    messages.push("A pending analysis waits for another Orbital process to finish writing; the first dashboard request completes it.");
  }
  // Demo first, so the setup step can hand the new administrator the demo workspace.
  messages.push(...(await importDemoIfEmpty(conn, { origin: options.origin })));
  messages.push(...prepareFirstStart(conn.db, options.origin));
  return { databasePath: conn.path, messages };
}
