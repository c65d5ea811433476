/**
 * The atomization hierarchy as a zoomable icicle (docs/decisions/050-atomization-icicle.md):
 * columns organization → department → role → atom, heights by hours, atoms coloured by
 * class. A department click zooms in (React state; the root cell or the breadcrumb zooms
 * out); a role is a real link built by `roleHref`, so it opens without JS too. With many
 * roles, departments come folded (`foldSmallRoles`): an "n more roles" cell is a link built by
 * `moreHref` that zooms in to the roles it stands for (decision 094).
 */
import { useMemo, useState } from "react";
import { ATOM_LABELS, CLASS_LABELS } from "../analyzer/taxonomy";
import { ChartFrame } from "./chart-frame";
import { ChartSvg, hatchUrl } from "./chart-svg";
import { classLegend } from "./class-share-bars";
import { CLASS_COLORS, CLASS_ORDER, NEUTRAL, SUPPRESSED_STROKE, textColorOn } from "./colors";
import { clampShare, nonNegative } from "./domains";
import { formatHeadcount, formatHours, formatShare, suppressedLabel } from "./format";
import {
  hasAtomizationData,
  layoutIcicle,
  roleClassHours,
  roleHours,
  type AtomizationDepartment,
  type AtomizationRole,
  type IcicleCell,
} from "./atomization-layout";
import { Mark } from "./mark";
import { truncateToWidth } from "./text";
import { DEFAULT_K, type ChartBaseProps } from "./types";

const formatCount = (n: number) => n.toLocaleString("en-US");
const moreRoles = (n: number) => `${formatCount(n)} more role${n === 1 ? "" : "s"}`;
/** A click that should stay in the page (not a new tab or window). */
const plainClick = (event: React.MouseEvent) =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export type { AtomizationDepartment, AtomizationRole, AtomSlice } from "./atomization-layout";

export interface AtomizationIcicleProps extends ChartBaseProps {
  /** The organization's departments with their roles and atoms. */
  departments: readonly AtomizationDepartment[];
  /** Link to a role's page; every role cell is an <a href> to it. */
  roleHref: (role: AtomizationRole) => string;
  /** Optional link for a department (e.g. the page filtered to it): makes zooming work without JS. */
  departmentHref?: (department: AtomizationDepartment) => string;
  /** Department zoomed into on first render (e.g. from the URL); null/undefined shows the whole organization. */
  initialDepartment?: string | null;
  /** Called after a zoom in or out, e.g. to mirror it in the URL. */
  onZoom?: (department: string | null) => void;
  /** Link of an "n more roles" cell: the department zoomed in after its `after` largest roles. Without it the cell is not a link. */
  moreHref?: (department: string, after: number) => string;
  /** Called instead of following `moreHref` on a plain click (client-side navigation). */
  onMore?: (department: string, after: number) => void;
  /** Name of the root cell. Default "Organization". */
  organizationLabel?: string;
  /** Plot height in px. Default: grows with the number of roles, 360–720. */
  height?: number;
}

const LABEL_MIN_HEIGHT = 15;
const SECOND_LINE_MIN_HEIGHT = 32;

export function AtomizationIcicle(props: AtomizationIcicleProps) {
  const {
    departments,
    initialDepartment = null,
    onZoom,
    organizationLabel = "Organization",
    kThreshold = DEFAULT_K,
  } = props;
  const [zoom, setZoom] = useState<string | null>(
    initialDepartment && departments.some((d) => d.name === initialDepartment && !d.suppressed)
      ? initialDepartment
      : null
  );
  const zoomTo = (department: string | null) => {
    setZoom(department);
    onZoom?.(department);
  };
  const table = useMemo(() => {
    const shown = zoom ? departments.filter((d) => d.name === zoom) : departments;
    return {
      caption: zoom ? `${props.title}: ${zoom}` : props.title,
      columns: [
        { label: "Role" },
        { label: "Department" },
        { label: "Hours", numeric: true },
        { label: "Atomization", numeric: true },
        ...classLegend.map((c) => ({
          label: `${c.label} hours`,
          numeric: true,
        })),
      ],
      rows: shown.flatMap((d) => [
        ...(d.suppressed
          ? [
              {
                key: `dept:${d.name}`,
                cells: [`All roles in ${d.name}`, d.name, suppressedLabel(kThreshold), "", "", "", ""],
              },
            ]
          : d.roles.map((r) => {
              if (r.suppressed) {
                return {
                  key: r.id,
                  cells: [r.title, d.name, suppressedLabel(kThreshold), "", "", "", ""],
                };
              }
              const byClass = roleClassHours(r);
              return {
                key: r.id,
                cells: [
                  r.title,
                  d.name,
                  formatHours(roleHours(r)),
                  formatShare(clampShare(r.atomization)),
                  formatHours(byClass.automatable),
                  formatHours(byClass.democratized),
                  formatHours(byClass.specialized),
                ],
              };
            })),
        // The rows of the folded cells: the table follows what the chart draws (decision 094).
        ...(d.more && !d.suppressed
          ? [
              {
                key: `more:${d.name}`,
                cells: [
                  moreRoles(d.more.count),
                  d.name,
                  formatHours(CLASS_ORDER.reduce((sum, c) => sum + nonNegative(d.more!.classHours[c]), 0)),
                  "",
                  formatHours(d.more.classHours.automatable),
                  formatHours(d.more.classHours.democratized),
                  formatHours(d.more.classHours.specialized),
                ],
              },
            ]
          : []),
        ...(d.hiddenRoles && !d.suppressed
          ? [
              {
                key: `hidden:${d.name}`,
                cells: [
                  `${moreRoles(d.hiddenRoles)} (hidden)`,
                  d.name,
                  suppressedLabel(kThreshold),
                  "",
                  "",
                  "",
                  "",
                ],
              },
            ]
          : []),
      ]),
    };
  }, [departments, zoom, kThreshold, props.title]);
  const after = zoom ? departments.find((d) => d.name === zoom)?.after ?? 0 : 0;

  const toolbar = (
    <nav className="orbital-chart-breadcrumb" aria-label={`Zoom level: ${props.title}`}>
      <ol>
        <li>
          {zoom ? (
            <button type="button" className="link" onClick={() => zoomTo(null)}>
              {organizationLabel}
            </button>
          ) : (
            <span aria-current="location">{organizationLabel}</span>
          )}
        </li>
        {zoom && after ? (
          <>
            <li>
              {props.moreHref ? (
                <a
                  href={props.moreHref(zoom, 0)}
                  onClick={(event) => {
                    if (props.onMore && plainClick(event)) {
                      event.preventDefault();
                      props.onMore(zoom, 0);
                    }
                  }}
                >
                  {zoom}
                </a>
              ) : (
                zoom
              )}
            </li>
            <li aria-current="location">Roles after the {formatCount(after)} largest</li>
          </>
        ) : zoom ? (
          <li aria-current="location">{zoom}</li>
        ) : null}
      </ol>
      {zoom ? (
        <button type="button" className="secondary" onClick={() => zoomTo(null)}>
          Back to {organizationLabel}
        </button>
      ) : (
        <span className="muted">Select a department to zoom in; select a role to open it.</span>
      )}
    </nav>
  );
  return (
    <ChartFrame {...props} isEmpty={!hasAtomizationData(departments)} table={table} toolbar={toolbar}>
      {({ width, id }) => (
        <IcicleSvg
          {...props}
          organizationLabel={organizationLabel}
          kThreshold={kThreshold}
          zoom={zoom}
          onZoomTo={zoomTo}
          width={width}
          id={id}
        />
      )}
    </ChartFrame>
  );
}

/** Default plot height: about 18 px per role, within 360–720. */
export function icicleHeight(departments: readonly AtomizationDepartment[], zoom: string | null): number {
  const shown = zoom ? departments.filter((d) => d.name === zoom) : departments;
  // Folded views are measured against the tallest height (decision 094), so they use it.
  if (shown.some((d) => d.more)) return 720;
  const roles = shown.reduce((n, d) => n + (d.suppressed ? 1 : d.roles.length + (d.more ? 1 : 0)), 0);
  return Math.min(720, Math.max(360, roles * 18));
}

function IcicleSvg({
  departments,
  roleHref,
  departmentHref,
  moreHref,
  onMore,
  organizationLabel,
  kThreshold,
  zoom,
  onZoomTo,
  height: fixedHeight,
  width,
  id,
  title,
  description,
}: AtomizationIcicleProps & {
  organizationLabel: string;
  kThreshold: number;
  zoom: string | null;
  onZoomTo: (department: string | null) => void;
  width: number;
  id: string;
}) {
  const height = fixedHeight ?? icicleHeight(departments, zoom);
  const layout = useMemo(
    () => layoutIcicle(departments, { zoom, width, height, organizationLabel }),
    [departments, zoom, width, height, organizationLabel]
  );
  return (
    <ChartSvg id={id} width={width} height={height} title={title} description={description} legend={classLegend}>
      {layout.cells.map((cell) => (
        <IcicleCellMark
          key={cell.datum.key}
          cell={cell}
          total={layout.total}
          isZoomed={zoom !== null}
          chartId={id}
          kThreshold={kThreshold}
          roleHref={roleHref}
          departmentHref={departmentHref}
          moreHref={moreHref}
          onMore={onMore}
          onZoomTo={onZoomTo}
        />
      ))}
    </ChartSvg>
  );
}

function IcicleCellMark({
  cell,
  total,
  isZoomed,
  chartId,
  kThreshold,
  roleHref,
  departmentHref,
  moreHref,
  onMore,
  onZoomTo,
}: {
  cell: IcicleCell;
  total: number;
  isZoomed: boolean;
  chartId: string;
  kThreshold: number;
  roleHref: AtomizationIcicleProps["roleHref"];
  departmentHref?: AtomizationIcicleProps["departmentHref"];
  moreHref?: AtomizationIcicleProps["moreHref"];
  onMore?: AtomizationIcicleProps["onMore"];
  onZoomTo: (department: string | null) => void;
}) {
  const { datum, hours } = cell;
  const x = cell.x0 + 1;
  // Thin atoms touch (no white gap), so a small role's atoms read as class bands, not a barcode.
  const inset = datum.kind === "atom" && cell.y1 - cell.y0 < 8 ? 0 : 1;
  const y = cell.y0 + inset;
  const w = Math.max(0, cell.x1 - cell.x0 - 2);
  const h = Math.max(0, cell.y1 - cell.y0 - 2 * inset);
  const share = total > 0 ? hours / total : 0;

  let fill: string = NEUTRAL.branch;
  let lines: string[] = [datum.name];
  switch (datum.kind) {
    case "organization":
      lines = [datum.name, formatHours(hours)];
      return (
        <Mark
          label={`${datum.name}: ${formatHours(hours)} per year in total`}
          tooltip={{
            heading: datum.name,
            rows: [["Hours", formatHours(hours)]],
          }}
        >
          <CellBox x={x} y={y} w={w} h={h} fill={NEUTRAL.branchStroke} lines={lines} bold />
        </Mark>
      );
    case "department": {
      const zoomOut = isZoomed;
      const label = zoomOut
        ? `${datum.name}: ${formatHours(hours)}. Zoom out to the whole organization`
        : `${datum.name}: ${formatHours(hours)}, ${formatShare(share)} of hours. Zoom in`;
      return (
        <Mark
          label={label}
          tooltip={{
            heading: datum.name,
            rows: [
              ["Hours", formatHours(hours)],
              ...(zoomOut ? [] : [["Share of hours", formatShare(share)] as const]),
              ["Roles", String(datum.department.roles.length)],
            ],
            note: zoomOut ? "Click to zoom out" : "Click to zoom in",
          }}
          href={!zoomOut && departmentHref ? departmentHref(datum.department) : undefined}
          onActivate={() => onZoomTo(zoomOut ? null : datum.name)}
          className="department"
        >
          <CellBox x={x} y={y} w={w} h={h} fill={fill} lines={[datum.name, formatHours(hours)]} bold />
        </Mark>
      );
    }
    case "role": {
      const role = datum.role;
      const atomization = formatShare(clampShare(role.atomization));
      const byClass = roleClassHours(role);
      const rows: [string, string][] = [
        ["Department", datum.department],
        ["Hours", formatHours(hours)],
        ["Atomization", atomization],
        ...CLASS_ORDER.map((c) => [CLASS_LABELS[c], formatHours(byClass[c])] as [string, string]),
      ];
      if (role.headcount !== undefined) rows.splice(2, 0, ["Headcount", formatHeadcount(nonNegative(role.headcount))]);
      return (
        <Mark
          label={`${role.title}, ${datum.department}: ${formatHours(
            hours
          )}, atomization ${atomization}. Opens the role`}
          tooltip={{
            heading: role.title,
            rows,
            note: "Click or press Enter to open the role",
          }}
          href={roleHref(role)}
          className="role"
        >
          <CellBox
            x={x}
            y={y}
            w={w}
            h={h}
            fill="#f4f6f9"
            lines={[role.title, `${atomization} atomized · ${formatHours(hours)}`]}
          />
          {h >= 6 ? <rect x={x} y={y} width={3} height={h} fill={NEUTRAL.muted} opacity={0.5} /> : null}
        </Mark>
      );
    }
    case "atom": {
      const { slice } = datum;
      fill = CLASS_COLORS[slice.taskClass];
      const name = ATOM_LABELS[slice.atom] ?? slice.atom;
      const roleTotal = roleHours(datum.role);
      return (
        <Mark
          label={`${datum.role.title}, ${name}, ${CLASS_LABELS[slice.taskClass]}: ${formatHours(slice.hours)}`}
          tooltip={{
            heading: name,
            rows: [
              ["Role", datum.role.title],
              ["Class", CLASS_LABELS[slice.taskClass]],
              ["Hours", formatHours(nonNegative(slice.hours))],
              ["Share of role", formatShare(roleTotal > 0 ? nonNegative(slice.hours) / roleTotal : 0)],
            ],
          }}
          // Slivers of the whole organization are not worth a tab stop; zoomed in they are.
          focusable={isZoomed}
        >
          <CellBox x={x} y={y} w={w} h={h} fill={fill} lines={[name, formatHours(nonNegative(slice.hours))]} />
        </Mark>
      );
    }
    case "more": {
      const { more, department } = datum;
      const byClass = more.classHours;
      const heading = `${moreRoles(more.count)} in ${department}`;
      const action = moreHref ? " Zoom in to them" : "";
      return (
        <Mark
          label={`${heading}, each too small to draw here: ${formatHours(hours)}, ${formatShare(
            share
          )} of hours.${action}`}
          tooltip={{
            heading,
            rows: [
              ["Hours", formatHours(hours)],
              ["Share of hours", formatShare(share)],
              ...CLASS_ORDER.map((c) => [CLASS_LABELS[c], formatHours(nonNegative(byClass[c]))] as [string, string]),
            ],
            note: moreHref ? "Click to zoom in to these roles" : "Each too small to draw at this level",
          }}
          href={moreHref ? moreHref(department, more.after) : undefined}
          onActivate={moreHref && onMore ? () => onMore(department, more.after) : undefined}
          className="more"
        >
          <CellBox
            x={x}
            y={y}
            w={w}
            h={h}
            fill="#e8ecf2"
            lines={[moreRoles(more.count), `${formatHours(hours)} · zoom in`]}
          />
        </Mark>
      );
    }
    case "more-class": {
      fill = CLASS_COLORS[datum.taskClass];
      const name = `${CLASS_LABELS[datum.taskClass]} hours of ${moreRoles(datum.more.count)}`;
      return (
        <Mark
          label={`${datum.department}, ${name}: ${formatHours(datum.hours)}`}
          tooltip={{
            heading: name,
            rows: [
              ["Department", datum.department],
              ["Hours", formatHours(datum.hours)],
            ],
          }}
          focusable={false}
        >
          <CellBox
            x={x}
            y={y}
            w={w}
            h={h}
            fill={fill}
            lines={[CLASS_LABELS[datum.taskClass], formatHours(datum.hours)]}
          />
        </Mark>
      );
    }
    case "suppressed": {
      const text = suppressedLabel(kThreshold);
      const what = datum.level === "department" ? "departments" : "roles";
      const heading = datum.count === 1 ? `1 ${what.slice(0, -1)} hidden` : `${datum.count} ${what} hidden`;
      return (
        <Mark
          label={`${heading}: ${text}`}
          tooltip={{ heading, note: `Figures hidden: ${text} each.` }}
          className="suppressed"
        >
          <rect
            className="mark-shape"
            x={x}
            y={y}
            width={w}
            height={h}
            fill={hatchUrl(chartId)}
            stroke={SUPPRESSED_STROKE}
          />
          {h >= LABEL_MIN_HEIGHT ? (
            <text x={x + 6} y={y + h / 2} dominantBaseline="central" fontSize={11}>
              <tspan paintOrder="stroke" stroke="#ffffff" strokeWidth={3}>
                {truncateToWidth(`${heading}: ${text}`, w - 12, 11)}
              </tspan>
            </text>
          ) : null}
        </Mark>
      );
    }
  }
}

function CellBox({
  x,
  y,
  w,
  h,
  fill,
  lines,
  bold = false,
}: {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  lines: string[];
  bold?: boolean;
}) {
  const color = textColorOn(fill);
  const first = h >= LABEL_MIN_HEIGHT ? truncateToWidth(lines[0], w - 12, 12) : "";
  const second = h >= SECOND_LINE_MIN_HEIGHT && lines[1] ? truncateToWidth(lines[1], w - 12, 11) : "";
  return (
    <>
      <rect className="mark-shape" x={x} y={y} width={w} height={h} fill={fill} />
      {first ? (
        <text
          x={x + 7}
          y={y + (second ? Math.min(h / 2 - 7, 14) : h / 2)}
          dominantBaseline="central"
          fill={color}
          fontWeight={bold ? 600 : 400}
          pointerEvents="none"
        >
          {first}
          {second ? (
            <tspan x={x + 7} dy={15} fontSize={11} fontWeight={400} opacity={0.85}>
              {second}
            </tspan>
          ) : null}
        </text>
      ) : null}
    </>
  );
}
