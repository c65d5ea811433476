/**
 * One 100 % bar per group, split into ordered categories (e.g. how often people use AI:
 * Never … Several times a day). A group drawn from fewer than k people is a hatched bar that
 * reads "fewer than k people".
 */
import { useMemo } from "react";
import { ChartFrame } from "./chart-frame";
import { ChartSvg, type LegendEntry } from "./chart-svg";
import { SuppressedBar } from "./class-share-bars";
import { NEUTRAL, textColorOn } from "./colors";
import { formatShare, suppressedLabel } from "./format";
import { Mark } from "./mark";
import { estimateTextWidth, truncateToWidth } from "./text";
import { DEFAULT_K, type ChartBaseProps } from "./types";

export interface ShareStackRow {
  key: string;
  label: string;
  /** One share per category, summing to 1; ignored when suppressed. */
  shares: readonly number[] | null;
  suppressed: boolean;
}

export interface ShareStackBarsProps extends ChartBaseProps {
  categories: readonly string[];
  /** One colour per category, in order (light to dark reads as "more"). */
  colors: readonly string[];
  rows: readonly ShareStackRow[];
  rowLabel: string;
}

const BAR = 20;
const GAP = 8;

export function ShareStackBars(props: ShareStackBarsProps) {
  const { categories, rows, rowLabel, kThreshold = DEFAULT_K } = props;
  const table = useMemo(
    () => ({
      caption: props.title,
      columns: [{ label: rowLabel }, ...categories.map((c) => ({ label: c, numeric: true }))],
      rows: rows.map((row) => ({
        key: row.key,
        cells: [row.label, ...categories.map((_, i) => (row.suppressed || !row.shares ? (i === 0 ? suppressedLabel(kThreshold) : "") : formatShare(row.shares[i])))],
      })),
    }),
    [categories, rows, rowLabel, kThreshold, props.title],
  );
  return (
    <ChartFrame {...props} isEmpty={rows.length === 0} table={table}>
      {({ width, id }) => <StackSvg {...props} kThreshold={kThreshold} width={width} id={id} />}
    </ChartFrame>
  );
}

function StackSvg({ categories, colors, rows, kThreshold, width, id, title, description }: ShareStackBarsProps & { kThreshold: number; width: number; id: string }) {
  const labelWidth = Math.min(Math.max(80, ...rows.map((r) => estimateTextWidth(r.label, 12) + 16)), width * 0.3);
  const x0 = labelWidth;
  const span = Math.max(10, width - labelWidth - 8);
  const legend: LegendEntry[] = categories.map((label, i) => ({ label, color: colors[i] }));
  return (
    <ChartSvg id={id} width={width} height={rows.length * (BAR + GAP)} title={title} description={description} legend={legend}>
      {rows.map((row, r) => {
        let cursor = x0;
        return (
          <g key={row.key} transform={`translate(0,${r * (BAR + GAP)})`}>
            <text x={labelWidth - 8} y={BAR / 2} textAnchor="end" dominantBaseline="central" fontSize={12}>
              {truncateToWidth(row.label, labelWidth - 12, 12)}
            </text>
            {row.suppressed || !row.shares ? (
              <SuppressedBar row={row} x0={x0} x1={x0 + span} chartId={id} kThreshold={kThreshold} height={BAR} />
            ) : (
              row.shares.map((share, i) => {
                const w = share * span;
                const left = cursor;
                cursor += w;
                if (!(w > 0)) return null;
                return (
                  <Mark
                    key={categories[i]}
                    label={`${row.label}, ${categories[i]}: ${formatShare(share)}`}
                    tooltip={{ heading: row.label, rows: [[categories[i], formatShare(share)]] }}
                  >
                    <rect className="mark-shape" x={left} width={w} height={BAR} fill={colors[i]} stroke="#fff" strokeWidth={0.5} />
                    {w > 30 ? (
                      <text x={left + w / 2} y={BAR / 2} textAnchor="middle" dominantBaseline="central" fontSize={10} fill={textColorOn(colors[i])}>
                        {formatShare(share)}
                      </text>
                    ) : null}
                  </Mark>
                );
              })
            )}
          </g>
        );
      })}
      <line x1={x0} x2={x0} y1={0} y2={rows.length * (BAR + GAP) - GAP} stroke={NEUTRAL.axis} />
    </ChartSvg>
  );
}
