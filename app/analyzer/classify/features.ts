/**
 * The features the fitted weights read, as the fitting script trains on them. The classifier
 * scores the same features without building strings (feature-scorer.ts walks the parse in the
 * same order with the same filters); feature-scorer.test.ts holds the two to the same score,
 * so what was fitted is exactly what runs.
 * Each feature is a readable string:
 *   v:LEMMA   a head verb of a main clause        o:LEMMA  the head noun of a direct object
 *   s:LEMMA   a verb of a purpose/manner clause  p:PREP:LEMMA  a prepositional modifier
 *   w:LEMMA   any content word outside negation  n:LEMMA  a word inside a negation's scope
 *   a:ATOM    the lexicon's unit of work for a main verb ("a:organize" for compile, file, log…)
 *   k:KIND    the lexicon's kind of an object or modifier ("k:document", "k:physical")
 *   vo:VERB:OBJECT  a main clause's verb with one of its objects ("vo:prepare:report")
 *   bi:LEMMA:LEMMA  two content words next to each other ("bi:medical:history")
 *   pk:PREP:KIND    a prepositional modifier's preposition with its kind ("pk:with:staff")
 *   e:LEMMA         not a feature of its own: the word's GloVe vector projected on the fitted
 *                   direction. The model adds the mean of these over the text's content words that
 *                   have one (similarityTerm), so a word never seen in training still leans like
 *                   the words it resembles (decision 180).
 * The a: and k: features let the fit learn how whole groups of words lean, so a verb too rare
 * in the training data to get its own weight still counts through its group. The pairs (vo:, bi:)
 * let it learn what a word means in company: "take history" is not "take inventory"
 * (decision 171 measured them).
 * Lemmas a rubric rule has claimed (rubric-rules.ts) are left out: the rule speaks for them.
 */
import { objectKind, STOP_LEMMAS, verbAtom } from "./lexicon";
import { isLogLine } from "./log-line";
import type { ParsedTask } from "./parse";
import type { RuleHit } from "./rubric-rules";

/** "e" is a weight kind, not a walked feature: the word's similarity weight (similarityTerm). */
export type FeaturePrefix = "v" | "s" | "o" | "p" | "n" | "w" | "a" | "k" | "vo" | "bi" | "pk" | "e";

/**
 * Visits every feature occurrence in text order, before filtering. For "a" the lemma is the
 * verb and `detail` its atom in the clause (verbAtom), for "k" the lemma is the noun and
 * `detail` its object kind, for "p" `detail` is the preposition, for "vo" the lemma is the verb
 * and `detail` the object, for "bi" `detail` is the word after the lemma, for "pk" the lemma is
 * the modifier's head and `detail` the preposition. Duplicates are visited
 * again; the visitor dedupes.
 */
export function walkFeatures(parsed: ParsedTask, visit: (prefix: FeaturePrefix, lemma: string, detail: string | undefined) => void): void {
  for (const clause of parsed.clauses) {
    for (const verb of clause.verbs) {
      visit(clause.secondary ? "s" : "v", verb, undefined);
      if (!clause.secondary) visit("a", verb, verbAtom(verb, clause.objects, clause.mods));
    }
    for (const object of clause.objects) {
      if (!clause.secondary) visit("o", object, undefined);
      visit("k", object, objectKind(object));
    }
    if (!clause.secondary) for (const verb of clause.verbs) for (const object of clause.objects) visit("vo", verb, object);
    for (const { prep, head } of clause.preps) {
      visit("p", head, prep);
      visit("k", head, objectKind(head));
      visit("pk", head, prep);
    }
    for (const word of clause.negated) visit("n", word, undefined);
  }
  const { lemmas } = parsed;
  for (const lemma of lemmas) visit("w", lemma, undefined);
  for (let i = 1; i < lemmas.length; i++) visit("bi", lemmas[i - 1], lemmas[i]);
}

const USEFUL = /^[a-z][a-z-]*[a-z]$/;

/** A lemma worth a word feature of its own: lower-case letters (and inner hyphens), not a stop word. */
export function isUsefulLemma(lemma: string): boolean {
  return USEFUL.test(lemma) && !STOP_LEMMAS.has(lemma);
}

export function isClaimed(hits: readonly RuleHit[], lemma: string): boolean {
  for (const h of hits) if (h.lemma === lemma) return true;
  return false;
}

/** A pair feature (vo:, bi:, pk:): the fitting settings can leave them out (decision 171). */
export const isPairFeature = (feature: string) => feature.startsWith("vo:") || feature.startsWith("bi:") || feature.startsWith("pk:");

/** The features as strings, deduplicated, in text order: what the fitting script trains on. */
export function taskFeatures(parsed: ParsedTask, hits: readonly RuleHit[]): string[] {
  const out = new Set<string>();
  walkFeatures(parsed, (prefix, lemma, detail) => {
    if (isClaimed(hits, lemma)) return;
    if (prefix === "a" || prefix === "k") {
      if (detail) out.add(`${prefix}:${detail}`);
    } else if (prefix === "pk") {
      const kind = objectKind(lemma);
      if (kind !== undefined) out.add(`pk:${detail}:${kind}`);
    } else if (prefix === "vo" || prefix === "bi") {
      // A pair counts when both of its words would count on their own.
      if (isUsefulLemma(lemma) && isUsefulLemma(detail!) && !isClaimed(hits, detail!)) out.add(`${prefix}:${lemma}:${detail}`);
    } else if (isUsefulLemma(lemma)) {
      out.add(prefix === "p" ? `p:${detail}:${lemma}` : `${prefix}:${lemma}`);
    }
  });
  return [...out];
}

/**
 * The words the similarity term averages, in text order (repeats count): content words that no
 * rubric rule claimed (the rule speaks for them), in a text longer than a log line. The vectors
 * were fitted on O*NET statements; on two- or three-word timesheet lines the mean of so few
 * vectors swung decisions the log-line rules had right (decision 180), so log lines go without.
 * The fit's mean vector and the scorer's sum of "e:" weights run over the same words.
 */
export function similarityWords(parsed: ParsedTask, hits: readonly RuleHit[]): string[] {
  return isLogLine(parsed) ? [] : unclaimedWords(parsed, hits);
}

/** Content words, in text order, that no rubric rule claimed: what a word-vector mean averages. */
export function unclaimedWords(parsed: ParsedTask, hits: readonly RuleHit[]): string[] {
  return parsed.lemmas.filter((lemma) => isUsefulLemma(lemma) && !isClaimed(hits, lemma));
}

/** The similarity term as the fit defines it: the mean "e:" weight over the similarityWords that have one. */
export function similarityTerm(parsed: ParsedTask, hits: readonly RuleHit[], weightOf: (feature: string) => number | undefined): number {
  let sum = 0;
  let k = 0;
  for (const word of similarityWords(parsed, hits)) {
    const w = weightOf(`e:${word}`);
    if (w === undefined) continue;
    sum += w;
    k++;
  }
  return k === 0 ? 0 : sum / k;
}
