import { expect, test } from "vitest";
import type { CompressionIndex } from "../analyzer/compression";
import { describeCompressionPlainly } from "./plain-seniority";

const index = (gapBefore: number, gapAfter: number): CompressionIndex => ({
  value: 1 - gapAfter / gapBefore,
  reading: "compressed",
  bottomLevel: 0,
  topLevel: 6,
  gapBefore,
  gapAfter,
});

test.each([
  [0.3, 0.18, "After AI, junior office work (Entry) is 12 points closer to senior work (Executive): the judgment gap narrows from 30 to 18 points."],
  [0.3, 0.35, "After AI, junior office work (Entry) is 5 points further from senior work (Executive): the judgment gap widens from 30 to 35 points."],
  [0.3, 0.301, "AI leaves junior office work (Entry) as far from senior work (Executive) as before: the judgment gap stays at about 30 points."],
  [0.3, -0.04, "After AI, junior office work (Entry) carries more judgment than senior work (Executive) (4 points more), where senior work carried 30 points more before."],
  [-0.3, -0.35, "Even before AI, junior office work (Entry) carries more judgment than senior work (Executive): 30 points more before AI, 35 points more after."],
  [-0.1, 0.01, "Before AI, junior office work (Entry) carries 10 points more judgment than senior work (Executive); after AI, senior work (Executive) carries 1 point more."],
])("gap %d → %d", (before, after, text) => {
  expect(describeCompressionPlainly(index(before, after))).toBe(text);
});

test("no index: the reason", () => {
  expect(describeCompressionPlainly({ value: null, reason: "No level has any hours yet." })).toBe("No level has any hours yet.");
});
