/**
 * Judgment share per level before and after AI, as a dumbbell: a ring for today, an arrow
 * to a dot for the share once automatable work goes to AI. The seniority compression figure.
 */
import { scaleLinear } from "d3-scale";
import { useMemo } from "react";
import { ChartFrame } from "./chart-frame";
import type { LegendEntry } from "./chart-svg";
import { CLASS_COLORS, NEUTRAL } from "./colors";
import { clampShare } from "./domains";
import { DotPair } from "./dot-row";
import { formatShare, suppressedLabel } from "./format";
import { Mark } from "./mark";
import { RowLabel, rowLabelWidth, RowPlotSvg, SuppressedRow } from "./row-plot";
import { DEFAULT_K, type ChartBaseProps } from "./types";

export interface DumbbellRow {
  /** Stable key (the level index), unique in `rows`. */
  key: string;
  /** Label at the left ("Junior", "Senior"). */
  label: string;
  /** Share before AI, 0–1. */
  before: number;
  /** Share after AI, 0–1. */
  after: number;
  /** Fewer than k people: hatched, no figures. */
  suppressed?: boolean;
}

export interface JudgmentDumbbellProps extends ChartBaseProps {
  /** One row per level, top to bottom in this order. */
  rows: readonly DumbbellRow[];
  /** Legend/table name of the first value. Default "Before AI". */
  beforeLabel?: string;
  /** Legend/table name of the second value. Default "After AI". */
  afterLabel?: string;
  /** What the shares measure, for the axis, labels and table. Default "Judgment share". */
  measureLabel?: string;
  /** Header of the first data-table column. Default "Level". */
  groupLabel?: string;
}

const ROW = 34;
const BEFORE_COLOR = NEUTRAL.muted;
const AFTER_COLOR = CLASS_COLORS.specialized;

export function JudgmentDumbbell(props: JudgmentDumbbellProps) {
  const {
    rows,
    beforeLabel = "Before AI",
    afterLabel = "After AI",
    measureLabel = "Judgment share",
    groupLabel = "Level",
    kThreshold = DEFAULT_K,
  } = props;
  const table = useMemo(
    () => ({
      caption: props.title,
      columns: [
        { label: groupLabel },
        { label: `${measureLabel}, ${beforeLabel.toLowerCase()}`, numeric: true },
        { label: `${measureLabel}, ${afterLabel.toLowerCase()}`, numeric: true },
      ],
      rows: rows.map((row) => ({
        key: row.key,
        cells: row.suppressed
          ? [row.label, suppressedLabel(kThreshold), ""]
          : [row.label, formatShare(clampShare(row.before)), formatShare(clampShare(row.after))],
      })),
    }),
    [rows, groupLabel, measureLabel, beforeLabel, afterLabel, kThreshold, props.title],
  );
  return (
    <ChartFrame {...props} isEmpty={rows.length === 0} table={table}>
      {({ width, id }) => (
        <DumbbellSvg
          {...props}
          beforeLabel={beforeLabel}
          afterLabel={afterLabel}
          measureLabel={measureLabel}
          kThreshold={kThreshold}
          width={width}
          id={id}
        />
      )}
    </ChartFrame>
  );
}

function DumbbellSvg({
  rows,
  beforeLabel,
  afterLabel,
  measureLabel,
  kThreshold,
  width,
  id,
  title,
  description,
}: JudgmentDumbbellProps & {
  beforeLabel: string;
  afterLabel: string;
  measureLabel: string;
  kThreshold: number;
  width: number;
  id: string;
}) {
  const labelWidth = rowLabelWidth(rows.map((r) => r.label), width, 70);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, 1])
        .range([labelWidth + 20, width - 48]),
    [labelWidth, width],
  );
  const plotHeight = rows.length * ROW;
  const legend: LegendEntry[] = [
    { label: beforeLabel, color: BEFORE_COLOR, shape: "ring" },
    { label: afterLabel, color: AFTER_COLOR, shape: "circle" },
  ];
  return (
    <RowPlotSvg id={id} width={width} plotHeight={plotHeight} title={title} description={description} legend={legend} x={x} format={formatShare} axisLabel={measureLabel}>
      {rows.map((row, i) => {
        const y = i * ROW + ROW / 2;
        const before = clampShare(row.before);
        const after = clampShare(row.after);
        return (
          <g key={row.key}>
            <RowLabel label={row.label} labelWidth={labelWidth} y={y} />
            {row.suppressed ? (
              <SuppressedRow row={row} y={y} x0={x(0)} x1={x(1)} chartId={id} kThreshold={kThreshold} />
            ) : (
              <Mark
                label={`${row.label}: ${measureLabel.toLowerCase()} ${formatShare(
                  before,
                )} ${beforeLabel.toLowerCase()}, ${formatShare(after)} ${afterLabel.toLowerCase()}`}
                tooltip={{
                  heading: row.label,
                  rows: [
                    [beforeLabel, formatShare(before)],
                    [afterLabel, formatShare(after)],
                    ["Change", `${after >= before ? "+" : "−"}${Math.round(Math.abs(after - before) * 100)} pts`],
                  ],
                }}
              >
                <rect x={x(0)} y={y - ROW / 2 + 2} width={x(1) - x(0)} height={ROW - 4} fill="transparent" />
                <DotPair
                  x0={x(before)}
                  x1={x(after)}
                  y={y}
                  fromColor={BEFORE_COLOR}
                  toColor={AFTER_COLOR}
                  fromText={formatShare(before)}
                  toText={formatShare(after)}
                  xMin={x(0)}
                />
              </Mark>
            )}
          </g>
        );
      })}
    </RowPlotSvg>
  );
}
