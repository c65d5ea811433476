/**
 * Language processing for one task text: shorthand expanded (shorthand.ts), wink-nlp tokenizes,
 * tags and lemmatizes, tagging slips are corrected (retag.ts) and the tokens are read into
 * clauses with their verbs, objects, prepositional modifiers ("for patients", "under tight
 * deadlines") and negation scopes ("without supervision") (clause-reader.ts).
 * See docs/decisions/021-language-processing.md and 026-timesheet-text.md.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { ClauseReader } from "./clause-reader";
import type { ParsedTask } from "./parse-types";
import { retag } from "./retag";
import { expandShorthand } from "./shorthand";

export type { Clause, ParsedTask, PrepPhrase } from "./parse-types";
export { writtenAs } from "./written";

// Only the POS tagger (lemmas need it): sentence boundaries, sentiment, negation flags and
// entity recognition cost time and we use none of them. Clauses and negation scopes are ours.
const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;

const PRONOUN_START = /^(i|we|you|he|she|they|it|the|a|an|our|my|his|her|their)\b/i;
/**
 * Words with digits ("W31", "KES-1392", "E33", "Q3") name things, never the work. They all read
 * as "0": wink-nlp keeps every new word in its vocabulary for the life of the process, so a
 * stream of ticket numbers would otherwise grow it (and slow each first sight) without end.
 * The look-behind and look-ahead keep the scan linear (a word without digits is read once).
 */
const WITH_DIGITS = /(?<![A-Za-z0-9])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]+(?:[-/.:,](?=[A-Za-z0-9]*\d)[A-Za-z0-9]+)*/g;
/** Long free text costs time and adds nothing a task statement would lack. */
const MAX_CHARS = 600;

/**
 * Imperative task statements ("Direct or coordinate…") start with a verb that the tagger,
 * trained on running text, often reads as a proper noun. Giving it a subject ("They direct…")
 * fixes that (99.8% of the GPTs-are-GPTs statements then start with a VERB, against 72%), and
 * suits past-tense log lines ("Prepared the report") just as well.
 */
function withSubject(text: string): { input: string; skip: number } {
  if (PRONOUN_START.test(text)) return { input: text, skip: 0 };
  const lowered = /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
  return { input: "They " + lowered, skip: 1 };
}

export function parseTask(text: string): ParsedTask {
  const expanded = expandShorthand(text.trim().slice(0, MAX_CHARS));
  const trimmed = expanded.search(/\d/) < 0 ? expanded : expanded.replace(WITH_DIGITS, "0");
  if (!trimmed) return { clauses: [], lemmas: [], written: [] };
  const { input, skip } = withSubject(trimmed);
  const tokens = nlp.readDoc(input).tokens();
  const pos = tokens.out(its.pos) as string[];
  // wink-nlp 2.4's typings declare its.lemma's third parameter narrower than out() accepts;
  // the call itself is the documented one, so only the type is cast.
  const lemma = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
  const value = tokens.out(its.value) as string[];
  retag(pos, lemma, value, skip);
  return new ClauseReader(pos, lemma, value, skip).read();
}
