/**
 * Pure layout for class-share bars: turns hours per class into stacked segments, either as
 * shares of the row (100 % stacked) or as absolute hours.
 */
import type { TaskClass } from "../analyzer/taxonomy";
import { CLASS_ORDER } from "./colors";
import { nonNegative } from "./domains";

export type ClassHours = Record<TaskClass, number>;
export type ClassBarMode = "share" | "hours";

export interface ClassSegment {
  taskClass: TaskClass;
  hours: number;
  /** Share of the row's total hours (0 when the row has none). */
  share: number;
  /** Start and end along the value axis, in the mode's unit (share or hours). */
  start: number;
  end: number;
}

export interface StackedRow {
  total: number;
  segments: ClassSegment[];
}

/** Segments in class order; a row with no hours yields zero-length segments, never NaN. */
export function stackClassHours(hours: ClassHours, mode: ClassBarMode): StackedRow {
  const values = CLASS_ORDER.map((taskClass) => nonNegative(hours[taskClass]));
  const rowTotal = values.reduce((a, b) => a + b, 0);
  let cursor = 0;
  const segments = CLASS_ORDER.map((taskClass, i) => {
    const share = rowTotal > 0 ? values[i] / rowTotal : 0;
    const length = mode === "share" ? share : values[i];
    const segment = { taskClass, hours: values[i], share, start: cursor, end: cursor + length };
    cursor += length;
    return segment;
  });
  return { total: rowTotal, segments };
}
