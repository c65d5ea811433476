/** Props every chart takes, besides its data. */
export interface ChartBaseProps {
  /** Short title: the visible heading and the chart's accessible name. */
  title: string;
  /** One or two sentences on what the chart shows and how to read it; shown under the title and read by screen readers. */
  description: string;
  /** The workspace's k: suppressed marks read "fewer than k people". Defaults to 5. */
  kThreshold?: number;
  /** Width in px for the server render, before the container is measured; about the layout's width for the chart. Default 960. */
  defaultWidth?: number;
  /** File name, without extension, for "Download SVG/PNG". Defaults to the title in kebab-case. */
  fileName?: string;
  /** Heading level of the title, to fit the page's outline. Defaults to 3. */
  headingLevel?: 2 | 3 | 4;
}

export const DEFAULT_K = 5;
export const DEFAULT_WIDTH = 960;
