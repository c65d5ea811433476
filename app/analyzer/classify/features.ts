/**
 * The features the fitted weights read. One walk over the parse serves the fitting script
 * (which needs the features as strings) and the classifier (feature-scorer.ts, which looks the
 * same features up without building strings), so what was fitted is exactly what runs.
 * Each feature is a readable string:
 *   v:LEMMA   a head verb of a main clause        o:LEMMA  the head noun of a direct object
 *   s:LEMMA   a verb of a purpose/manner clause  p:PREP:LEMMA  a prepositional modifier
 *   w:LEMMA   any content word outside negation  n:LEMMA  a word inside a negation's scope
 *   a:ATOM    the lexicon's unit of work for a main verb ("a:organize" for compile, file, log…)
 *   k:KIND    the lexicon's kind of an object or modifier ("k:document", "k:physical")
 * The a: and k: features let the fit learn how whole groups of words lean, so a verb too rare
 * in the training data to get its own weight still counts through its group.
 * Lemmas a rubric rule has claimed (rubric-rules.ts) are left out: the rule speaks for them.
 */
import { objectKind, STOP_LEMMAS, VERBS } from "./lexicon";
import type { ParsedTask } from "./parse";
import type { RuleHit } from "./rubric-rules";

export type FeaturePrefix = "v" | "s" | "o" | "p" | "n" | "w" | "a" | "k";

/**
 * Visits every feature occurrence in text order, before filtering: for "a" the lemma is the
 * verb (its group is its atom), for "k" the noun (its group is its object kind), for "p" the
 * head noun with `prep` set. Duplicates are visited again; the visitor dedupes.
 */
export function walkFeatures(parsed: ParsedTask, visit: (prefix: FeaturePrefix, lemma: string, prep: string) => void): void {
  for (const clause of parsed.clauses) {
    for (const verb of clause.verbs) {
      visit(clause.secondary ? "s" : "v", verb, "");
      if (!clause.secondary) visit("a", verb, "");
    }
    for (const object of clause.objects) {
      if (!clause.secondary) visit("o", object, "");
      visit("k", object, "");
    }
    for (const { prep, head } of clause.preps) {
      visit("p", head, prep);
      visit("k", head, "");
    }
    for (const word of clause.negated) visit("n", word, "");
  }
  for (const lemma of parsed.lemmas) visit("w", lemma, "");
}

const USEFUL = /^[a-z][a-z-]*[a-z]$/;

/** A lemma worth a word feature of its own: lower-case letters (and inner hyphens), not a stop word. */
export function isUsefulLemma(lemma: string): boolean {
  return USEFUL.test(lemma) && !STOP_LEMMAS.has(lemma);
}

/** The group a verb ("a") or noun ("k") belongs to, if the lexicon knows one. */
export function groupOf(prefix: "a" | "k", lemma: string): string | undefined {
  return prefix === "a" ? VERBS.get(lemma)?.atom : objectKind(lemma);
}

export function isClaimed(hits: readonly RuleHit[], lemma: string): boolean {
  for (const h of hits) if (h.lemma === lemma) return true;
  return false;
}

/** The features as strings, deduplicated, in text order: what the fitting script trains on. */
export function taskFeatures(parsed: ParsedTask, hits: readonly RuleHit[]): string[] {
  const out = new Set<string>();
  walkFeatures(parsed, (prefix, lemma, prep) => {
    if (isClaimed(hits, lemma)) return;
    if (prefix === "a" || prefix === "k") {
      const group = groupOf(prefix, lemma);
      if (group) out.add(`${prefix}:${group}`);
    } else if (isUsefulLemma(lemma)) {
      out.add(prefix === "p" ? `p:${prep}:${lemma}` : `${prefix}:${lemma}`);
    }
  });
  return [...out];
}
