/**
 * Cue labels show words as the text wrote them: "data", not wink's lemma "datum"; "huddle",
 * not the "meet" it was read as; "1:1", not shorthand.ts's one-token "oneonone".
 */
import type { ParsedTask } from "./parse-types";
import { DISPLAY } from "./shorthand";

/** The written form of a lemma in pairs [lemma, written, …], or the lemma itself. */
export function writtenIn(written: readonly string[], lemma: string): string {
  for (let i = 0; i < written.length; i += 2) if (written[i] === lemma) return DISPLAY.get(written[i + 1]) ?? written[i + 1];
  return DISPLAY.get(lemma) ?? lemma;
}

export function writtenAs(parsed: ParsedTask, lemma: string): string {
  return writtenIn(parsed.written, lemma);
}
