import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page, type Response } from "playwright-core";

/** How long one Playwright action may wait before it counts as hung (not as slow). */
export const BROWSER_ACTION_TIMEOUT_MS = 180_000;

/** Debian's Chromium (installed by apt, never downloaded), headless, with its phone-home features off. */
export async function launchBrowser(): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), "orbital-chromium-"));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: { width: 1280, height: 800 },
  });
  // Playwright's 30 s per action is a speed limit in disguise: with the two cores shared by
  // other work, a big page's navigation or axe run takes longer. This is a hang guard only,
  // below the browser project's test timeout (vitest.config.ts) so a stuck action names itself.
  context.setDefaultTimeout(BROWSER_ACTION_TIMEOUT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `url` and waits until React has hydrated the page (`data-hydrated` on <html>, set by
 * app/root.tsx). `goto` resolves at the load event, which does not wait for the dynamically
 * imported client entry: a checkbox ticked before hydration changes nothing else, and a test
 * waiting for the URL to follow would fail only when the machine is slow.
 */
export async function gotoHydrated(page: Page, url: string): Promise<Response | null> {
  const response = await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "true", undefined, { polling: "raf" });
  return response;
}

/**
 * Records the page's script errors and console errors (hydration mismatches among them) into
 * `errors`, for a test to expect empty after each case. `ignoreFailedLoads` leaves out the
 * console's "Failed to load resource" lines, for tests that open a page answering 404 on purpose.
 */
export function collectPageErrors(page: Page, errors: string[], options: { ignoreFailedLoads?: boolean } = {}): void {
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (options.ignoreFailedLoads && message.text().startsWith("Failed to load resource")) return;
    errors.push(message.text());
  });
}

/**
 * Ticks one choice of the filter bar (app/components/filter-bar.tsx) and waits for the URL to
 * carry it, opening the group first when it is closed (it stays open across ticks). A click,
 * not `check()`: the bar submits on change and its form is re-rendered from the new URL, and
 * `check()` re-reads the box after clicking; when the new page won that race, the read found the
 * old box detached and the retry waited until the action timeout (seen once in CI, under load).
 */
export async function tickFilter(page: Page, group: "Department" | "Level" | "Location", choice: string): Promise<void> {
  const key = group.toLowerCase();
  const details = page.locator(".filter-bar details", { has: page.locator("summary", { hasText: group }) });
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator("summary").click();
  const box = details.getByRole("checkbox", { name: choice, exact: true });
  if (await box.isChecked()) throw new Error(`the filter choice "${choice}" is ticked already`);
  await Promise.all([page.waitForURL((url) => url.searchParams.getAll(key).includes(choice)), box.click()]);
}
