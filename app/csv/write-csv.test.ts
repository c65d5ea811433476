import Papa from "papaparse";
import { describe, expect, test } from "vitest";
import { csvLine, neutralizeCell, toCsv } from "./write-csv";

describe("neutralizeCell (OWASP CSV injection)", () => {
  test.each([
    ["=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"],
    ["+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1:A2)", "'@SUM(A1:A2)"],
    ["\t=1+1", "'\t=1+1"],
    ["\r=1+1", "'\r=1+1"],
    ["Prepare report", "Prepare report"],
    ["a=b", "a=b"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(neutralizeCell(input)).toBe(expected);
  });

  test("numbers, booleans and empty values", () => {
    expect(neutralizeCell(-3.5)).toBe("-3.5");
    expect(neutralizeCell(Number.NaN)).toBe("");
    expect(neutralizeCell(true)).toBe("true");
    expect(neutralizeCell(null)).toBe("");
    expect(neutralizeCell(undefined)).toBe("");
  });
});

describe("toCsv", () => {
  test("quotes delimiters, quotes and line breaks, and parses back to the same text", () => {
    const rows = [["a,b", 'say "hi"', "two\nlines", "=danger", 1.5]];
    const csv = toCsv(["x", "y", "z", "w", "n"], rows);
    const parsed = Papa.parse<string[]>(csv.trimEnd(), { delimiter: "," }).data;
    expect(parsed[1]).toEqual(["a,b", 'say "hi"', "two\nlines", "'=danger", "1.5"]);
  });

  test("uses the delimiter it is given", () => {
    expect(csvLine(["a;b", "c"], ";")).toBe('"a;b";c');
  });
});
