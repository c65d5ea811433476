/**
 * Cost figures in words for the redesign tables. Costs are in whatever currency the jobs file
 * used (the importer drops a leading currency sign), so no symbol is printed. Pure.
 */
import { format } from "d3-format";
import { levelName } from "../../../importers/levels";

const whole = format(",.0f");

/** 120000 → "120,000"; negative with a real minus sign. */
export function formatCost(value: number): string {
  return Number.isFinite(value) ? whole(value) : "–";
}

export interface MoveCost {
  costFreed: number | null;
  receivingLevel: number | null;
  costGapPerFte: number | null;
  costShift: number | null;
}

/**
 * Where a role's democratized work would go and what that changes in cost, e.g.
 * "to Junior: 20,000 less per FTE, 12,000 a year". `cost` null means the figures are hidden.
 */
export function describeMove(cost: MoveCost | null, movableHours: number, hiddenLabel: string): string {
  if (cost === null) return hiddenLabel;
  if (!(movableHours > 0)) return "–";
  if (cost.costFreed === null) return "cost not known";
  if (cost.receivingLevel === null || cost.costGapPerFte === null) return "no lower level with a known cost";
  const gap = cost.costGapPerFte;
  const perFte = gap === 0 ? "same cost per FTE" : `${formatCost(Math.abs(gap))} ${gap > 0 ? "less" : "more"} per FTE`;
  const shift = cost.costShift === null || cost.costShift === 0 ? "" : `, ${formatCost(Math.abs(cost.costShift))} a year ${cost.costShift > 0 ? "saved" : "added"}`;
  return `to ${levelName(cost.receivingLevel)}: ${perFte}${shift}`;
}
