/**
 * Chart colours. One fixed colour per task class, taken from the Okabe–Ito palette (safe for
 * the common colour-vision deficiencies) and chosen so the three also differ in lightness
 * (light orange, mid green, dark blue): a greyscale print still tells them apart. The dark
 * blue is Okabe–Ito's blue darkened for that reason. See docs/decisions/051-class-colours.md.
 */
import { rgb } from "d3-color";
import { TASK_CLASSES, type TaskClass } from "../analyzer/taxonomy";

export const CLASS_COLORS: Record<TaskClass, string> = {
  automatable: "#E69F00",
  democratized: "#009E73",
  specialized: "#004A7C",
};

/** The stacking / legend order of the classes: from "hand to AI" to "keep human". */
export const CLASS_ORDER: readonly TaskClass[] = TASK_CLASSES;

/** Grey and hatch used for suppressed figures (fewer than k people). */
export const SUPPRESSED_FILL = "#eceef1";
export const SUPPRESSED_STROKE = "#8a94a3";

/** Neutral fills for structure (hierarchy branches, tracks, gridlines) and text. */
export const NEUTRAL = {
  text: "#1b1f24",
  muted: "#5b6470",
  grid: "#e3e6ea",
  axis: "#8a94a3",
  track: "#f1f3f5",
  branch: "#e8ecf1",
  branchStroke: "#c9d0d9",
} as const;

/**
 * Okabe–Ito colours for categories that are not classes (departments in the quadrant).
 * Yellow is left out: it vanishes on white.
 */
export const CATEGORY_COLORS = [
  "#0072B2",
  "#E69F00",
  "#009E73",
  "#CC79A7",
  "#56B4E9",
  "#D55E00",
  "#555555",
  "#9C8700",
] as const;

/** A stable colour per category: the same list of names always gets the same colours. */
export function categoryColors(names: readonly string[]): Map<string, string> {
  const unique = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  return new Map(unique.map((name, i) => [name, CATEGORY_COLORS[i % CATEGORY_COLORS.length]]));
}

function relativeLuminance(color: string): number {
  const { r, g, b } = rgb(color);
  const channel = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const textColors = new Map<string, string>();

/** Black or white, whichever reads better on `background`. */
export function textColorOn(background: string): string {
  // Charts ask for a handful of fills hundreds of times per render (every icicle cell).
  let color = textColors.get(background);
  if (color === undefined) {
    color = contrastRatio(background, "#ffffff") >= contrastRatio(background, NEUTRAL.text) ? "#ffffff" : NEUTRAL.text;
    if (textColors.size < 256) textColors.set(background, color);
  }
  return color;
}
