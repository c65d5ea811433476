/**
 * The frame shared by the charts that plot one row per item on a horizontal value axis (the
 * judgment dumbbell, the scenario projection): a label column at the left sized to its
 * labels, the value axis under the rows, and a hidden-figures bar for a suppressed row.
 */
import type { ScaleLinear } from "d3-scale";
import type { ReactNode } from "react";
import { axisHeight, ValueAxis } from "./axis";
import { ChartSvg, type LegendEntry } from "./chart-svg";
import { SuppressedBar } from "./class-share-bars";
import { estimateTextWidth, truncateToWidth } from "./text";

/** Wide enough for the longest label (12 px text), at least `min`, at most 30 % of the chart. */
export function rowLabelWidth(labels: readonly string[], width: number, min: number): number {
  return Math.min(Math.max(min, ...labels.map((label) => estimateTextWidth(label, 12) + 16)), width * 0.3);
}

export function RowPlotSvg({
  id,
  width,
  plotHeight,
  title,
  description,
  legend,
  x,
  format,
  axisLabel,
  children,
}: {
  id: string;
  width: number;
  /** Height of the rows; the axis goes below. */
  plotHeight: number;
  title: string;
  description: string;
  legend: readonly LegendEntry[];
  x: ScaleLinear<number, number>;
  format: (value: number) => string;
  axisLabel: string;
  children: ReactNode;
}) {
  return (
    <ChartSvg id={id} width={width} height={plotHeight + axisHeight(true)} title={title} description={description} legend={legend}>
      <ValueAxis scale={x} top={0} bottom={plotHeight} format={format} label={axisLabel} />
      {children}
    </ChartSvg>
  );
}

/** A row's label, right-aligned to the label column and cut to fit it. */
export function RowLabel({ label, labelWidth, y, fontWeight }: { label: string; labelWidth: number; y: number; fontWeight?: number }) {
  return (
    <text x={labelWidth} y={y} textAnchor="end" dominantBaseline="central" fontWeight={fontWeight}>
      {truncateToWidth(label, labelWidth - 8, 12)}
    </text>
  );
}

/** A row below the k-threshold: a bar across the plot that says its figures are hidden. */
export function SuppressedRow({ row, y, x0, x1, chartId, kThreshold }: { row: { label: string }; y: number; x0: number; x1: number; chartId: string; kThreshold: number }) {
  return (
    <g transform={`translate(0,${y - 9})`}>
      <SuppressedBar row={row} x0={x0} x1={x1} chartId={chartId} kThreshold={kThreshold} height={18} />
    </g>
  );
}
