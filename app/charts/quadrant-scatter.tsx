/**
 * Redesign quadrant: one dot per role, x = automatable share, y = specialized share, area =
 * headcount, colour = department. Dashed lines split the plot into four named quadrants.
 * Because the two shares add up to at most 100 %, the corner beyond x + y = 1 is shaded as
 * impossible rather than left to look like an empty opportunity.
 */
import { scaleLinear, scaleSqrt } from "d3-scale";
import { useMemo } from "react";
import { ChartFrame } from "./chart-frame";
import { ChartSvg, type LegendEntry } from "./chart-svg";
import { categoryColors, NEUTRAL, SUPPRESSED_FILL } from "./colors";
import { clampShare, nonNegative, tickCount } from "./domains";
import { formatHeadcount, formatShare, suppressedLabel } from "./format";
import { placeLabels, type Box } from "./label-placement";
import { Mark } from "./mark";
import { estimateTextWidth, truncateToWidth } from "./text";
import { DEFAULT_K, type ChartBaseProps } from "./types";

export interface QuadrantPoint {
  /** Stable key (role id), unique in `points`. */
  key: string;
  /** Role title, used for the mark's label. */
  label: string;
  /** Colours the dot; one legend entry per department. */
  department: string;
  /** Share of the role's hours that is automatable, 0–1 (x). */
  automatableShare: number;
  /** Share of the role's hours that is specialized, 0–1 (y). */
  specializedShare: number;
  /** Headcount (FTE); the dot's area. */
  headcount: number;
  /** Where clicking the dot (or Enter on it) goes, e.g. the role page. */
  href?: string;
  /** Fewer than k people: not plotted (no figures); listed in the footnote and the table. */
  suppressed?: boolean;
}

export interface QuadrantLabels {
  /** Low automatable, high specialized. */
  topLeft: string;
  /** High automatable, high specialized. */
  topRight: string;
  /** Low automatable, low specialized (mostly democratized work). */
  bottomLeft: string;
  /** High automatable, low specialized. */
  bottomRight: string;
}

export interface QuadrantScatterProps extends ChartBaseProps {
  /** One dot per role. */
  points: readonly QuadrantPoint[];
  /** Automatable share where the vertical divider sits. Default 1/3. */
  xThreshold?: number;
  /** Specialized share where the horizontal divider sits. Default 1/3. */
  yThreshold?: number;
  /** Names of the four quadrants. */
  quadrantLabels?: QuadrantLabels;
}

export const DEFAULT_QUADRANT_LABELS: QuadrantLabels = {
  topLeft: "Grow judgment",
  topRight: "Split the role",
  bottomLeft: "Spread with AI",
  bottomRight: "Hand to AI",
};

const MARGIN = { top: 12, right: 16, bottom: 44, left: 56 };
const MAX_RADIUS = 22;
const MIN_RADIUS = 3;

/** Upper end of a share axis: the data's maximum rounded up to a tenth, at least 0.5, at most 1. */
export function shareAxisMax(values: readonly number[]): number {
  const max = Math.max(0, ...values.map(clampShare));
  return Math.min(1, Math.max(0.5, Math.ceil((max + 0.04) * 10) / 10));
}

export function QuadrantScatter(props: QuadrantScatterProps) {
  const { points, kThreshold = DEFAULT_K } = props;
  const hidden = points.filter((p) => p.suppressed);
  const table = useMemo(
    () => ({
      caption: props.title,
      columns: [
        { label: "Role" },
        { label: "Department" },
        { label: "Automatable share", numeric: true },
        { label: "Specialized share", numeric: true },
        { label: "Headcount", numeric: true },
      ],
      rows: points.map((p) => ({
        key: p.key,
        cells: p.suppressed
          ? [p.label, p.department, suppressedLabel(kThreshold), "", ""]
          : [
              p.label,
              p.department,
              formatShare(clampShare(p.automatableShare)),
              formatShare(clampShare(p.specializedShare)),
              formatHeadcount(nonNegative(p.headcount)),
            ],
      })),
    }),
    [points, kThreshold, props.title],
  );
  const footnote = hidden.length
    ? `${hidden.length === 1 ? "1 role is" : `${hidden.length} roles are`} not plotted: ${suppressedLabel(
        kThreshold,
      )} each (${hidden.map((p) => p.label).join(", ")}).`
    : undefined;
  return (
    <ChartFrame {...props} isEmpty={points.length === 0} table={table} footnote={footnote}>
      {({ width, id }) => <ScatterSvg {...props} width={width} id={id} />}
    </ChartFrame>
  );
}

function ScatterSvg({
  points,
  xThreshold = 1 / 3,
  yThreshold = 1 / 3,
  quadrantLabels = DEFAULT_QUADRANT_LABELS,
  width,
  id,
  title,
  description,
}: QuadrantScatterProps & { width: number; id: string }) {
  const visible = useMemo(() => points.filter((p) => !p.suppressed), [points]);
  const colors = useMemo(() => categoryColors(points.map((p) => p.department)), [points]);
  const plotHeight = Math.round(Math.min(Math.max(300, width * 0.55), 560));
  const height = plotHeight + MARGIN.top + MARGIN.bottom;
  const x = useMemo(
    () =>
      scaleLinear()
        .domain([0, shareAxisMax(visible.map((p) => p.automatableShare))])
        .range([MARGIN.left, width - MARGIN.right]),
    [visible, width],
  );
  const y = useMemo(
    () =>
      scaleLinear()
        .domain([0, shareAxisMax(visible.map((p) => p.specializedShare))])
        .range([MARGIN.top + plotHeight, MARGIN.top]),
    [visible, plotHeight],
  );
  const r = useMemo(
    () =>
      scaleSqrt()
        .domain([0, Math.max(1, ...visible.map((p) => nonNegative(p.headcount)))])
        .range([0, Math.min(MAX_RADIUS, width / 40)]),
    [visible, width],
  );
  const radius = (p: QuadrantPoint) => Math.max(MIN_RADIUS, r(nonNegative(p.headcount)));

  const [px0, px1] = x.range();
  const [py1, py0] = y.range();
  const bounds: Box = { x0: px0, y0: py0, x1: px1, y1: py1 };
  const qx = x(Math.min(xThreshold, x.domain()[1]));
  const qy = y(Math.min(yThreshold, y.domain()[1]));
  const xMax = x.domain()[1];
  const yMax = y.domain()[1];
  // The top-right corner lies in the impossible region when x + y > 1 there: name that
  // quadrant at its inner corner (by the dividers) instead.
  const topRightInside = xMax + yMax <= 1;
  const corner = [
    { text: quadrantLabels.topLeft, x: px0 + 8, y: py0 + 14, anchor: "start" as const },
    topRightInside
      ? { text: quadrantLabels.topRight, x: px1 - 8, y: py0 + 14, anchor: "end" as const }
      : { text: quadrantLabels.topRight, x: qx + 8, y: qy - 8, anchor: "start" as const },
    { text: quadrantLabels.bottomLeft, x: px0 + 8, y: py1 - 10, anchor: "start" as const },
    { text: quadrantLabels.bottomRight, x: px1 - 8, y: py1 - 10, anchor: "end" as const },
  ];
  const cornerBoxes: Box[] = corner.map((c) => {
    const w = estimateTextWidth(c.text.toUpperCase(), 11) + 8;
    const x0 = c.anchor === "start" ? c.x - 4 : c.x - w + 4;
    return { x0, y0: c.y - 10, x1: x0 + w, y1: c.y + 6 };
  });
  const impossibleNote = "Shares cannot add up to more than 100 %";
  if (xMax + yMax > 1) {
    const w = estimateTextWidth(impossibleNote, 11);
    cornerBoxes.push({ x0: px1 - 8 - w, y0: py0 + 24, x1: px1 - 8, y1: py0 + 38 });
  }

  // Big dots first, so small ones stay on top and clickable; labels go to the biggest first.
  const ordered = [...visible].sort((a, b) => nonNegative(b.headcount) - nonNegative(a.headcount));
  const labels = placeLabels(
    ordered.map((p) => {
      const text = truncateToWidth(p.label, 160, 11);
      return {
        key: p.key,
        cx: x(clampShare(p.automatableShare)),
        cy: y(clampShare(p.specializedShare)),
        r: radius(p),
        width: estimateTextWidth(text, 11),
        height: 13,
      };
    }),
    bounds,
    cornerBoxes,
  );
  const labelByKey = new Map(labels.map((l) => [l.key, l]));

  const departments = [...colors.keys()].filter((d) => visible.some((p) => p.department === d));
  const legend: LegendEntry[] = departments.map((d) => ({ label: d, color: colors.get(d)!, shape: "circle" }));
  // The x + y > 1 corner: where the line x + y = 1 crosses the plot's edges.
  const impossible =
    xMax + yMax > 1 ? `M${x(1 - yMax)},${y(yMax)} L${x(xMax)},${y(yMax)} L${x(xMax)},${y(1 - xMax)} Z` : null;

  return (
    <ChartSvg id={id} width={width} height={height} title={title} description={description} legend={legend}>
      <g aria-hidden="true">
        {impossible ? (
          <>
            <path d={impossible} fill={SUPPRESSED_FILL} opacity={0.8} />
            <text x={px1 - 8} y={py0 + 34} textAnchor="end" fontSize={11} fontStyle="italic" fill={NEUTRAL.muted}>
              {impossibleNote}
            </text>
          </>
        ) : null}
        {x.ticks(tickCount(px1 - px0)).map((t) => (
          <g key={`x${t}`}>
            <line x1={x(t)} x2={x(t)} y1={py0} y2={py1} stroke={NEUTRAL.grid} />
            <text x={x(t)} y={py1 + 16} textAnchor="middle" fontSize={11} fill={NEUTRAL.muted}>
              {formatShare(t)}
            </text>
          </g>
        ))}
        {y.ticks(tickCount(py1 - py0, 60)).map((t) => (
          <g key={`y${t}`}>
            <line x1={px0} x2={px1} y1={y(t)} y2={y(t)} stroke={NEUTRAL.grid} />
            <text x={px0 - 8} y={y(t)} textAnchor="end" dominantBaseline="central" fontSize={11} fill={NEUTRAL.muted}>
              {formatShare(t)}
            </text>
          </g>
        ))}
        <line x1={px0} x2={px1} y1={py1} y2={py1} stroke={NEUTRAL.axis} />
        <line x1={px0} x2={px0} y1={py0} y2={py1} stroke={NEUTRAL.axis} />
        <line x1={qx} x2={qx} y1={py0} y2={py1} stroke={NEUTRAL.muted} strokeDasharray="4 4" />
        <line x1={px0} x2={px1} y1={qy} y2={qy} stroke={NEUTRAL.muted} strokeDasharray="4 4" />
        {corner.map((c) => (
          <text
            key={c.text}
            x={c.x}
            y={c.y}
            textAnchor={c.anchor}
            fontSize={11}
            fontWeight={600}
            fill={NEUTRAL.muted}
            letterSpacing={0.5}
          >
            {c.text.toUpperCase()}
          </text>
        ))}
        <text x={(px0 + px1) / 2} y={py1 + 36} textAnchor="middle" fontSize={12} fill={NEUTRAL.text}>
          Automatable share of hours →
        </text>
        <text
          transform={`translate(14,${(py0 + py1) / 2}) rotate(-90)`}
          textAnchor="middle"
          fontSize={12}
          fill={NEUTRAL.text}
        >
          Specialized share of hours →
        </text>
      </g>
      {ordered.map((p) => {
        const cx = x(clampShare(p.automatableShare));
        const cy = y(clampShare(p.specializedShare));
        const rr = radius(p);
        const color = colors.get(p.department) ?? NEUTRAL.muted;
        const facts: [string, string][] = [
          ["Department", p.department],
          ["Automatable", formatShare(clampShare(p.automatableShare))],
          ["Specialized", formatShare(clampShare(p.specializedShare))],
          ["Headcount", formatHeadcount(nonNegative(p.headcount))],
        ];
        return (
          <Mark
            key={p.key}
            label={`${p.label}, ${p.department}: automatable ${facts[1][1]}, specialized ${facts[2][1]}, headcount ${facts[3][1]}`}
            tooltip={{
              heading: p.label,
              rows: facts,
              note: p.href ? "Click or press Enter to open the role" : undefined,
            }}
            href={p.href}
          >
            <circle
              className="mark-shape"
              cx={cx}
              cy={cy}
              r={rr}
              fill={color}
              fillOpacity={0.78}
              stroke="#ffffff"
              strokeWidth={1}
            />
          </Mark>
        );
      })}
      <g aria-hidden="true" pointerEvents="none">
        {ordered.map((p) => {
          const l = labelByKey.get(p.key);
          if (!l) return null;
          return (
            <text
              key={p.key}
              x={l.x}
              y={l.y}
              textAnchor={l.anchor}
              dominantBaseline="central"
              fontSize={11}
              fill={NEUTRAL.text}
              stroke="#ffffff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {truncateToWidth(p.label, 160, 11)}
            </text>
          );
        })}
      </g>
    </ChartSvg>
  );
}
