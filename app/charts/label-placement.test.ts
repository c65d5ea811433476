import { describe, expect, it } from "vitest";
import { overlaps, placeLabels, type LabelCandidate } from "./label-placement";

const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };
const candidate = (key: string, cx: number, cy: number, width = 60): LabelCandidate => ({
  key,
  cx,
  cy,
  r: 5,
  width,
  height: 12,
});

describe("placeLabels", () => {
  it("places nothing for no candidates", () => {
    expect(placeLabels([], bounds)).toEqual([]);
  });

  it("puts a lone label to the right of its mark", () => {
    const [label] = placeLabels([candidate("a", 100, 100)], bounds);
    expect(label).toMatchObject({ key: "a", anchor: "start", x: 108, y: 100 });
  });

  it("flips to the left at the right edge of the plot", () => {
    const [label] = placeLabels([candidate("a", 380, 100)], bounds);
    expect(label.anchor).toBe("end");
    expect(label.box.x1).toBeLessThanOrEqual(380);
  });

  it("moves a second label away from the first and never overlaps", () => {
    const placed = placeLabels([candidate("a", 100, 100), candidate("b", 100, 112)], bounds);
    expect(placed).toHaveLength(2);
    expect(overlaps(placed[0].box, placed[1].box)).toBe(false);
  });

  it("drops a label that fits nowhere", () => {
    const tight = { x0: 90, y0: 90, x1: 110, y1: 110 };
    expect(placeLabels([candidate("a", 100, 100)], tight)).toEqual([]);
  });

  it("keeps out of reserved areas", () => {
    const [label] = placeLabels([candidate("a", 100, 100)], bounds, [{ x0: 100, y0: 90, x1: 200, y1: 110 }]);
    expect(label.anchor).toBe("end");
  });

  it("does not cover other marks", () => {
    const placed = placeLabels([candidate("a", 100, 100), candidate("b", 130, 100, 10)], bounds);
    const a = placed.find((p) => p.key === "a")!;
    expect(overlaps(a.box, { x0: 125, y0: 95, x1: 135, y1: 105 })).toBe(false);
  });
});
