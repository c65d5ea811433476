/**
 * A compact list of horizontal bars, one per item, coloured by class: e.g. a role's hours
 * per atom on the role page. Each bar carries its hours and share of the list's total.
 */
import { scaleLinear } from "d3-scale";
import { useMemo } from "react";
import { CLASS_LABELS, type TaskClass } from "../analyzer/taxonomy";
import { ChartFrame } from "./chart-frame";
import { ChartSvg } from "./chart-svg";
import { classLegend, SuppressedBar } from "./class-share-bars";
import { CLASS_COLORS, NEUTRAL } from "./colors";
import { nonNegative, total, zeroBasedDomain } from "./domains";
import { formatHours, formatShare, suppressedLabel } from "./format";
import { Mark } from "./mark";
import { estimateTextWidth, truncateToWidth } from "./text";
import { DEFAULT_K, type ChartBaseProps } from "./types";

export interface HourBarItem {
  /** Stable key, unique in `items`. */
  key: string;
  /** Label at the left of the bar ("Draft", "Analyze data"). */
  label: string;
  /** Hours per year; ignored when `suppressed`. */
  hours: number;
  /** Colours the bar. */
  taskClass: TaskClass;
  /** Fewer than k people: hatched, no figures. */
  suppressed?: boolean;
}

export interface HourBarListProps extends ChartBaseProps {
  /** One bar per item, top to bottom in this order (sort before passing). */
  items: readonly HourBarItem[];
  /** Header of the first data-table column. Default "Item". */
  itemLabel?: string;
}

const BAR = 18;
const GAP = 8;
const VALUE_WIDTH = 96;

export function HourBarList(props: HourBarListProps) {
  const { items, itemLabel = "Item", kThreshold = DEFAULT_K } = props;
  const sum = total(items.filter((i) => !i.suppressed).map((i) => i.hours));
  const table = useMemo(
    () => ({
      caption: props.title,
      columns: [
        { label: itemLabel },
        { label: "Class" },
        { label: "Hours", numeric: true },
        { label: "Share", numeric: true },
      ],
      rows: items.map((item) => ({
        key: item.key,
        cells: item.suppressed
          ? [item.label, CLASS_LABELS[item.taskClass], suppressedLabel(kThreshold), ""]
          : [
              item.label,
              CLASS_LABELS[item.taskClass],
              formatHours(nonNegative(item.hours)),
              formatShare(sum > 0 ? nonNegative(item.hours) / sum : 0),
            ],
      })),
    }),
    [items, itemLabel, kThreshold, sum, props.title],
  );
  const isEmpty = items.length === 0 || items.every((i) => !i.suppressed && nonNegative(i.hours) === 0);
  return (
    <ChartFrame {...props} isEmpty={isEmpty} table={table}>
      {({ width, id }) => <HourBarListSvg {...props} kThreshold={kThreshold} sum={sum} width={width} id={id} />}
    </ChartFrame>
  );
}

function HourBarListSvg({
  items,
  kThreshold,
  sum,
  width,
  id,
  title,
  description,
}: HourBarListProps & { kThreshold: number; sum: number; width: number; id: string }) {
  const labelWidth = Math.min(Math.max(60, ...items.map((i) => estimateTextWidth(i.label, 12) + 12)), width * 0.4);
  const x = useMemo(
    () =>
      scaleLinear()
        .domain(zeroBasedDomain(items.filter((i) => !i.suppressed).map((i) => i.hours)))
        .range([labelWidth, width - VALUE_WIDTH]),
    [items, labelWidth, width],
  );
  const legend = classLegend.filter((entry) => items.some((i) => CLASS_LABELS[i.taskClass] === entry.label));
  const height = items.length * (BAR + GAP);
  return (
    <ChartSvg id={id} width={width} height={height} title={title} description={description} legend={legend}>
      {items.map((item, i) => {
        const top = i * (BAR + GAP);
        const hours = nonNegative(item.hours);
        const w = Math.max(hours > 0 ? 2 : 0, x(hours) - x(0));
        const share = sum > 0 ? hours / sum : 0;
        return (
          <g key={item.key} transform={`translate(0,${top})`}>
            <text x={labelWidth - 8} y={BAR / 2} textAnchor="end" dominantBaseline="central">
              {truncateToWidth(item.label, labelWidth - 12, 12)}
            </text>
            {item.suppressed ? (
              <SuppressedBar row={item} x0={x(0)} x1={x.range()[1]} chartId={id} kThreshold={kThreshold} height={BAR} />
            ) : (
              <Mark
                label={`${item.label}, ${CLASS_LABELS[item.taskClass]}: ${formatHours(hours)}, ${formatShare(
                  share,
                )} of the total`}
                tooltip={{
                  heading: item.label,
                  rows: [
                    ["Class", CLASS_LABELS[item.taskClass]],
                    ["Hours", formatHours(hours)],
                    ["Share", formatShare(share)],
                  ],
                }}
              >
                <rect
                  className="mark-shape"
                  x={x(0)}
                  width={w}
                  height={BAR}
                  rx={2}
                  fill={CLASS_COLORS[item.taskClass]}
                />
                <text x={x(0) + w + 6} y={BAR / 2} dominantBaseline="central" fontSize={11} fill={NEUTRAL.muted}>
                  {`${formatHours(hours)} · ${formatShare(share)}`}
                </text>
              </Mark>
            )}
          </g>
        );
      })}
    </ChartSvg>
  );
}
