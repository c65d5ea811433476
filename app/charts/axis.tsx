/** A horizontal value axis drawn by React from a d3 scale: gridlines, ticks and labels. */
import type { ScaleLinear } from "d3-scale";
import { NEUTRAL } from "./colors";
import { tickCount } from "./domains";

export function ValueAxis({
  scale,
  top,
  bottom,
  format,
  label,
}: {
  scale: ScaleLinear<number, number>;
  /** y of the plot's top edge: gridlines run from here… */
  top: number;
  /** …to here, where the tick labels sit. */
  bottom: number;
  format: (value: number) => string;
  /** Axis title under the tick labels. */
  label?: string;
}) {
  const [x0, x1] = scale.range();
  const ticks = scale.ticks(tickCount(Math.abs(x1 - x0)));
  return (
    <g className="axis" aria-hidden="true">
      {ticks.map((tick) => (
        <g key={tick} transform={`translate(${scale(tick)},0)`}>
          <line y1={top} y2={bottom} stroke={tick === 0 ? NEUTRAL.axis : NEUTRAL.grid} />
          <text y={bottom + 14} textAnchor="middle" fontSize={11} fill={NEUTRAL.muted}>
            {format(tick)}
          </text>
        </g>
      ))}
      {label ? (
        <text x={(x0 + x1) / 2} y={bottom + 32} textAnchor="middle" fontSize={11} fill={NEUTRAL.muted}>
          {label}
        </text>
      ) : null}
    </g>
  );
}

/** Vertical space the axis needs under the plot. */
export const axisHeight = (hasLabel: boolean) => (hasLabel ? 40 : 22);
