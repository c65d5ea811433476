/**
 * Current versus projected headcount per department for one scenario (adoption rate a and
 * demand elasticity ε), as a dot plot: a ring for today, an arrow to the projection, and
 * the change written out at the right so direction never depends on colour alone.
 */
import { scaleLinear } from "d3-scale";
import { useMemo } from "react";
import { ChartFrame } from "./chart-frame";
import type { LegendEntry } from "./chart-svg";
import { NEUTRAL } from "./colors";
import { nonNegative, zeroBasedDomain } from "./domains";
import { DotPair } from "./dot-row";
import { formatChangeShare, formatHeadcount, formatHeadcountChange, formatShare, suppressedLabel } from "./format";
import { Mark } from "./mark";
import { RowLabel, rowLabelWidth, RowPlotSvg, SuppressedRow } from "./row-plot";
import { DEFAULT_K, type ChartBaseProps } from "./types";

export interface ProjectionRow {
  /** Stable key (department name), unique in `rows`. */
  key: string;
  /** Label at the left ("Finance"). */
  label: string;
  /** Headcount (FTE) today. */
  current: number;
  /** Headcount (FTE) the scenario needs. */
  projected: number;
  /** Fewer than k people: hatched, no figures. */
  suppressed?: boolean;
  /** A summary row (the organization): bold, set apart from the rows after it. */
  isSummary?: boolean;
}

export interface ScenarioProjectionProps extends ChartBaseProps {
  /** One row per department, top to bottom in this order. */
  rows: readonly ProjectionRow[];
  /** Adoption rate a of the scenario, 0–1 (shown in the footnote). */
  adoptionRate: number;
  /** Demand elasticity ε of the scenario, ≥ 0 (shown in the footnote). */
  elasticity: number;
}

const ROW = 34;
const SUMMARY_GAP = 12;
const CHANGE_WIDTH = 118;
const CURRENT_COLOR = NEUTRAL.muted;
/** Direction colours (Okabe–Ito vermillion / blue); the signed change text carries the meaning too. */
const DOWN_COLOR = "#D55E00";
/** Darker shades of the two for text, to reach 4.5:1 on white. */
const DOWN_TEXT = "#A94400";
const UP_COLOR = "#0072B2";

export const projectionChange = (row: Pick<ProjectionRow, "current" | "projected">) => {
  const current = nonNegative(row.current);
  const change = nonNegative(row.projected) - current;
  return { change, relative: current > 0 ? change / current : 0 };
};

export function ScenarioProjection(props: ScenarioProjectionProps) {
  const { rows, adoptionRate, elasticity, kThreshold = DEFAULT_K } = props;
  const table = useMemo(
    () => ({
      caption: `${props.title} (adoption ${formatShare(adoptionRate)}, elasticity ${elasticity})`,
      columns: [
        { label: "Department" },
        { label: "Headcount today", numeric: true },
        { label: "Projected headcount", numeric: true },
        { label: "Change", numeric: true },
      ],
      rows: rows.map((row) => {
        if (row.suppressed) return { key: row.key, cells: [row.label, suppressedLabel(kThreshold), "", ""] };
        const { change, relative } = projectionChange(row);
        return {
          key: row.key,
          cells: [
            row.label,
            formatHeadcount(nonNegative(row.current)),
            formatHeadcount(nonNegative(row.projected)),
            `${formatHeadcountChange(change)} (${formatChangeShare(relative)})`,
          ],
        };
      }),
    }),
    [rows, adoptionRate, elasticity, kThreshold, props.title],
  );
  const footnote = `Scenario: adoption ${formatShare(
    adoptionRate,
  )} of automatable work, demand elasticity ε = ${elasticity}.`;
  return (
    <ChartFrame {...props} isEmpty={rows.length === 0} table={table} footnote={footnote}>
      {({ width, id }) => <ProjectionSvg {...props} kThreshold={kThreshold} width={width} id={id} />}
    </ChartFrame>
  );
}

function ProjectionSvg({
  rows,
  kThreshold,
  width,
  id,
  title,
  description,
}: ScenarioProjectionProps & { kThreshold: number; width: number; id: string }) {
  const labelWidth = rowLabelWidth(rows.map((r) => r.label), width, 80);
  // Summary rows are written out, not plotted: an organization total on the same axis would
  // squeeze every department into its left end.
  const visible = rows.filter((r) => !r.suppressed && !r.isSummary);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain(zeroBasedDomain(visible.flatMap((r) => [r.current, r.projected])))
        .range([labelWidth + 16, width - CHANGE_WIDTH - 16])
        .nice(),
    [visible, labelWidth, width],
  );
  const hasSummary = rows.some((r) => r.isSummary);
  const plotHeight = rows.length * ROW + (hasSummary ? SUMMARY_GAP : 0);
  const legend: LegendEntry[] = [
    { label: "Today", color: CURRENT_COLOR, shape: "ring" },
    { label: "Projected: fewer", color: DOWN_COLOR, shape: "circle" },
    { label: "Projected: more", color: UP_COLOR, shape: "circle" },
  ];
  let cursor = 0;
  return (
    <RowPlotSvg id={id} width={width} plotHeight={plotHeight} title={title} description={description} legend={legend} x={x} format={formatHeadcount} axisLabel="Headcount (FTE)">
      {rows.map((row, i) => {
        const y = cursor + ROW / 2;
        cursor += ROW + (row.isSummary && !rows[i + 1]?.isSummary ? SUMMARY_GAP : 0);
        const current = nonNegative(row.current);
        const projected = nonNegative(row.projected);
        const { change, relative } = projectionChange(row);
        const color = change < 0 ? DOWN_COLOR : UP_COLOR;
        const changeText = `${formatHeadcountChange(change)} (${formatChangeShare(relative)})`;
        return (
          <g key={row.key}>
            <RowLabel label={row.label} labelWidth={labelWidth} y={y} fontWeight={row.isSummary ? 600 : 400} />
            {row.suppressed ? (
              <SuppressedRow row={row} y={y} x0={x.range()[0]} x1={x.range()[1]} chartId={id} kThreshold={kThreshold} />
            ) : (
              <Mark
                label={`${row.label}: ${formatHeadcount(current)} today, ${formatHeadcount(
                  projected,
                )} projected, change ${changeText}`}
                tooltip={{
                  heading: row.label,
                  rows: [
                    ["Today", formatHeadcount(current)],
                    ["Projected", formatHeadcount(projected)],
                    ["Change", changeText],
                  ],
                }}
              >
                <rect
                  x={x.range()[0]}
                  y={y - ROW / 2 + 2}
                  width={width - x.range()[0]}
                  height={ROW - 4}
                  fill="transparent"
                />
                {row.isSummary ? (
                  <text x={x.range()[0]} y={y} dominantBaseline="central" fontSize={12}>
                    <tspan fill={NEUTRAL.muted}>{`${formatHeadcount(current)} today → `}</tspan>
                    <tspan fontWeight={600}>{`${formatHeadcount(projected)} projected`}</tspan>
                  </text>
                ) : (
                  <DotPair
                    x0={x(current)}
                    x1={x(projected)}
                    y={y}
                    fromColor={CURRENT_COLOR}
                    toColor={color}
                    fromText={formatHeadcount(current)}
                    toText={formatHeadcount(projected)}
                    xMin={x.range()[0]}
                  />
                )}
                <text
                  x={width - 4}
                  y={y}
                  textAnchor="end"
                  dominantBaseline="central"
                  fontSize={12}
                  fontWeight={row.isSummary ? 600 : 400}
                  fill={Math.abs(change) < 0.05 ? NEUTRAL.muted : change < 0 ? DOWN_TEXT : UP_COLOR}
                >
                  {changeText}
                </text>
              </Mark>
            )}
          </g>
        );
      })}
    </RowPlotSvg>
  );
}
