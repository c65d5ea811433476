/**
 * Text measurement without a DOM. Charts render on the server, where nothing can be
 * measured, so label widths are computed from Arial's advance widths. The charts ask for an
 * Arial-metric font first (Helvetica, Arial, Liberation Sans: see FONT_FAMILY in
 * chart-svg.tsx), so the estimate matches what browsers draw; a 4 % margin absorbs
 * hinting and the odd fallback font.
 */

// Advance widths in 1/1000 em (Arial / Liberation Sans regular).
const LOWER = [
  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722,
  500, 500, 500,
];
const UPPER = [
  667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944,
  667, 667, 611,
];
const OTHER: Record<string, number> = {
  " ": 278,
  ".": 278,
  ",": 278,
  ":": 278,
  ";": 278,
  "!": 278,
  "'": 191,
  '"': 355,
  "-": 333,
  "(": 333,
  ")": 333,
  "[": 278,
  "]": 278,
  "/": 278,
  "\\": 278,
  "|": 260,
  "%": 889,
  "&": 667,
  "+": 584,
  "=": 584,
  "<": 584,
  ">": 584,
  "?": 556,
  "@": 1015,
  "#": 556,
  $: 556,
  "*": 389,
  _: 556,
  "·": 278,
  "•": 350,
  "–": 556,
  "—": 1000,
  "−": 584,
  "±": 584,
  "×": 584,
  "…": 1000,
  "→": 1000,
  "›": 333,
  "’": 222,
  "‘": 222,
};
const MARGIN = 1.04;

function charWidth(ch: string): number {
  const code = ch.charCodeAt(0);
  if (code >= 97 && code <= 122) return LOWER[code - 97];
  if (code >= 65 && code <= 90) return UPPER[code - 65];
  if (code >= 48 && code <= 57) return 556;
  return OTHER[ch] ?? 600;
}

/** Estimated width in px of `text` at `fontSize` px (bold adds ~6 %). */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) units += charWidth(ch);
  return (units / 1000) * fontSize * MARGIN * (bold ? 1.06 : 1);
}

/**
 * `text` shortened with an ellipsis so it fits `maxWidth` px, or "" when not even one
 * character and the ellipsis fit.
 */
export function truncateToWidth(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (estimateTextWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  const ellipsis = estimateTextWidth("…", fontSize, bold);
  let width = 0;
  let end = 0;
  for (; end < chars.length; end++) {
    const next = width + estimateTextWidth(chars[end], fontSize, bold);
    if (next + ellipsis > maxWidth) break;
    width = next;
  }
  return end === 0 ? "" : `${chars.slice(0, end).join("").trimEnd()}…`;
}
