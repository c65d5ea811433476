/**
 * The frame around every chart: heading, description, download buttons, the measured chart
 * body with its tooltip, an explicit empty state, an optional footnote, and the visually
 * hidden data table. Charts pass a render function that draws the SVG at a given width.
 */
import { useCallback, useId, useMemo, useState, type KeyboardEvent, type ReactNode } from "react";
import { safeId } from "./chart-svg";
import { ChartDataTable, type ChartDataTableProps } from "./data-table";
import { downloadPng, downloadSvg, fileNameFor } from "./download";
import { anchorOf, TooltipBox, TooltipContext, type TooltipApi, type TooltipState } from "./tooltip";
import { DEFAULT_WIDTH } from "./types";
import { useContainerWidth, useHydrated } from "./use-container-width";

export const EMPTY_MESSAGE = "No data for this selection";

export interface ChartFrameProps {
  title: string;
  description: string;
  headingLevel?: 2 | 3 | 4;
  fileName?: string;
  defaultWidth?: number;
  /** Show the empty-state message instead of the chart. */
  isEmpty: boolean;
  /** Controls above the chart (e.g. a breadcrumb). */
  toolbar?: ReactNode;
  /** A note under the chart (e.g. what suppressed marks mean). */
  footnote?: ReactNode;
  table: ChartDataTableProps;
  /** Draws the chart's <svg> at `width`; `id` is unique per chart, for ids inside the SVG. */
  children: (args: { width: number; id: string }) => ReactNode;
}

export function ChartFrame({
  title,
  description,
  headingLevel = 3,
  fileName,
  defaultWidth = DEFAULT_WIDTH,
  isEmpty,
  toolbar,
  footnote,
  table,
  children,
}: ChartFrameProps) {
  const id = safeId(useId());
  const hydrated = useHydrated();
  const { ref, width } = useContainerWidth<HTMLDivElement>(defaultWidth);
  const [tooltip, setTooltip] = useState<TooltipState | null>(null);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const hide = useCallback(() => setTooltip(null), []);
  const api = useMemo<TooltipApi>(
    () => ({
      show: (content, mark) => {
        const body = ref.current;
        if (body) setTooltip({ content, ...anchorOf(mark, body), containerWidth: body.clientWidth || width });
      },
      hide,
      hydrated,
    }),
    [hide, hydrated, ref, width],
  );
  const Heading = `h${headingLevel}` as const;
  const name = fileName ?? fileNameFor(title);

  const download = async (kind: "svg" | "png") => {
    const svg = ref.current?.querySelector<SVGSVGElement>("svg.orbital-chart-svg");
    if (!svg) return;
    setDownloadError(null);
    try {
      if (kind === "svg") downloadSvg(svg, title, name);
      else await downloadPng(svg, title, name);
    } catch {
      setDownloadError(`The ${kind.toUpperCase()} could not be created in this browser.`);
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") hide();
  };

  return (
    <figure className="orbital-chart" aria-labelledby={`${id}-heading`}>
      <div className="orbital-chart-head">
        <Heading id={`${id}-heading`} className="orbital-chart-title">
          {title}
        </Heading>
        {isEmpty ? null : (
          <div className="orbital-chart-actions">
            <button type="button" className="secondary" disabled={!hydrated} onClick={() => download("svg")}>
              Download SVG
            </button>
            <button type="button" className="secondary" disabled={!hydrated} onClick={() => download("png")}>
              Download PNG
            </button>
          </div>
        )}
      </div>
      <p className="orbital-chart-desc">{description}</p>
      {downloadError ? (
        <p role="alert" className="error">
          {downloadError}
        </p>
      ) : null}
      {toolbar && !isEmpty ? <div className="orbital-chart-toolbar">{toolbar}</div> : null}
      <div className="orbital-chart-body" ref={ref} onKeyDown={onKeyDown}>
        {isEmpty ? (
          <p className="orbital-chart-empty" role="status">
            {EMPTY_MESSAGE}
          </p>
        ) : (
          <TooltipContext.Provider value={api}>
            {children({ width, id })}
            {tooltip ? <TooltipBox state={tooltip} /> : null}
          </TooltipContext.Provider>
        )}
      </div>
      {footnote && !isEmpty ? <figcaption className="orbital-chart-footnote">{footnote}</figcaption> : null}
      {isEmpty ? null : <ChartDataTable {...table} />}
    </figure>
  );
}
