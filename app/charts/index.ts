/**
 * Orbital's chart components: plain data props in, accessible server-renderable SVG out.
 * Pages also need the chart stylesheet: see ./styles.ts and docs/charts.md.
 */
export { AtomizationIcicle, type AtomizationIcicleProps } from "./atomization-icicle";
export type { AtomizationDepartment, AtomizationRole, AtomSlice } from "./atomization-layout";
export { ClassShareBars, type ClassShareBarsProps, type ClassShareRow } from "./class-share-bars";
export type { ClassBarMode, ClassHours } from "./class-shares";
export { CLASS_COLORS, CLASS_ORDER, categoryColors } from "./colors";
export { EMPTY_MESSAGE } from "./chart-frame";
export { formatHeadcount, formatHours, formatShare, suppressedLabel } from "./format";
export { HourBarList, type HourBarItem, type HourBarListProps } from "./hour-bar-list";
export { JudgmentDumbbell, type DumbbellRow, type JudgmentDumbbellProps } from "./judgment-dumbbell";
export {
  DEFAULT_QUADRANT_LABELS,
  QuadrantScatter,
  type QuadrantLabels,
  type QuadrantPoint,
  type QuadrantScatterProps,
} from "./quadrant-scatter";
export { ScenarioProjection, type ProjectionRow, type ScenarioProjectionProps } from "./scenario-projection";
export type { ChartBaseProps } from "./types";
