/**
 * Language processing for one task text: wink-nlp tokenizes, tags and lemmatizes; this module
 * splits the result into clauses and finds, per clause, the main verbs, their objects, the
 * prepositional modifiers ("for patients", "under tight deadlines") and what is negated
 * ("without supervision"). See docs/decisions/021-language-processing.md.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { VERBS } from "./lexicon";

// Only the POS tagger (lemmas need it): sentence boundaries, sentiment, negation flags and
// entity recognition cost time and we use none of them. Clauses and negation scopes are ours.
const nlp = winkNLP(model, ["pos"]);
const its = nlp.its;

export interface PrepPhrase {
  prep: string;
  head: string;
  mods: string[];
}

export interface Clause {
  /** Lemmas of the clause's coordinated head verbs ("review, analyze and approve"). */
  verbs: string[];
  /** Head nouns of the direct objects ("budget reports" → "report"). */
  objects: string[];
  /** Other nouns and adjectives inside noun phrases ("budget", "tight"). */
  mods: string[];
  preps: PrepPhrase[];
  /** Lemmas inside a negation's scope ("without supervision" → "supervision"). */
  negated: string[];
  /** A purpose, manner or participle clause ("to fund operations", "by analyzing data"). */
  secondary: boolean;
}

export interface ParsedTask {
  clauses: Clause[];
  /** Every content lemma outside a negation, in order (nouns, verbs, adjectives, names). */
  lemmas: string[];
}

const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
const CLAUSE_END = new Set([";", ".", "!", "?", ":", "\n"]);
const NEGATORS = new Set(["without", "not", "no", "never", "n't", "non", "nor"]);
const SUBORDINATORS = new Set(["to", "by", "for", "while", "when", "after", "before", "through", "that", "which", "who", "in", "using"]);
const PRONOUN_START = /^(i|we|you|he|she|they|it|the|a|an|our|my|his|her|their)\b/i;
/** Long free text costs time and adds nothing a task statement would lack. */
const MAX_CHARS = 600;

function newClause(secondary: boolean): Clause {
  return { verbs: [], objects: [], mods: [], preps: [], negated: [], secondary };
}

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
  const trimmed = text.trim().slice(0, MAX_CHARS);
  if (!trimmed) return { clauses: [], lemmas: [] };
  const { input, skip } = withSubject(trimmed);
  const tokens = nlp.readDoc(input).tokens();
  const pos = tokens.out(its.pos) as string[];
  // wink-nlp 2.4's typings declare its.lemma's third parameter narrower than out() accepts;
  // the call itself is the documented one, so only the type is cast.
  const lemma = tokens.out(its.lemma as unknown as typeof its.pos) as string[];
  // Lemmas double as the lower-cased word form (wink lower-cases them, punctuation included),
  // which saves a third pass over the tokens.
  const normal = lemma;

  const clauses: Clause[] = [];
  const lemmas: string[] = [];
  let clause = newClause(false);
  let prep: string | null = null; // the preposition governing the noun phrase being read
  let phrase: string[] = []; // nominal lemmas of the noun phrase being read
  let phraseHead = -1; // index in phrase of its last noun (the head), -1 while it has none
  let negating = false; // inside a negation's scope until the next noun phrase or verb ends
  let sinceVerb = 0; // tokens read since the last verb of the head verb group

  const closePhrase = () => {
    if (phrase.length === 0) return;
    // The head is the last noun: "report for client X" is about the client, not "X".
    const at = phraseHead >= 0 ? phraseHead : phrase.length - 1;
    const head = phrase[at];
    const mods = phrase.filter((_, k) => k !== at);
    if (negating) {
      clause.negated.push(...phrase);
      negating = false;
    } else {
      if (prep) clause.preps.push({ prep, head, mods });
      else if (clause.verbs.length > 0) clause.objects.push(head);
      clause.mods.push(...mods);
    }
    phrase = [];
    phraseHead = -1;
  };
  const closeClause = (secondary: boolean) => {
    closePhrase();
    if (clause.verbs.length || clause.objects.length || clause.preps.length || clause.negated.length) clauses.push(clause);
    clause = newClause(secondary);
    prep = null;
    negating = false;
    sinceVerb = 0;
  };

  for (let i = skip; i < pos.length; i++) {
    const word = normal[i];
    const lem = lemma[i];
    // After ";" or a conjunction the tagger reads a bare imperative ("; schedule visits") as a
    // noun; a clause that has nothing yet and starts with a known verb starts with that verb.
    const atClauseStart = clauses.length > 0 && !clause.verbs.length && !phrase.length && !clause.preps.length && !prep;
    if (atClauseStart && (pos[i] === "NOUN" || pos[i] === "ADJ" || pos[i] === "PROPN") && VERBS.has(lemma[i])) pos[i] = "VERB";
    const p = pos[i];
    if (p === "PUNCT" || p === "SYM") {
      if (CLAUSE_END.has(word)) closeClause(false);
      else closePhrase();
      continue;
    }
    if (NEGATORS.has(word)) {
      closePhrase();
      negating = true;
      continue;
    }
    if (p === "VERB") {
      closePhrase();
      const prev = i > skip ? normal[i - 1] : "";
      const prevPos = i > skip ? pos[i - 1] : "";
      const inHeadGroup = clause.verbs.length > 0 && sinceVerb <= 2 && (prevPos === "CCONJ" || prev === "," || prevPos === "VERB" || prevPos === "ADV");
      if (clause.verbs.length > 0 && !inHeadGroup) {
        // A new verb after objects starts a clause: coordinated ("…reports, and approve…")
        // keeps the current clause's rank; after "to", "by", a noun or a participle it is subordinate.
        const coordinated = prevPos === "CCONJ" || prev === ",";
        closeClause(coordinated ? clause.secondary : true);
      } else if (clause.verbs.length === 0 && SUBORDINATORS.has(prev) && clauses.length > 0) {
        clause.secondary = true;
      }
      if (negating) {
        clause.negated.push(lem);
        negating = false;
      } else {
        clause.verbs.push(lem);
        lemmas.push(lem);
      }
      sinceVerb = 0;
      prep = null;
      continue;
    }
    sinceVerb++;
    if (p === "ADP" || p === "SCONJ") {
      closePhrase();
      prep = word;
      continue;
    }
    if (p === "CCONJ") {
      // "clients and patients" keep the same role; an adjective-only run ("financial or budget
      // activities") waits for its noun.
      if (phrase.length > 0 && pos[i - 1] !== "NOUN" && pos[i - 1] !== "PROPN") continue;
      closePhrase();
      continue;
    }
    if (p === "PART" && word === "to") {
      closePhrase();
      prep = "to";
      continue;
    }
    if (NOMINAL.has(p)) {
      if (p !== "NUM") {
        if (p === "NOUN") phraseHead = phrase.length;
        phrase.push(lem);
        if (!negating && CONTENT.has(p)) lemmas.push(lem);
      }
      continue;
    }
    // Determiners, pronouns, adverbs and particles end nothing: "the", "all", "'s" sit inside phrases.
    if (p === "ADV" && clause.verbs.length === 0) continue;
  }
  closeClause(false);
  return { clauses, lemmas };
}
