/** Pure layout of a legend that wraps its items onto as many rows as the width needs. */
import { estimateTextWidth } from "./text";

export interface LegendItemLayout<T> {
  item: T;
  x: number;
  y: number;
}

export interface LegendLayout<T> {
  items: LegendItemLayout<T>[];
  height: number;
}

export const LEGEND_FONT_SIZE = 12;
export const LEGEND_ROW_HEIGHT = 20;
export const LEGEND_SWATCH = 12;
const GAP = 18;

/** Positions for legend items of the given labels; an empty legend has height 0. */
export function layoutLegend<T extends { label: string }>(items: readonly T[], width: number): LegendLayout<T> {
  const placed: LegendItemLayout<T>[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const itemWidth = LEGEND_SWATCH + 6 + estimateTextWidth(item.label, LEGEND_FONT_SIZE);
    if (x > 0 && x + itemWidth > width) {
      row += 1;
      x = 0;
    }
    placed.push({ item, x, y: row * LEGEND_ROW_HEIGHT });
    x += itemWidth + GAP;
  }
  return { items: placed, height: items.length ? (row + 1) * LEGEND_ROW_HEIGHT : 0 };
}
