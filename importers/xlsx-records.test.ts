import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { describe, expect, test } from "vitest";
import { columnLetter } from "./read-table";
import { cellText, looksLikeWorkbook, readWorkbookRecords, type WorkbookFacts } from "./xlsx-records";

describe("cellText: what Excel shows, in the forms the table readers accept", () => {
  test.each([
    [null, ""],
    ["text", "text"],
    [12, "12"],
    [1.25, "1.25"],
    [0.1 + 0.2, "0.3"],
    [true, "TRUE"],
    [new Date(Date.UTC(2026, 6, 1)), "2026-07-01"],
    [new Date(Date.UTC(2026, 6, 1, 9, 30)), "2026-07-01T09:30:00"],
    [{ formula: "A1*2", result: 7.5 }, "7.5"],
    [{ sharedFormula: "B2", result: "done" }, "done"],
    [{ formula: "1/0", result: { error: "#DIV/0!" } }, "#DIV/0!"],
    [{ richText: [{ text: "Zoë's " }, { text: "shift" }] }, "Zoë's shift"],
    [{ text: "site", hyperlink: "https://example.org" }, "site"],
    [{ error: "#N/A" }, "#N/A"],
  ])("%j → %j", (value, text) => {
    expect(cellText(value)).toBe(text);
  });

  test("a formula with no saved result has no text (reported, never read as empty)", () => {
    expect(cellText({ formula: "A1*2" })).toBeNull();
  });
});

test("column letters run A…Z, AA…", () => {
  expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "Z", "AA", "AB", "ZZ", "AAA"]);
});

test("a workbook is recognized from its first bytes, not its name", () => {
  expect(looksLikeWorkbook(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14]))).toBe(true);
  expect(looksLikeWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(true);
  expect(looksLikeWorkbook(new TextEncoder().encode("PK,role\n"))).toBe(false);
});

/** Every record of a workbook's chosen sheet, and what the reader said about its sheets. */
async function readAll(bytes: Buffer, sheet?: string) {
  let facts: WorkbookFacts | null = null;
  const records: unknown[] = [];
  const chunks = async function* () {
    // As an upload arrives: in pieces.
    for (let at = 0; at < bytes.length; at += 1024) yield bytes.subarray(at, at + 1024);
  };
  for await (const batch of readWorkbookRecords(chunks(), { sheet, onSheet: (f) => (facts = f) })) records.push(...batch);
  return { facts, records };
}

test("a workbook's parts are read in the order the sheets need, however the archive stores them (decision 208)", async () => {
  const stored = readFileSync(join(import.meta.dirname, "../fixtures/quirks/workbook-task-log.xlsx"));
  const zip = await JSZip.loadAsync(stored);
  const paths = Object.keys(zip.files);
  // exceljs stores xl/workbook.xml, which names the sheets, last; reversed, the sheets come last.
  expect(paths.at(-1)).toBe("xl/workbook.xml");
  const reversed = new JSZip();
  for (const path of [...paths].reverse()) {
    const entry = zip.files[path];
    if (!entry.dir) reversed.file(path, await entry.async("nodebuffer"));
  }
  const reordered = await reversed.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });

  const asStored = await readAll(stored);
  expect(asStored.facts).toEqual({ sheet: "Task log", sheets: ["Task log", "Notes"] });
  expect(asStored.records).toHaveLength(4);
  expect(await readAll(reordered)).toEqual(asStored);
  // The other sheet by name, stored last in the reversed archive.
  const notes = await readAll(reordered, "Notes");
  expect(notes.facts).toEqual({ sheet: "Notes", sheets: ["Task log", "Notes"] });
  expect(notes.records).toEqual((await readAll(stored, "Notes")).records);
  expect(notes.records.length).toBeGreaterThan(0);
});
