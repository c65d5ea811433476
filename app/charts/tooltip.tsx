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
  /** Anchor in CSS px from the chart body's top-left corner (the tooltip sits above it). */
  x: number;
  y: number;
  /** Width of the chart body in CSS px, to keep the box inside it. */
  containerWidth: number;
}

export interface TooltipApi {
  /** Show `content` above `mark` (its `.mark-shape` children, or itself). */
  show(content: TooltipContent, mark: Element): void;
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

/** Top-centre of the union of `mark`'s shapes, in CSS px relative to `container`. */
export function anchorOf(mark: Element, container: Element): { x: number; y: number } {
  const shapes = mark.querySelectorAll(".mark-shape");
  const rects = (shapes.length ? Array.from(shapes) : [mark]).map((e) => e.getBoundingClientRect());
  const left = Math.min(...rects.map((r) => r.left));
  const right = Math.max(...rects.map((r) => r.right));
  const top = Math.min(...rects.map((r) => r.top));
  const box = container.getBoundingClientRect();
  return { x: (left + right) / 2 - box.left, y: top - box.top };
}

/** The floating box; positioned in CSS pixels relative to the chart body. */
export function TooltipBox({ state }: { state: TooltipState }) {
  const { x: left, y: top, containerWidth: width } = state;
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
