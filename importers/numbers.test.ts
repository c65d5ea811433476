import { describe, expect, test } from "vitest";
import { parseHours, parseMinutes, parseNumber } from "./numbers";

describe("parseNumber", () => {
  test.each([
    ["12", {}, 12],
    [" 2.5 ", {}, 2.5],
    ["1,5", {}, 1.5],
    ["-3", {}, -3],
    ["85,000", { thousands: true, decimalComma: false }, 85000],
    ["1 250 000.50", { thousands: true }, 1250000.5],
    ["85,000", {}, null],
    ["N/A", {}, null],
    ["", {}, null],
    ["1e3", {}, null],
    ["12h", {}, null],
  ])("%j with %j → %j", (text, options, value) => {
    expect(parseNumber(text, options)).toBe(value);
  });
});

describe("parseHours (returns minutes)", () => {
  test.each([
    ["1.5", 90],
    ["0,25", 15],
    ["1:30", 90],
    ["24", 1440],
    ["0.01", 0.6],
  ])("%j → %j minutes", (text, minutes) => {
    expect(parseHours(text)).toEqual({ ok: true, value: minutes });
  });

  test.each([
    ["N/A", "a number of hours"],
    ["", "a number of hours"],
    ["-2", "a positive number of hours"],
    ["0", "more than 0 hours"],
    ["24.25", "at most 24 hours"],
    ["30", "at most 24 hours"],
  ])("%j → error %j", (text, expected) => {
    const result = parseHours(text);
    expect(!result.ok && result.expected).toContain(expected);
  });
});

describe("parseMinutes", () => {
  test("accepts up to a day", () => {
    expect(parseMinutes("1440")).toEqual({ ok: true, value: 1440 });
    expect(parseMinutes("1441").ok).toBe(false);
    expect(parseMinutes("-5").ok).toBe(false);
  });
});
