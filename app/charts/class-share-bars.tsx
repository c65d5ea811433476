/**
 * Class shares as horizontal stacked bars: one bar per group (organization, departments,
 * levels…), either 100 % stacked (shares of each group's hours) or in absolute hours.
 */
import { scaleLinear } from "d3-scale";
import { useMemo } from "react";
import { CLASS_LABELS } from "../analyzer/taxonomy";
import { axisHeight, ValueAxis } from "./axis";
import { ChartFrame } from "./chart-frame";
import { ChartSvg, hatchUrl, type LegendEntry } from "./chart-svg";
import { stackClassHours, type ClassBarMode, type ClassHours } from "./class-shares";
import { CLASS_COLORS, CLASS_ORDER, NEUTRAL, SUPPRESSED_STROKE, textColorOn } from "./colors";
import { zeroBasedDomain } from "./domains";
import { formatCompact, formatHours, formatShare, suppressedLabel } from "./format";
import { Mark } from "./mark";
import { estimateTextWidth, truncateToWidth } from "./text";
import { DEFAULT_K, type ChartBaseProps } from "./types";

export interface ClassShareRow {
  /** Stable key (department name, level index…), unique in `rows`. */
  key: string;
  /** Label at the left of the bar ("Organization", "Sales", "Senior"). */
  label: string;
  /** Hours per class for this group; ignored when `suppressed`. */
  hours: ClassHours;
  /** Fewer than k people: drawn hatched, labelled "fewer than k people", no figures. */
  suppressed?: boolean;
  /** A summary row (the organization): bold label, set apart from the rows after it. */
  isSummary?: boolean;
}

export interface ClassShareBarsProps extends ChartBaseProps {
  /** One bar per row, top to bottom in this order. */
  rows: readonly ClassShareRow[];
  /** "share": each bar is 100 % of its group's hours; "hours": bars share one hours axis. Default "share". */
  mode?: ClassBarMode;
  /** Header of the first data-table column ("Department", "Level"). Default "Group". */
  groupLabel?: string;
}

const BAR = 24;
const GAP = 10;
const SUMMARY_GAP = 14;

export const classLegend: LegendEntry[] = CLASS_ORDER.map((taskClass) => ({
  label: CLASS_LABELS[taskClass],
  color: CLASS_COLORS[taskClass],
}));

const rowTotal = (row: ClassShareRow) => (row.suppressed ? 0 : stackClassHours(row.hours, "hours").total);

export function isClassShareEmpty(rows: readonly ClassShareRow[]) {
  return rows.every((row) => !row.suppressed && rowTotal(row) === 0);
}

export function ClassShareBars(props: ClassShareBarsProps) {
  const { rows, mode = "share", groupLabel = "Group", kThreshold = DEFAULT_K } = props;
  const table = useMemo(
    () => ({
      caption: props.title,
      columns: [
        { label: groupLabel },
        ...CLASS_ORDER.flatMap((c) => [
          { label: `${CLASS_LABELS[c]} hours`, numeric: true },
          { label: `${CLASS_LABELS[c]} share`, numeric: true },
        ]),
        { label: "Total hours", numeric: true },
      ],
      rows: rows.map((row) => {
        if (row.suppressed) {
          return {
            key: row.key,
            cells: [row.label, ...CLASS_ORDER.flatMap(() => ["", ""]), suppressedLabel(kThreshold)],
          };
        }
        const stacked = stackClassHours(row.hours, "hours");
        return {
          key: row.key,
          cells: [
            row.label,
            ...stacked.segments.flatMap((s) => [formatHours(s.hours), formatShare(s.share)]),
            formatHours(stacked.total),
          ],
        };
      }),
    }),
    [rows, groupLabel, kThreshold, props.title],
  );
  return (
    <ChartFrame {...props} isEmpty={rows.length === 0 || isClassShareEmpty(rows)} table={table}>
      {({ width, id }) => <ClassShareBarsSvg {...props} mode={mode} kThreshold={kThreshold} width={width} id={id} />}
    </ChartFrame>
  );
}

function ClassShareBarsSvg({
  rows,
  mode,
  kThreshold,
  width,
  id,
  title,
  description,
}: ClassShareBarsProps & { mode: ClassBarMode; kThreshold: number; width: number; id: string }) {
  const labelWidth = Math.min(
    Math.max(80, ...rows.map((r) => estimateTextWidth(r.label, 12, r.isSummary) + 14)),
    Math.max(100, width * 0.3),
  );
  const totalWidth = Math.max(40, ...rows.map((r) => estimateTextWidth(formatHours(rowTotal(r)), 11) + 12));
  const plotLeft = labelWidth;
  const plotRight = width - totalWidth;
  const summaryCount = rows.filter((r) => r.isSummary).length;
  const plotHeight = rows.length * (BAR + GAP) + (summaryCount ? SUMMARY_GAP : 0);
  const height = plotHeight + axisHeight(mode === "hours");

  const x = useMemo(() => {
    const domain = mode === "share" ? [0, 1] : zeroBasedDomain(rows.map(rowTotal));
    const scale = scaleLinear().domain(domain).range([plotLeft, plotRight]);
    return mode === "share" ? scale : scale.nice();
  }, [rows, mode, plotLeft, plotRight]);

  let y = 0;
  const positioned = rows.map((row, i) => {
    const top = y;
    y += BAR + GAP;
    // The summary rows are set apart from the first ordinary row that follows them.
    if (row.isSummary && !rows[i + 1]?.isSummary) y += SUMMARY_GAP;
    return { row, top };
  });

  return (
    <ChartSvg id={id} width={width} height={height} title={title} description={description} legend={classLegend}>
      <ValueAxis
        scale={x}
        top={0}
        bottom={plotHeight - GAP / 2}
        format={mode === "share" ? formatShare : formatCompact}
        label={mode === "hours" ? "Hours per year" : undefined}
      />
      {positioned.map(({ row, top }) => (
        <g key={row.key} transform={`translate(0,${top + GAP / 2})`}>
          <text
            x={plotLeft - 8}
            y={BAR / 2}
            textAnchor="end"
            dominantBaseline="central"
            fontWeight={row.isSummary ? 600 : 400}
          >
            {truncateToWidth(row.label, plotLeft - 12, 12, row.isSummary)}
          </text>
          {row.suppressed ? (
            <SuppressedBar row={row} x0={plotLeft} x1={plotRight} chartId={id} kThreshold={kThreshold} />
          ) : (
            <StackedBar row={row} mode={mode} x={x} plotRight={plotRight} />
          )}
        </g>
      ))}
    </ChartSvg>
  );
}

function StackedBar({
  row,
  mode,
  x,
  plotRight,
}: {
  row: ClassShareRow;
  mode: ClassBarMode;
  x: (value: number) => number;
  plotRight: number;
}) {
  const stacked = stackClassHours(row.hours, mode);
  if (stacked.total === 0) {
    return (
      <text x={x(0) + 6} y={BAR / 2} dominantBaseline="central" fill={NEUTRAL.muted} fontStyle="italic">
        No hours recorded
      </text>
    );
  }
  const end = x(stacked.segments[stacked.segments.length - 1].end);
  return (
    <>
      {stacked.segments
        .filter((s) => s.hours > 0)
        .map((segment) => {
          const x0 = x(segment.start);
          const w = Math.max(1, x(segment.end) - x0);
          const figure = mode === "share" ? formatShare(segment.share) : formatCompact(segment.hours);
          const showFigure = estimateTextWidth(figure, 11) + 8 <= w;
          const color = CLASS_COLORS[segment.taskClass];
          const name = `${row.label}, ${CLASS_LABELS[segment.taskClass]}`;
          return (
            <Mark
              key={segment.taskClass}
              label={`${name}: ${formatShare(segment.share)} of hours, ${formatHours(segment.hours)}`}
              tooltip={{
                heading: name,
                rows: [
                  ["Share of hours", formatShare(segment.share)],
                  ["Hours", formatHours(segment.hours)],
                ],
              }}
            >
              <rect
                className="mark-shape"
                x={x0}
                width={w}
                height={BAR}
                fill={color}
                stroke="#ffffff"
                strokeWidth={1}
              />
              {showFigure ? (
                <text
                  x={x0 + w / 2}
                  y={BAR / 2}
                  textAnchor="middle"
                  dominantBaseline="central"
                  fontSize={11}
                  fill={textColorOn(color)}
                  pointerEvents="none"
                >
                  {figure}
                </text>
              ) : null}
            </Mark>
          );
        })}
      <text x={Math.min(end, plotRight) + 6} y={BAR / 2} dominantBaseline="central" fontSize={11} fill={NEUTRAL.muted}>
        {formatHours(stacked.total)}
      </text>
    </>
  );
}

export function SuppressedBar({
  row,
  x0,
  x1,
  chartId,
  kThreshold,
  height = BAR,
}: {
  row: { label: string };
  x0: number;
  x1: number;
  chartId: string;
  kThreshold: number;
  height?: number;
}) {
  const text = suppressedLabel(kThreshold);
  return (
    <Mark
      label={`${row.label}: ${text}, figures hidden`}
      tooltip={{ heading: row.label, note: `Figures hidden: ${text}.` }}
      className="suppressed"
    >
      <rect
        className="mark-shape"
        x={x0}
        width={Math.max(1, x1 - x0)}
        height={height}
        fill={hatchUrl(chartId)}
        stroke={SUPPRESSED_STROKE}
      />
      <text x={x0 + 8} y={height / 2} dominantBaseline="central" fontSize={11} fill={NEUTRAL.text}>
        <tspan className="suppressed-label" paintOrder="stroke" stroke="#ffffff" strokeWidth={3}>
          {text}
        </tspan>
      </text>
    </Mark>
  );
}
