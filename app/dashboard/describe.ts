/**
 * Sentences the pages show next to figures, written once so the overview and the detail
 * pages say the same thing about the same number. Pure.
 */
import type { CompressionIndex } from "../analyzer/compression";
import { formatShare } from "../charts/format";
import { LEVEL_LABELS } from "../../importers/levels";

const level = (n: number) => LEVEL_LABELS[n] ?? `level ${n}`;

/** "0.42: AI pulls junior work toward senior-level judgment (the gap narrows from 38 to 22 points)." */
export function describeCompression(index: CompressionIndex): string {
  if (index.value === null) return index.reason;
  const points = (share: number) => `${Math.round(share * 100)} points`;
  const gap = `between ${level(index.bottomLevel)} and ${level(index.topLevel)}: ${points(index.gapBefore)} before AI, ${points(index.gapAfter)} after`;
  switch (index.reading) {
    case "none":
      return `No compression: AI leaves the judgment gap ${gap} unchanged.`;
    case "compressed":
      return `AI pulls junior work toward senior-level judgment: the judgment gap ${gap}.`;
    case "alike":
      return `After AI, junior and senior work look alike: the judgment gap ${gap}.`;
    case "widened":
      return `AI widens the distance between junior and senior work: the judgment gap ${gap}.`;
    case "inverted":
      return `After AI, junior work is more judgment-heavy than senior work: the judgment gap ${gap}.`;
  }
}

/** How a role's time was weighed, in words for a table cell or tooltip. */
export function describeWeighting(weighting: "logs" | "statements" | null): string {
  if (weighting === "logs") return "weighted by logged hours";
  if (weighting === "statements") return "equal weights over job-description tasks (no task logs)";
  return "not analysed yet";
}

export function shareOrDash(value: number | null | undefined): string {
  return value === null || value === undefined ? "–" : formatShare(value);
}

/** What a role's (or a selection's) atomization measure means, in one sentence. */
export const ATOMIZATION_MEANING =
  "The atomization measure is the share of working time spent on well-defined pieces of information work (research, summaries, drafts, organizing, analysis, critique, risk checks, comparisons) that are not specialized, so could be cut out and handed to AI or to others working with AI.";

/** "expected 34%, 90% range 31–37%" for a class share's uncertainty range; "" when there is none. */
export function describeShareRange(range: { expected: number; low: number; high: number } | null | undefined): string {
  if (!range) return "";
  return `expected ${formatShare(range.expected)}, 90% range ${formatShare(range.low)}–${formatShare(range.high)}`;
}
