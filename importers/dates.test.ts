import { describe, expect, test } from "vitest";
import { parseDate } from "./dates";

describe("parseDate", () => {
  test.each([
    ["2026-07-01", "2026-07-01"],
    [" 2026-07-01 ", "2026-07-01"],
    ["2026-07-01T09:30:00Z", "2026-07-01"],
    ["2026-07-01 09:30", "2026-07-01"],
    ["2024-02-29", "2024-02-29"],
    ["01.07.2026", "2026-07-01"],
    ["1.7.2026", "2026-07-01"],
    ["31.12.2026", "2026-12-31"],
  ])("%j → %j", (text, date) => {
    expect(parseDate(text)).toEqual({ ok: true, date });
  });

  test.each([
    ["03/04/2026", "an unambiguous date"],
    ["4-3-2026", "an unambiguous date"],
    ["31/07/2026", "slash dates are not read"],
    ["07/31/2026", "slash dates are not read"],
    ["2026-02-30", "a real calendar date"],
    ["2025-02-29", "a real calendar date"],
    ["2026-13-01", "a real calendar date"],
    ["01.07.26", "a four-digit year"],
    ["yesterday", "YYYY-MM-DD"],
    ["", "YYYY-MM-DD"],
    ["20260701", "YYYY-MM-DD"],
  ])("%j is refused (%s)", (text, expected) => {
    const result = parseDate(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.expected).toContain(expected);
  });

  test("a slash date with equal day and month is still refused: the format itself is ambiguous", () => {
    expect(parseDate("05/05/2026").ok).toBe(false);
  });
});
