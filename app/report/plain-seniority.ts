/**
 * Seniority compression in words an executive reads without the formula. The headline is
 * computed on knowledge work (hands-on / physical work left out): entry-level field work counts
 * as specialized because it needs a person present, which made the index measure hands-on work
 * rather than judgment (docs/decisions/131-plain-words-seniority.md). Pure.
 */
import type { CompressionIndex } from "../analyzer/compression";
import { LEVEL_LABELS } from "../../importers/levels";

/** The one line that says what the headline leaves out. */
export const KNOWLEDGE_WORK_NOTE =
  "Knowledge work only: hands-on and physical work is left out, because it needs a person's presence rather than judgment, and so are log lines that name no work (a bare ticket number).";

const levelName = (n: number) => LEVEL_LABELS[n] ?? `level ${n}`;
const points = (share: number) => {
  const n = Math.round(Math.abs(share) * 100);
  return `${n} point${n === 1 ? "" : "s"}`;
};

/**
 * "After AI, junior office work (Entry) is 12 points closer to senior work (Executive): the
 * judgment gap narrows from 30 to 18 points." One sentence for every sign of the index.
 */
export function describeCompressionPlainly(index: CompressionIndex): string {
  if (index.value === null) return index.reason;
  const junior = `junior office work (${levelName(index.bottomLevel)})`;
  const senior = `senior work (${levelName(index.topLevel)})`;
  const { gapBefore, gapAfter } = index;
  const moved = Math.round((gapBefore - gapAfter) * 100);
  if (gapBefore < 0) {
    // Juniors already carry the larger judgment share before AI: "closer" would mislead.
    return gapAfter < 0
      ? `Even before AI, ${junior} carries more judgment than ${senior}: ${points(gapBefore)} more before AI, ${points(gapAfter)} more after.`
      : `Before AI, ${junior} carries ${points(gapBefore)} more judgment than ${senior}; after AI, ${senior} carries ${points(gapAfter)} more.`;
  }
  if (gapAfter < 0) {
    return `After AI, ${junior} carries more judgment than ${senior} (${points(gapAfter)} more), where senior work carried ${points(gapBefore)} more before.`;
  }
  if (moved === 0) {
    return `AI leaves ${junior} as far from ${senior} as before: the judgment gap stays at about ${points(gapBefore)}.`;
  }
  const from = Math.round(gapBefore * 100);
  const to = Math.round(gapAfter * 100);
  return moved > 0
    ? `After AI, ${junior} is ${points(moved / 100)} closer to ${senior}: the judgment gap narrows from ${from} to ${to} points.`
    : `After AI, ${junior} is ${points(moved / 100)} further from ${senior}: the judgment gap widens from ${from} to ${to} points.`;
}
