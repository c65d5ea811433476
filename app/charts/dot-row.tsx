/**
 * One row of a dot plot with two values (dumbbell): a "from" ring, an arrow to a "to" dot,
 * and the two figures placed on the outer sides so they never sit on the connector.
 */
import { NEUTRAL } from "./colors";
import { estimateTextWidth } from "./text";

export const DOT_RADIUS = 6;

/** Where the figures of a from→to pair go: outside the pair, or one label when they coincide. */
export function dumbbellLabelSides(
  from: number,
  to: number,
): { from: "start" | "end"; to: "start" | "end" } | "single" {
  if (Math.abs(from - to) < 1e-9) return "single";
  return from < to ? { from: "end", to: "start" } : { from: "start", to: "end" };
}

export function DotPair({
  x0,
  x1,
  y,
  fromColor,
  toColor,
  fromText,
  toText,
  xMin,
}: {
  x0: number;
  x1: number;
  y: number;
  fromColor: string;
  toColor: string;
  fromText: string;
  toText: string;
  /** Left edge of the plot: a label that would cross it moves to the right-hand side. */
  xMin: number;
}) {
  const sides = dumbbellLabelSides(x0, x1);
  const gap = DOT_RADIUS + 5;
  const leftX = Math.min(x0, x1);
  const rightX = Math.max(x0, x1);
  const leftText = x0 <= x1 ? fromText : toText;
  // Both figures go to the right ("34 → 31.8") when they coincide or the left one lacks room.
  const combined = sides === "single" || leftX - gap - estimateTextWidth(leftText, 11) < xMin - 6;
  const length = rightX - leftX;
  const dir = x1 >= x0 ? 1 : -1;
  return (
    <g>
      {length > DOT_RADIUS * 2 + 4 ? (
        <>
          <line
            x1={x0 + dir * DOT_RADIUS}
            x2={x1 - dir * (DOT_RADIUS + 4)}
            y1={y}
            y2={y}
            stroke={NEUTRAL.axis}
            strokeWidth={2}
          />
          <path d={`M${x1 - dir * (DOT_RADIUS + 1)},${y} l${-dir * 6},-4 v8 z`} fill={NEUTRAL.axis} />
        </>
      ) : null}
      <circle
        className="mark-shape"
        cx={x0}
        cy={y}
        r={DOT_RADIUS - 1}
        fill="#ffffff"
        stroke={fromColor}
        strokeWidth={2}
      />
      <circle className="mark-shape" cx={x1} cy={y} r={DOT_RADIUS} fill={toColor} fillOpacity={0.9} />
      {combined ? (
        <text x={rightX + gap} y={y} dominantBaseline="central" fontSize={11}>
          {sides === "single" ? null : <tspan fill={NEUTRAL.muted}>{`${fromText} → `}</tspan>}
          <tspan fontWeight={600} fill={NEUTRAL.text}>
            {toText}
          </tspan>
        </text>
      ) : (
        <>
          <text
            x={x0 <= x1 ? x0 - gap : x0 + gap}
            y={y}
            textAnchor={x0 <= x1 ? "end" : "start"}
            dominantBaseline="central"
            fontSize={11}
            fill={NEUTRAL.muted}
          >
            {fromText}
          </text>
          <text
            x={x1 >= x0 ? x1 + gap : x1 - gap}
            y={y}
            textAnchor={x1 >= x0 ? "start" : "end"}
            dominantBaseline="central"
            fontSize={11}
            fontWeight={600}
            fill={NEUTRAL.text}
          >
            {toText}
          </text>
        </>
      )}
    </g>
  );
}
