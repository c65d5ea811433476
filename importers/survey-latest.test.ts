import { expect, test } from "vitest";
import { keepLatest } from "./survey-latest";

const row = (who: string, line: number, submittedAt: string | null) => ({ who, line, submittedAt });

test("the later submission wins when both have one, else the later line; kept rows stay in file order", () => {
  const rows = [row("a", 2, "2026-11-04T08:00:00"), row("b", 3, null), row("a", 4, "2026-11-02T08:00:00"), row("b", 5, null), row("c", 6, null)];
  const { kept, dropped } = keepLatest(rows, (r) => r.who);
  expect(kept.map((r) => r.line)).toEqual([2, 5, 6]);
  expect(dropped).toBe(2);
});

test("no rows, no duplicates", () => {
  expect(keepLatest([], (r: { line: number; submittedAt: null }) => String(r.line))).toEqual({ kept: [], dropped: 0 });
});
