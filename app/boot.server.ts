/**
 * Runs once when the web server starts, before it accepts requests: open and migrate the
 * database, and import the demo workspace into an empty one.
 */
import { prepareFirstStart } from "./auth/first-start.server";
import { getConnection } from "./db.server";
import { importDemoIfEmpty } from "./demo.server";

export interface BootResult {
  databasePath: string;
  /** Lines the server prints to its console after it starts listening. */
  messages: string[];
}

export async function boot(options: { origin: string }): Promise<BootResult> {
  const conn = getConnection();
  const messages: string[] = [];
  // Demo first, so the setup step can hand the new administrator the demo workspace.
  messages.push(...(await importDemoIfEmpty(conn, { origin: options.origin })));
  messages.push(...prepareFirstStart(conn.db, options.origin));
  return { databasePath: conn.path, messages };
}
