/**
 * Sentences the pages show next to figures, written once so the overview and the detail
 * pages say the same thing about the same number. Pure.
 */
import type { CompressionIndex } from "../analyzer/compression";
import type { ShareRange } from "../analyzer/share-range";
import { CLASS_LABELS, TASK_CLASSES, type TaskClass } from "../analyzer/taxonomy";
import { formatList, formatShare, shownPercent } from "../charts/format";
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

/**
 * Why a class share can sit outside its own range, said under the figures so a reader does not
 * take the gap for an error: the share counts each task in its likeliest class, while the expected
 * share and its range weigh every task by its probabilities (decision 194). A class whose share,
 * as shown, falls outside its range is named. "" when there are no ranges.
 */
export function explainShareRanges(shares: Record<TaskClass, number> | null | undefined, ranges: Record<TaskClass, ShareRange> | null | undefined): string {
  if (!shares || !ranges) return "";
  // Compared as the page shows them, so the sentence never contradicts the figures beside it.
  const outside = TASK_CLASSES.filter((c) => shownPercent(shares[c]) > shownPercent(ranges[c].high) || shownPercent(shares[c]) < shownPercent(ranges[c].low));
  const meaning =
    "Each share counts a task in its likeliest class; the expected share weighs every task by the classifier's probabilities, and its 90% range is where the true share should fall if those probabilities hold.";
  if (outside.length === 0) return meaning;
  const named = outside.map((c) => `${CLASS_LABELS[c]} (${formatShare(shares[c])}, expected ${formatShare(ranges[c].expected)})`);
  const which = named.length === 1 ? `${named[0]} falls outside its range` : `${formatList(named)} fall outside their ranges`;
  return `${meaning} ${which}: many hours rest on uncertain calls, and the review queue lists the largest first.`;
}
