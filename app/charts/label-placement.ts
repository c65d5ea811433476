/**
 * Greedy label placement for scatter marks: each label tries the right, left, top and bottom
 * of its mark, in that order, and takes the first spot that stays inside the plot and
 * overlaps neither a placed label, nor a mark, nor a reserved area. Labels that fit nowhere
 * are left out (the tooltip and the data table still name them). Callers pass candidates in
 * priority order, e.g. biggest mark first.
 */

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelCandidate {
  key: string;
  /** Centre and radius of the mark. */
  cx: number;
  cy: number;
  r: number;
  /** Size of the label's box in px. */
  width: number;
  height: number;
}

export interface PlacedLabel {
  key: string;
  /** Text anchor point and alignment for an SVG <text> with dominant-baseline "central". */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  box: Box;
}

const PAD = 3;

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

const inside = (box: Box, bounds: Box) =>
  box.x0 >= bounds.x0 && box.x1 <= bounds.x1 && box.y0 >= bounds.y0 && box.y1 <= bounds.y1;

function spots(c: LabelCandidate): PlacedLabel[] {
  const { cx, cy, r, width: w, height: h } = c;
  const make = (x: number, y: number, anchor: PlacedLabel["anchor"]): PlacedLabel => {
    const left = anchor === "start" ? x : anchor === "end" ? x - w : x - w / 2;
    return { key: c.key, x, y, anchor, box: { x0: left, y0: y - h / 2, x1: left + w, y1: y + h / 2 } };
  };
  return [
    make(cx + r + PAD, cy, "start"),
    make(cx - r - PAD, cy, "end"),
    make(cx, cy - r - PAD - h / 2, "middle"),
    make(cx, cy + r + PAD + h / 2, "middle"),
  ];
}

export function placeLabels(
  candidates: readonly LabelCandidate[],
  bounds: Box,
  reserved: readonly Box[] = [],
): PlacedLabel[] {
  const marks: Box[] = candidates.map((c) => ({ x0: c.cx - c.r, y0: c.cy - c.r, x1: c.cx + c.r, y1: c.cy + c.r }));
  const taken: Box[] = [...reserved];
  const placed: PlacedLabel[] = [];
  candidates.forEach((candidate, i) => {
    const spot = spots(candidate).find(
      (s) =>
        inside(s.box, bounds) &&
        !taken.some((t) => overlaps(s.box, t)) &&
        !marks.some((m, j) => j !== i && overlaps(s.box, m)),
    );
    if (spot) {
      placed.push(spot);
      taken.push(spot.box);
    }
  });
  return placed;
}
