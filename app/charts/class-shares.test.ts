import { describe, expect, it } from "vitest";
import { stackClassHours } from "./class-shares";

const hours = (automatable: number, democratized: number, specialized: number) => ({
  automatable,
  democratized,
  specialized,
});

describe("stackClassHours", () => {
  it("stacks shares in class order and ends at 1", () => {
    const row = stackClassHours(hours(20, 30, 50), "share");
    expect(row.total).toBe(100);
    expect(row.segments.map((s) => [s.taskClass, s.start, s.end])).toEqual([
      ["automatable", 0, 0.2],
      ["democratized", 0.2, 0.5],
      ["specialized", 0.5, 1],
    ]);
  });

  it("stacks absolute hours in hours mode", () => {
    const row = stackClassHours(hours(20, 30, 50), "hours");
    expect(row.segments.map((s) => s.end)).toEqual([20, 50, 100]);
    expect(row.segments.map((s) => s.share)).toEqual([0.2, 0.3, 0.5]);
  });

  it.each([
    ["no hours at all", hours(0, 0, 0)],
    ["NaN and negative figures only", hours(Number.NaN, -4, 0)],
  ])("gives zero-length segments, never NaN, for %s", (_name, input) => {
    for (const mode of ["share", "hours"] as const) {
      const row = stackClassHours(input, mode);
      expect(row.total).toBe(0);
      for (const segment of row.segments) {
        expect([segment.start, segment.end, segment.share]).toEqual([0, 0, 0]);
      }
    }
  });

  it("handles a single class", () => {
    const row = stackClassHours(hours(0, 0, 12), "share");
    expect(row.segments[2]).toMatchObject({ start: 0, end: 1, share: 1, hours: 12 });
  });
});
