/**
 * Edge cases of scales in one place (after visx's domains.ts): empty data, a single value,
 * zeros, NaN and negative figures must never reach a scale as a degenerate domain, or the
 * axes break and NaN ends up in SVG attributes.
 */

/** A figure that can be drawn: NaN, ±Infinity and negatives become 0. */
export function nonNegative(value: number | null | undefined): number {
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : 0;
}

/** A share clamped to 0–1 (NaN becomes 0). */
export function clampShare(value: number | null | undefined): number {
  return Math.min(1, nonNegative(value));
}

/**
 * [0, max] for bar lengths. With no data, or only zeros, returns [0, fallbackMax] so the
 * axis still reads 0 … fallbackMax instead of collapsing to a point.
 */
export function zeroBasedDomain(values: readonly number[], fallbackMax = 1): [number, number] {
  let max = 0;
  for (const value of values) max = Math.max(max, nonNegative(value));
  return [0, max > 0 ? max : fallbackMax];
}

/** How many ticks fit an axis of this length in pixels, at one tick per ~`spacing` px (at least 2). */
export function tickCount(length: number, spacing = 90): number {
  if (!Number.isFinite(length) || length <= 0) return 2;
  return Math.max(2, Math.min(10, Math.floor(length / spacing)));
}

/** The sum of the drawable figures. */
export function total(values: readonly number[]): number {
  let sum = 0;
  for (const value of values) sum += nonNegative(value);
  return sum;
}
