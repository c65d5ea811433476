// @vitest-environment jsdom
/**
 * `orbital report` in-process on a real database: HTML and PDF files for the filter and scenario
 * given, the format from the extension or --format, clear errors for a bad format, a bad
 * scenario and a missing Chromium; every report audited.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, expect, test } from "vitest";
import { listAudit } from "../../db/queries/audit";
import { runCli as run } from "../../test/support/run-cli";
import { tempDatabase } from "../../test/support/temp-db";
import { analyzedTinyOrganization } from "../../test/support/tiny-organization";

let conn: ReturnType<typeof tempDatabase>;
let workspaceId: number;
beforeEach(() => {
  conn = tempDatabase();
  workspaceId = analyzedTinyOrganization(conn, 3).workspaceId;
});
afterEach(() => conn.cleanup());

test("HTML from the extension: the scenario and the filter given, figures worked by hand, audited", async () => {
  const out = join(conn.dir, "report.html");
  const result = await run("report", "--db", conn.path, "--out", out, "--adoption", "50", "--elasticity", "1.5", "--department", "Operations");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/^Wrote the report for "[^"]+" to .*report\.html \(HTML, \d+\.\d s\)\.\n$/);
  const html = readFileSync(out, "utf8");
  expect(html).toContain("Departments: Operations");
  // Operations: (10,560 + 1,320) automatable h × 0.5 = 5,940 h.
  expect(html).toContain("AI could free about 5,940 h a year");
  expect(html).not.toContain("Analyst");
  expect(listAudit(conn.db, { workspaceId }).find((e) => e.action === "export.report")).toMatchObject({
    actor: "cli",
    detail: { format: "html", query: { adoption: "50", elasticity: "1.5", department: "Operations" } },
  });
});

test("PDF with --format: selectable text with the same figures", async () => {
  const out = join(conn.dir, "board-pack");
  const result = await run("report", "--db", conn.path, "--out", out, "--format", "pdf", "--paper", "letter");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const text = execFileSync("pdftotext", [out, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain("AI could free about 7,524 h a year");
  expect(text).toContain("Clerk");
  expect(execFileSync("pdfinfo", [out], { encoding: "utf8" })).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
}, 60_000);

test("usage errors: an unknown format, a bad scenario", async () => {
  expect(await run("report", "--db", conn.path, "--out", join(conn.dir, "r.docx"))).toMatchObject({
    code: 2,
    stderr: `orbital: cannot tell the format from "${join(conn.dir, "r.docx")}": end it in .pdf or .pptx or .html, or pass --format\n`,
  });
  expect(await run("report", "--db", conn.path, "--out", join(conn.dir, "r.pdf"), "--elasticity", "9")).toMatchObject({
    code: 2,
    stderr: "orbital: the scenario is not valid: elasticity must be between 0 and 3, got 9\n",
  });
});

test("no Chromium: says how to get one, writes nothing", async () => {
  const saved = process.env.ORBITAL_CHROMIUM;
  process.env.ORBITAL_CHROMIUM = join(conn.dir, "no-such-chromium");
  try {
    const result = await run("report", "--db", conn.path, "--out", join(conn.dir, "r.pdf"));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`ORBITAL_CHROMIUM is set to "${join(conn.dir, "no-such-chromium")}", which is not an executable file.`);
    expect(result.stderr).toContain("sudo apt-get install chromium");
    expect(result.stderr).toContain("Ctrl+P → Save as PDF");
  } finally {
    if (saved === undefined) delete process.env.ORBITAL_CHROMIUM;
    else process.env.ORBITAL_CHROMIUM = saved;
  }
});

test("slides: at least 6 slides, the charts as pictures, the figures as editable text, well-formed XML", async () => {
  const out = join(conn.dir, "deck.pptx");
  const result = await run("report", "--db", conn.path, "--out", out, "--adoption", "50");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  const entries = execFileSync("unzip", ["-Z1", out], { encoding: "utf8" }).trim().split("\n");
  const slides = entries.filter((e) => /^ppt\/slides\/slide\d+\.xml$/.test(e));
  expect(slides.length).toBeGreaterThanOrEqual(6);
  expect(entries.filter((e) => /^ppt\/media\/.+\.png$/.test(e)).length).toBeGreaterThanOrEqual(3);
  const parser = new DOMParser();
  let text = "";
  for (const slide of slides) {
    const xml = execFileSync("unzip", ["-p", out, slide], { encoding: "utf8" });
    expect(parser.parseFromString(xml, "application/xml").getElementsByTagName("parsererror")).toHaveLength(0);
    text += [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(" ") + "\n";
  }
  // Editable text: the summary's figure and the top role, worked by hand for the tiny organization.
  expect(text).toContain("AI could free about 7,524 h a year");
  expect(text).toContain("Clerk");
}, 60_000);
