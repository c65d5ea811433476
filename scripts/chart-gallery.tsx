/**
 * The chart gallery: server-renders every chart in app/charts with realistic sample data and
 * edge cases into one HTML page, bundles a small client that hydrates it (so the page behaves
 * like a Remix page), prints the gzipped size of the browser JS, and with --screenshots takes
 * screenshots in Debian's Chromium at 1280×800 and 1920×1080 and runs axe-core over the page.
 *
 *   npx tsx scripts/chart-gallery.tsx [--out .cache/chart-gallery] [--screenshots]
 *
 * Output stays out of git (.cache/). Look at the screenshots before changing a chart's look.
 */
import AxeBuilder from "@axe-core/playwright";
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { renderToString } from "react-dom/server";
import { launchBrowser } from "../test/support/browser";
import { Gallery } from "./chart-gallery/gallery";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");

function argument(name: string, fallback: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

async function bundle(externals: string[]) {
  const result = await build({
    entryPoints: [join(ROOT, "scripts/chart-gallery/client.tsx")],
    bundle: true,
    minify: true,
    // A classic script: Chromium refuses module scripts from file:// URLs.
    format: "iife",
    platform: "browser",
    target: "es2022",
    write: false,
    jsx: "automatic",
    external: externals,
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
  });
  return result.outputFiles[0].contents;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function screenshots(out: string, url: string) {
  const sections = [
    "class-shares",
    "atomization",
    "quadrant",
    "seniority",
    "scenario",
    "role",
    "edge-empty",
    "edge-one",
  ];
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    for (const [width, height] of [
      [1280, 800],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto(url);
      await page.waitForSelector("html[data-hydrated]", { state: "attached" });
      await page.waitForTimeout(300);
      await page.screenshot({ path: join(out, `gallery-${width}.png`) });
      for (const id of sections) {
        await page.locator(`#${id}`).screenshot({ path: join(out, `gallery-${width}-${id}.png`) });
      }
    }
    // Interaction: zoom into a department, then focus a role (keyboard tooltip).
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(url);
    await page.waitForSelector("html[data-hydrated]", { state: "attached" });
    await page.locator("#atomization [role=button].department").first().click();
    await page.locator("#atomization a.role").first().focus();
    await page.locator("#atomization").screenshot({ path: join(out, "gallery-1280-atomization-zoomed.png") });
    // Scroll first: an element screenshot scrolls, and the scroll would move the hover away.
    const dot = page.locator("#quadrant a.mark").nth(3);
    await dot.scrollIntoViewIfNeeded();
    await dot.hover();
    await page.screenshot({ path: join(out, "gallery-1280-quadrant-hover.png") });
    // Downloads: the first chart as SVG and PNG, saved beside the screenshots to look at.
    for (const kind of ["SVG", "PNG"]) {
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page
          .locator("#class-shares")
          .getByRole("button", { name: `Download ${kind}` })
          .click(),
      ]);
      await download.saveAs(join(out, `download-${download.suggestedFilename()}`));
    }
    // The no-JS page: the same HTML without the script.
    await page.goto(url.replace("index.html", "index-nojs.html"));
    await page.screenshot({ path: join(out, "gallery-1280-nojs.png") });
    await page.goto(url);
    await page.waitForSelector("html[data-hydrated]", { state: "attached" });
    await page.locator("#atomization [role=button].department").first().click();
    // Accessibility: axe over the whole gallery, hydrated, with one department zoomed in.
    const axe = await new AxeBuilder({ page }).analyze();
    const serious = axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    console.log(`axe: ${axe.violations.length} violations, ${serious.length} serious or critical`);
    for (const v of axe.violations) console.log(`  ${v.impact} ${v.id}: ${v.help} (${v.nodes.length} nodes)`);
    const hydrationErrors = await page.evaluate(() => (window as unknown as { galleryErrors: string[] }).galleryErrors);
    for (const message of [...errors, ...hydrationErrors]) console.log(`browser: ${message}`);
    console.log(`screenshots in ${out} (${errors.length + hydrationErrors.length} browser errors/warnings)`);
  } finally {
    await browser.close();
  }
}

async function main() {
  const out = resolve(argument("--out", join(ROOT, ".cache/chart-gallery")));
  mkdirSync(out, { recursive: true });
  const markup = renderToString(<Gallery />);
  const css = ["app/styles/app.css", "app/charts/charts.css"]
    .map((p) => readFileSync(join(ROOT, p), "utf8"))
    .join("\n");
  const gallery = await bundle([]);
  const chartsOnly = await bundle(["react", "react-dom", "react-dom/client", "react/jsx-runtime"]);
  writeFileSync(join(out, "gallery.js"), gallery);
  const html = (script: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Orbital chart gallery</title><style>${css}
.gallery-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 0 2rem; }
section, .gallery-grid { margin-bottom: 1rem; }</style>
<script>window.galleryErrors = [];</script></head>
<body><div id="root">${markup}</div>${script}</body></html>`;
  writeFileSync(join(out, "index.html"), html('<script src="gallery.js"></script>'));
  writeFileSync(join(out, "index-nojs.html"), html(""));
  console.log(`gallery: ${join(out, "index.html")}`);
  console.log(
    `browser JS, all six charts + React + react-dom: ${kb(gallery.length)} minified, ${kb(
      gzipSync(gallery).length,
    )} gzipped`,
  );
  console.log(
    `browser JS, the charts and their d3 modules alone (React external): ${kb(chartsOnly.length)} minified, ${kb(
      gzipSync(chartsOnly).length,
    )} gzipped`,
  );
  if (process.argv.includes("--screenshots")) await screenshots(out, pathToFileURL(join(out, "index.html")).href);
}

await main();
