import { describe, expect, test } from "vitest";
import { describeMove, formatCost, type MoveCost } from "./describe-cost";

const cost = (over: Partial<MoveCost>): MoveCost => ({ costFreed: 54_000, receivingLevel: 0, costGapPerFte: 20_000, costShift: 12_000, ...over });

describe("formatCost", () => {
  test.each([
    [0, "0"],
    [120_000, "120,000"],
    [1234.5, "1,235"],
    [-20_000, "−20,000"],
    [Number.NaN, "–"],
  ])("%d → %s", (value, text) => expect(formatCost(value)).toBe(text));
});

describe("describeMove", () => {
  test.each([
    ["hidden figures", null, 100, "fewer than 5 people"],
    ["nothing to move", cost({}), 0, "–"],
    ["the role's cost is unknown", cost({ costFreed: null, receivingLevel: null, costGapPerFte: null, costShift: null }), 100, "cost not known"],
    ["no lower level with a cost", cost({ receivingLevel: null, costGapPerFte: null, costShift: null }), 100, "no lower level with a known cost"],
    ["cheaper level below", cost({}), 1056, "to Entry: 20,000 less per FTE, 12,000 a year saved"],
    ["a level below that costs more", cost({ receivingLevel: 2, costGapPerFte: -5_000, costShift: -1_500 }), 528, "to Mid: 5,000 more per FTE, 1,500 a year added"],
    ["same cost", cost({ receivingLevel: 1, costGapPerFte: 0, costShift: 0 }), 10, "to Junior: same cost per FTE"],
  ])("%s", (_name, value, hours, text) => {
    expect(describeMove(value, hours, "fewer than 5 people")).toBe(text);
  });
});
