/**
 * A heatmap of capability gaps: one row per group (department, level), one column per
 * capability, each cell coloured by required − supply on a diverging scale (orange: people
 * report less than the work will need; blue: more). A cell drawn from fewer than k people is
 * hatched and reads "fewer than k people".
 */
import { scaleLinear } from "d3-scale";
import { useMemo } from "react";
import { ChartFrame } from "./chart-frame";
import { ChartSvg, hatchUrl, type LegendEntry } from "./chart-svg";
import { NEUTRAL, SUPPRESSED_STROKE, textColorOn } from "./colors";
import { formatShare, suppressedLabel } from "./format";
import { Mark } from "./mark";
import { estimateTextWidth, truncateToWidth } from "./text";
import { DEFAULT_K, type ChartBaseProps } from "./types";

export interface GapHeatmapCell {
  column: string;
  /** required − supply, as a share of the scale (−1 … 1); null when suppressed or unknown. */
  gap: number | null;
  supply: number | null;
  required: number | null;
  suppressed: boolean;
}

export interface GapHeatmapRow {
  key: string;
  label: string;
  /** A second line under the label, e.g. "12 respondents". */
  note?: string;
  cells: GapHeatmapCell[];
}

export interface GapHeatmapProps extends ChartBaseProps {
  columns: readonly { key: string; label: string }[];
  rows: readonly GapHeatmapRow[];
  /** Header of the first data-table column. */
  rowLabel: string;
}

const CELL_H = 34;
const HEAD_H = 24;
/** Blue (surplus) – white – orange (shortfall): colour-blind safe, and the sign is also in the text. */
const colorOf = scaleLinear<string>().domain([-0.5, 0, 0.5]).range(["#2b6cb0", "#f7f7f7", "#c05621"]).clamp(true);

const signed = (gap: number) => (Math.abs(gap) < 0.005 ? "±0 pts" : `${gap > 0 ? "+" : "−"}${Math.round(Math.abs(gap) * 100)} pts`);

function cellText(cell: GapHeatmapCell, k: number): string {
  if (cell.suppressed) return suppressedLabel(k);
  if (cell.gap === null) return "no figure";
  return `gap ${signed(cell.gap)} (needs ${formatShare(cell.required ?? 0)}, reported ${formatShare(cell.supply ?? 0)})`;
}

export function GapHeatmap(props: GapHeatmapProps) {
  const { columns, rows, rowLabel, kThreshold = DEFAULT_K } = props;
  const table = useMemo(
    () => ({
      caption: props.title,
      columns: [{ label: rowLabel }, ...columns.map((c) => ({ label: `${c.label} gap`, numeric: true }))],
      rows: rows.map((row) => ({
        key: row.key,
        cells: [row.label, ...row.cells.map((cell) => cellText(cell, kThreshold))],
      })),
    }),
    [columns, rows, rowLabel, kThreshold, props.title],
  );
  return (
    <ChartFrame {...props} isEmpty={rows.length === 0} table={table}>
      {({ width, id }) => <HeatmapSvg {...props} kThreshold={kThreshold} width={width} id={id} />}
    </ChartFrame>
  );
}

const LEGEND: LegendEntry[] = [
  { label: "Shortfall: the work will need more than people report", color: "#c05621" },
  { label: "About even", color: "#f7f7f7" },
  { label: "Surplus", color: "#2b6cb0" },
  { label: "Fewer than k people: hidden", color: "", hatched: true },
];

function HeatmapSvg({ columns, rows, kThreshold, width, id, title, description }: GapHeatmapProps & { kThreshold: number; width: number; id: string }) {
  const labelWidth = Math.min(Math.max(80, ...rows.map((r) => estimateTextWidth(r.label, 12) + 16)), width * 0.3);
  const cellW = Math.max(40, (width - labelWidth) / Math.max(1, columns.length));
  const height = HEAD_H + rows.length * CELL_H;
  const legend = LEGEND.map((entry) => (entry.hatched ? { ...entry, label: `Fewer than ${kThreshold} people: hidden` } : entry));
  return (
    <ChartSvg id={id} width={width} height={height} title={title} description={description} legend={legend}>
      {columns.map((c, i) => (
        <text key={c.key} x={labelWidth + i * cellW + cellW / 2} y={HEAD_H / 2} textAnchor="middle" dominantBaseline="central" fontSize={12} fontWeight={600}>
          {truncateToWidth(c.label, cellW - 6, 12)}
        </text>
      ))}
      {rows.map((row, r) => {
        const top = HEAD_H + r * CELL_H;
        return (
          <g key={row.key} transform={`translate(0,${top})`}>
            <text x={labelWidth - 8} y={row.note ? CELL_H / 2 - 6 : CELL_H / 2} textAnchor="end" dominantBaseline="central" fontSize={12}>
              {truncateToWidth(row.label, labelWidth - 12, 12)}
            </text>
            {row.note ? (
              <text x={labelWidth - 8} y={CELL_H / 2 + 8} textAnchor="end" dominantBaseline="central" fontSize={10} fill={NEUTRAL.muted}>
                {truncateToWidth(row.note, labelWidth - 12, 10)}
              </text>
            ) : null}
            {row.cells.map((cell, c) => {
              const x = labelWidth + c * cellW;
              const column = columns[c]?.label ?? cell.column;
              const text = cellText(cell, kThreshold);
              const fill = cell.suppressed || cell.gap === null ? hatchUrl(id) : colorOf(cell.gap);
              const ink = cell.suppressed || cell.gap === null ? NEUTRAL.text : textColorOn(colorOf(cell.gap));
              return (
                <Mark
                  key={cell.column}
                  label={`${row.label}, ${column}: ${text}`}
                  tooltip={{
                    heading: `${row.label} · ${column}`,
                    ...(cell.suppressed || cell.gap === null
                      ? { note: cell.suppressed ? `Figures hidden: ${suppressedLabel(kThreshold)}.` : "No figure for this cell." }
                      : {
                          rows: [
                            ["The work will need", formatShare(cell.required ?? 0)],
                            ["People report", formatShare(cell.supply ?? 0)],
                            ["Gap", signed(cell.gap)],
                          ],
                        }),
                  }}
                  className={cell.suppressed ? "suppressed" : undefined}
                >
                  <rect className="mark-shape" x={x + 1} y={1} width={cellW - 2} height={CELL_H - 2} rx={2} fill={fill} stroke={cell.suppressed ? SUPPRESSED_STROKE : "none"} />
                  <text x={x + cellW / 2} y={CELL_H / 2} textAnchor="middle" dominantBaseline="central" fontSize={cell.suppressed ? 10 : 12} fill={ink}>
                    {cell.suppressed ? truncateToWidth(suppressedLabel(kThreshold), cellW - 6, 10) : cell.gap === null ? "–" : signed(cell.gap)}
                  </text>
                </Mark>
              );
            })}
          </g>
        );
      })}
    </ChartSvg>
  );
}
