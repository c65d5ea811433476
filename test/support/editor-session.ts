import { createUser, createWorkspaceIn, loginAs, type TestUser } from "./auth";
import { launchBrowser } from "./browser";
import { startServer, type RunningServer } from "./server";

export interface EditorSession {
  server: RunningServer;
  browser: Awaited<ReturnType<typeof launchBrowser>>;
  editor: TestUser;
  close(): Promise<void>;
}

/**
 * A server without the demo, an empty workspace "acme", and an editor of it signed in in
 * Chromium: where the Import page's browser tests start.
 */
export async function startEditorSession(): Promise<EditorSession> {
  const server = await startServer({ env: { ORBITAL_DEMO: "0" } });
  createWorkspaceIn(server.dbPath, "acme", "Acme Corp");
  const editor = await createUser(server.dbPath, { email: "editor@example.com", grants: { acme: "editor" } });
  const browser = await launchBrowser();
  await loginAs(browser.page, server.url, editor.email, editor.password);
  return {
    server,
    browser,
    editor,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}
