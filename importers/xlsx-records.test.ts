import { describe, expect, test } from "vitest";
import { columnLetter } from "./read-table";
import { cellText, looksLikeWorkbook } from "./xlsx-records";

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
