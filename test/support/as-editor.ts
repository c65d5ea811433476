import type { Page } from "playwright-core";
import { openDatabase } from "../../db/connection";
import { ensureWorkspace } from "../../db/queries/workspaces";

/**
 * Opens `url` as someone who may edit the workspace. Interim: the access check lets every
 * request in, so this only navigates; the accounts work signs in here first.
 */
export async function gotoAsEditor(page: Page, url: string): Promise<void> {
  await page.goto(url);
}

/** Creates a workspace in a running server's database file (WAL lets both hold it open). */
export function createWorkspaceIn(dbPath: string, slug: string, name = slug): void {
  const conn = openDatabase(dbPath);
  try {
    ensureWorkspace(conn.db, slug, name);
  } finally {
    conn.close();
  }
}
