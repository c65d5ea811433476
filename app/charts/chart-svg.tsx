/**
 * The root <svg> of every chart: a viewBox so a server-rendered chart scales to its
 * container before JS measures it, an accessible name from <title> and <desc>, shared
 * defs (the hatch for suppressed figures) and the legend drawn inside, so an exported
 * SVG/PNG explains itself.
 */
import type { ReactNode } from "react";
import { NEUTRAL, SUPPRESSED_FILL, SUPPRESSED_STROKE } from "./colors";
import { LEGEND_FONT_SIZE, LEGEND_SWATCH, layoutLegend } from "./legend-layout";

// Arial-metric fonts first: label widths are computed from Arial's metrics (see text.ts).
export const FONT_FAMILY = 'Helvetica, Arial, "Liberation Sans", "Helvetica Neue", sans-serif';

export interface LegendEntry {
  label: string;
  color: string;
  /** Draw the swatch with the suppressed hatch instead of `color`. */
  hatched?: boolean;
  /** Swatch shape: square (bars, areas) or circle (dots). */
  shape?: "square" | "circle" | "ring";
}

/** A unique id usable in url(#…) and aria attributes (React's useId has colons). */
export const safeId = (id: string) => id.replace(/[^a-zA-Z0-9_-]/g, "");

export function hatchUrl(chartId: string) {
  return `url(#${chartId}-hatch)`;
}

export function legendHeight(entries: readonly LegendEntry[], width: number) {
  return entries.length ? layoutLegend(entries, width).height + 8 : 0;
}

export function ChartSvg({
  id,
  width,
  height,
  title,
  description,
  legend = [],
  children,
}: {
  id: string;
  width: number;
  height: number;
  title: string;
  description: string;
  legend?: readonly LegendEntry[];
  children: ReactNode;
}) {
  const layout = layoutLegend(legend, width);
  const offset = legendHeight(legend, width);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="orbital-chart-svg"
      viewBox={`0 0 ${width} ${height + offset}`}
      width={width}
      height={height + offset}
      role="group"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      fontFamily={FONT_FAMILY}
      fontSize={12}
      fill={NEUTRAL.text}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <pattern id={`${id}-hatch`} width={6} height={6} patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width={6} height={6} fill={SUPPRESSED_FILL} />
          <line x1={0} y1={0} x2={0} y2={6} stroke={SUPPRESSED_STROKE} strokeWidth={1.5} />
        </pattern>
      </defs>
      {legend.length ? (
        <g className="legend" aria-hidden="true" fontSize={LEGEND_FONT_SIZE}>
          {layout.items.map(({ item, x, y }) => (
            <g key={item.label} transform={`translate(${x},${y + 2})`}>
              <LegendSwatch entry={item} chartId={id} />
              <text x={LEGEND_SWATCH + 6} y={LEGEND_SWATCH / 2} dominantBaseline="central" fill={NEUTRAL.text}>
                {item.label}
              </text>
            </g>
          ))}
        </g>
      ) : null}
      <g transform={offset ? `translate(0,${offset})` : undefined}>{children}</g>
    </svg>
  );
}

function LegendSwatch({ entry, chartId }: { entry: LegendEntry; chartId: string }) {
  const fill = entry.hatched ? hatchUrl(chartId) : entry.color;
  const r = LEGEND_SWATCH / 2;
  if (entry.shape === "circle") return <circle cx={r} cy={r} r={r - 1} fill={fill} />;
  if (entry.shape === "ring")
    return <circle cx={r} cy={r} r={r - 2} fill="#ffffff" stroke={entry.color} strokeWidth={2} />;
  return (
    <rect
      width={LEGEND_SWATCH}
      height={LEGEND_SWATCH}
      rx={2}
      fill={fill}
      stroke={entry.hatched ? SUPPRESSED_STROKE : "none"}
    />
  );
}
