/**
 * Tooltips shared by every chart: one per chart frame, shown on pointer hover and on
 * keyboard focus of a mark, hidden on leave, blur or Escape. Before hydration marks carry a
 * native SVG <title> instead, so the no-JS page still explains each mark on hover.
 */
import { createContext } from "react";

export interface TooltipContent {
  /** First line, in bold: what the mark is. */
  heading: string;
  /** Label/value pairs. */
  rows?: ReadonlyArray<readonly [string, string]>;
  /** A closing remark (e.g. "fewer than 5 people", "Enter opens the role"). */
  note?: string;
}

export interface TooltipState {
  content: TooltipContent;
  /** Anchor in the chart's SVG user units (the tooltip sits above this point). */
  x: number;
  y: number;
}

export interface TooltipApi {
  show(state: TooltipState): void;
  hide(): void;
  /** True once React has hydrated; marks drop their native <title> then. */
  hydrated: boolean;
}

const noop: TooltipApi = { show() {}, hide() {}, hydrated: false };
export const TooltipContext = createContext<TooltipApi>(noop);

/** Text of a tooltip as one line, for native <title> fallbacks and aria-labels. */
export function tooltipText(content: TooltipContent): string {
  const parts = [content.heading, ...(content.rows ?? []).map(([label, value]) => `${label}: ${value}`)];
  if (content.note) parts.push(content.note);
  return parts.join(". ");
}

/** The floating box; positioned in CSS pixels relative to the chart body. */
export function TooltipBox({ state, scale, width }: { state: TooltipState; scale: number; width: number }) {
  const left = state.x * scale;
  const top = state.y * scale;
  // Keep the box inside the chart: anchor its right edge near the right side, left edge near the left.
  const align = left > width * 0.7 ? "end" : left < width * 0.3 ? "start" : "middle";
  return (
    <div className={`orbital-chart-tooltip align-${align}`} style={{ left, top }} aria-hidden="true">
      <strong>{state.content.heading}</strong>
      {state.content.rows?.length ? (
        <dl>
          {state.content.rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {state.content.note ? <p>{state.content.note}</p> : null}
    </div>
  );
}
