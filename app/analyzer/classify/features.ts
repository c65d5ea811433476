/**
 * The features the fitted weights read. One function serves the classifier and the fitting
 * script, so what was fitted is exactly what runs. Each feature is a readable string:
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

const USEFUL = /^[a-z][a-z-]*[a-z]$/;

export function taskFeatures(parsed: ParsedTask, hits: readonly RuleHit[]): string[] {
  const claimed = new Set(hits.map((h) => h.lemma));
  const out = new Set<string>();
  const add = (prefix: string, lemma: string) => {
    if (USEFUL.test(lemma) && !STOP_LEMMAS.has(lemma) && !claimed.has(lemma)) out.add(prefix + lemma);
  };
  const group = (prefix: string, name: string | undefined, lemma: string) => {
    if (name && !claimed.has(lemma)) out.add(prefix + name);
  };
  for (const clause of parsed.clauses) {
    for (const verb of clause.verbs) {
      add(clause.secondary ? "s:" : "v:", verb);
      if (!clause.secondary) group("a:", VERBS.get(verb)?.atom, verb);
    }
    for (const object of clause.objects) {
      if (!clause.secondary) add("o:", object);
      group("k:", objectKind(object), object);
    }
    for (const { prep, head } of clause.preps) {
      add(`p:${prep}:`, head);
      group("k:", objectKind(head), head);
    }
    for (const word of clause.negated) add("n:", word);
  }
  for (const lemma of parsed.lemmas) add("w:", lemma);
  // Insertion order is already deterministic (it follows the text), so no sort is needed.
  return [...out];
}
