/**
 * HTML → PDF with headless Chromium through playwright-core: the Chromium the machine already
 * has (Debian's package, or ORBITAL_CHROMIUM), never a downloaded one. Text stays text and the
 * charts stay vector, because Chromium prints the same HTML the page shows.
 * docs/decisions/132-report-pdf-with-system-chromium.md.
 */
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { chromium } from "playwright-core";

const CANDIDATES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

export const NO_CHROMIUM_HELP =
  "Install Chromium (Debian/Ubuntu: sudo apt-get install chromium; macOS: install Google Chrome) or set ORBITAL_CHROMIUM to the browser's path. " +
  "Meanwhile the report page's own print (Ctrl+P → Save as PDF) gives the same document.";

export class ChromiumMissingError extends Error {
  constructor(detail: string) {
    super(`${detail} ${NO_CHROMIUM_HELP}`);
    this.name = "ChromiumMissingError";
  }
}

const isExecutable = (path: string) => {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** ORBITAL_CHROMIUM when set (it must exist), else the first Chromium or Chrome on PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.ORBITAL_CHROMIUM?.trim();
  if (configured) {
    if (isExecutable(configured)) return configured;
    throw new ChromiumMissingError(`ORBITAL_CHROMIUM is set to "${configured}", which is not an executable file.`);
  }
  for (const dir of (env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of CANDIDATES) {
      const path = join(dir, name);
      if (isExecutable(path)) return path;
    }
  }
  throw new ChromiumMissingError("No Chromium was found to render the PDF.");
}

/**
 * The PDF of a standalone HTML document. JavaScript is off and every request but inline data is
 * refused: the document needs nothing else, and imported text must not reach the network.
 */
export async function htmlToPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Buffer> {
  const executablePath = findChromium(env);
  const browser = await chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: "load" });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true, outline: true, tagged: true });
  } finally {
    await browser.close();
  }
}
