import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rankReviewQueue, reviewScore } from "./review";

describe("reviewScore", () => {
  it.each([
    { confidence: 0.5, hours: 100, expected: 50 },
    { confidence: 1, hours: 100, expected: 0 },
    { confidence: 0, hours: 100, expected: 100 },
    { confidence: 0.2, hours: 0, expected: 0 },
    // out-of-range input is clamped, never a negative score
    { confidence: 1.5, hours: 10, expected: 0 },
    { confidence: 0.5, hours: -10, expected: 0 },
  ])("(1 − $confidence) × $hours = $expected", ({ confidence, hours, expected }) => {
    expect(reviewScore(confidence, hours)).toBeCloseTo(expected, 12);
  });
});

describe("rankReviewQueue", () => {
  const candidates = [
    { textId: 1, confidence: 0.9, hours: 1000, overridden: false }, // 100
    { textId: 2, confidence: 0.4, hours: 100, overridden: false }, // 60
    { textId: 3, confidence: 0.5, hours: 400, overridden: false }, // 200
    { textId: 4, confidence: 0.2, hours: 1000, overridden: true }, // 800, but a person already decided
    { textId: 5, confidence: null, hours: 5000, overridden: false }, // not classified
    { textId: 6, confidence: 0.8, hours: 300, overridden: false }, // 60: ties with 2, higher confidence
  ];

  it("ranks by (1 − confidence) × hours, leaving out overridden and unclassified texts", () => {
    expect(rankReviewQueue(candidates).map((c) => [c.textId, Math.round(c.score)])).toEqual([
      [3, 200],
      [1, 100],
      [2, 60],
      [6, 60],
    ]);
  });

  it("marks overridden texts and puts them last when asked for", () => {
    expect(rankReviewQueue(candidates, { includeOverridden: true }).map((c) => c.textId)).toEqual([3, 1, 2, 6, 4]);
  });

  it.each([
    { limit: 0, expected: [] },
    { limit: 1, expected: [3] },
    { limit: 99, expected: [3, 1, 2, 6] },
  ])("limit $limit", ({ limit, expected }) => {
    expect(rankReviewQueue(candidates, { limit }).map((c) => c.textId)).toEqual(expected);
  });

  it("empty queue", () => {
    expect(rankReviewQueue([])).toEqual([]);
  });
});

describe("rankReviewQueue with a limit (only the possible top is sorted)", () => {
  const candidate = fc.record({
    textId: fc.integer({ min: 1, max: 40 }),
    confidence: fc.option(fc.constantFrom(0, 0.2, 0.5, 0.8, 1), { nil: null }),
    hours: fc.constantFrom(0, 10, 100, 250, 1000),
    overridden: fc.boolean(),
  });

  it("gives exactly the first `limit` of the fully sorted queue, ties and overridden texts included", () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), fc.integer({ min: 0, max: 70 }), fc.boolean(), (list, limit, includeOverridden) => {
        const unique = list.map((c, i) => ({ ...c, textId: i + 1 }));
        const full = rankReviewQueue(unique, { includeOverridden });
        expect(rankReviewQueue(unique, { limit, includeOverridden })).toEqual(full.slice(0, limit));
      }),
      { numRuns: 500 },
    );
  });
});
