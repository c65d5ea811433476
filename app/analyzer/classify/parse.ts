/**
 * Language processing for one task text: wink-nlp tokenizes, tags and lemmatizes; this module
 * splits the result into clauses and finds, per clause, the main verbs, their objects, the
 * prepositional modifiers ("for patients", "under tight deadlines") and what is negated
 * ("without supervision"). See docs/decisions/021-language-processing.md.
 */
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { ACTION_NOUNS, objectKind, VERBS } from "./lexicon";
import { DISPLAY, expandShorthand } from "./shorthand";

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
  /** The action noun a verb-less clause's verb was read from ("huddle" for "meet"), or null. */
  nominal: string | null;
}

export interface ParsedTask {
  clauses: Clause[];
  /** Every content lemma outside a negation, in order (nouns, verbs, adjectives, names). */
  lemmas: string[];
  /**
   * How words were written where that differs from their lemma, as pairs [lemma, written, …]:
   * cue labels show "data", not wink's lemma "datum", and "huddle", not the "meet" it was read as.
   */
  written: string[];
}

const CONTENT = new Set(["NOUN", "PROPN", "VERB", "ADJ"]);
const NOMINAL = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
// "+" joins separate items in task logs ("safety huddle + floor walk").
const CLAUSE_END = new Set([";", ".", "!", "?", ":", "\n", "+"]);
const NEGATORS = new Set(["without", "not", "no", "never", "n't", "non", "nor"]);
const SUBORDINATORS = new Set(["to", "by", "for", "while", "when", "after", "before", "through", "that", "which", "who", "in", "using"]);
/** Kinds of noun that name a deliverable when a log line is only that noun ("AHT report W31"). */
const DELIVERABLE_KINDS = new Set(["document", "design", "software"]);
/** Verbs that hand the meaning to their object's action noun: "perform maintenance", "run sprint planning". */
const LIGHT_VERBS = new Set(["perform", "conduct", "do", "complete", "run", "carry", "undertake", "execute", "give", "handle", "hold", "take"]);
const PARTICLES = new Set(["up", "out", "down", "off", "away", "back"]);
const PRONOUN_START = /^(i|we|you|he|she|they|it|the|a|an|our|my|his|her|their)\b/i;
/**
 * Words with digits ("W31", "KES-1392", "E33", "Q3") name things, never the work. They all read
 * as "0": wink-nlp keeps every new word in its vocabulary for the life of the process, so a
 * stream of ticket numbers would otherwise grow it (and slow each first sight) without end.
 */
const WITH_DIGITS = /[A-Za-z0-9]*\d[A-Za-z0-9]*(?:[-/.:,][A-Za-z0-9]*\d[A-Za-z0-9]*)*/g;
/** Long free text costs time and adds nothing a task statement would lack. */
const MAX_CHARS = 600;

function newClause(secondary: boolean): Clause {
  return { verbs: [], objects: [], mods: [], preps: [], negated: [], secondary, nominal: null };
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

/** The word as the text wrote it ("data" for the lemma "datum"), or the lemma itself. */
export function writtenAs(parsed: ParsedTask, lemma: string): string {
  const { written } = parsed;
  for (let i = 0; i < written.length; i += 2) if (written[i] === lemma) return DISPLAY.get(written[i + 1]) ?? written[i + 1];
  return DISPLAY.get(lemma) ?? lemma;
}

/**
 * Tags the tagger gets wrong in task wording, corrected before clauses are read:
 * - a "verb" right after a determiner, an adjective or a preposition, or between two nouns, is
 *   a noun ("the review", "inbound lead", "with lead", "new hires", "heat pump issues");
 * - "according" before "to" is a preposition, and a known verb after "verb and" is a verb;
 * - an "-ing" verb between a verb and a noun modifies the noun ("draft onboarding email");
 * - a word in -s right after the subject we added is a noun unless the lexicon knows it as a
 *   verb: "They returns processing" is no sentence, "They prepares reports" is O*NET's style;
 *   so is an -ing word that heads the line on its own ("Training: RF scanner").
 */
function retag(pos: string[], lemma: string[], value: string[], skip: number): void {
  if (skip === 1 && pos[1] === "VERB") {
    if (value[1].endsWith("s") && value[1] !== lemma[1] && !VERBS.has(lemma[1])) pos[1] = "NOUN";
    // "Training: RF scanner", "Onboarding": a lone -ing word heading the line names an activity.
    else if (value[1].endsWith("ing") && (pos.length === 2 || lemma[2] === ":" || lemma[2] === "-")) {
      pos[1] = "NOUN";
      lemma[1] = value[1].toLowerCase();
    }
  }
  for (let i = skip + 1; i < pos.length; i++) {
    // "pick and pack orders", "diagnose and repair faults": a known verb coordinated with a verb.
    if (pos[i] === "NOUN" && pos[i - 1] === "CCONJ" && pos[i - 2] === "VERB" && i - 2 >= skip && VERBS.has(lemma[i])) pos[i] = "VERB";
    if (pos[i] !== "VERB") continue;
    const before = pos[i - 1];
    if (value[i].toLowerCase() === "according" && lemma[i + 1] === "to") {
      pos[i] = "ADP";
      continue;
    }
    if (before === "DET" || before === "ADJ" || lemma[i - 1] === "new" || (before === "ADP" && !value[i].endsWith("ing"))) pos[i] = "NOUN";
    // "heat pump issues", "with Engineering lead", "lead times": after a noun, before a noun or
    // at the end, a "verb" is part of a compound (task texts have no subjects).
    else if ((before === "NOUN" || before === "PROPN") && !value[i].endsWith("ing") && (i + 1 === pos.length || pos[i + 1] === "NOUN" || pos[i + 1] === "PUNCT" || pos[i + 1] === "CCONJ")) pos[i] = "NOUN";
    else if (lemma[i] === "lead" && lemma[i + 1] === "time") pos[i] = "NOUN";
    else if (before === "VERB" && value[i].endsWith("ing") && (pos[i + 1] === "NOUN" || pos[i + 1] === "PROPN")) {
      pos[i] = "NOUN";
      lemma[i] = value[i].toLowerCase();
    }
  }
}

/** How many nouns the noun phrase starting at `from` holds before anything else. */
function nounsAhead(pos: readonly string[], from: number): number {
  let nouns = 0;
  for (let j = from; j < pos.length; j++) {
    if (pos[j] === "NOUN" || pos[j] === "PROPN") nouns++;
    else if (pos[j] !== "ADJ") break;
  }
  return nouns;
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
  // Lemmas double as the lower-cased word form (wink lower-cases them, punctuation included),
  // which saves a pass over the tokens.
  const normal = lemma;
  retag(pos, lemma, value, skip);

  const clauses: Clause[] = [];
  const lemmas: string[] = [];
  const written: string[] = [];
  let clause = newClause(false);
  let prep: string | null = null; // the preposition governing the noun phrase being read
  let phrase: string[] = []; // nominal lemmas of the noun phrase being read
  let phraseHead = -1; // index in phrase of its last noun (the head), -1 while it has none
  let negating = false; // inside a negation's scope until the next noun phrase or verb ends
  let sinceVerb = 0; // tokens read since the last verb of the head verb group
  // Noun phrases read before the clause has a verb: "CRM updates", "Q3 pipeline review prep".
  // If no verb comes, the last action noun among them becomes the clause's verb (closeClause).
  let topic: string[] = [];
  let topicHeads: boolean[] = [];
  let firstWordVerb = false; // the text's first word was read as a verb
  // The action noun in the clause's first object ("perform seasonal maintenance visits"), if any.
  let objectAction: { noun: string; isHead: boolean } | null = null;

  const remember = (lem: string, i: number) => {
    if (value[i] !== lem) written.push(lem, value[i]);
  };
  const flushTopic = () => {
    for (let k = 0; k < topic.length; k++) if (!topicHeads[k]) clause.mods.push(topic[k]);
    topic = [];
    topicHeads = [];
  };
  const closePhrase = () => {
    if (phrase.length === 0) return;
    // The head is the last noun: "report for client X" is about the client, not "X".
    const at = phraseHead >= 0 ? phraseHead : phrase.length - 1;
    if (negating) {
      for (const lem of phrase) clause.negated.push(lem);
      negating = false;
    } else if (!prep && clause.verbs.length === 0) {
      for (let k = 0; k < phrase.length; k++) {
        topic.push(phrase[k]);
        topicHeads.push(k === at);
      }
    } else {
      const head = phrase[at];
      const mods: string[] = [];
      for (let k = 0; k < phrase.length; k++) if (k !== at) mods.push(phrase[k]);
      if (prep) clause.preps.push({ prep, head, mods });
      else {
        clause.objects.push(head);
        if (objectAction === null) {
          let k = phrase.length - 1;
          while (k >= 0 && !ACTION_NOUNS.has(phrase[k])) k--;
          if (k >= 0) objectAction = { noun: phrase[k], isHead: k === at };
        }
      }
      for (const m of mods) clause.mods.push(m);
    }
    phrase = [];
    phraseHead = -1;
  };
  const readTopicAsAction = () => {
    let k = topic.length - 1;
    while (k >= 0 && !ACTION_NOUNS.has(topic[k])) k--;
    // No action named, or a deliverable after it ("QBR deck"): the deliverable is being prepared
    // ("AHT report W31", "blog post: …"). Neither: the nouns still say what the work is about
    // ("on-call shift", "chat queue").
    let d = topic.length - 1;
    while (d > k && !DELIVERABLE_KINDS.has(objectKind(topic[d]) ?? "")) d--;
    if (d > k && readTopicAsDeliverable()) return;
    if (k < 0) {
      if (!readTopicAsDeliverable()) {
        for (let j = 0; j < topic.length; j++) if (topicHeads[j]) clause.objects.push(topic[j]);
      }
      return;
    }
    const verb = ACTION_NOUNS.get(topic[k])!;
    clause.verbs.push(verb);
    clause.nominal = topic[k];
    if (verb !== topic[k]) written.push(verb, writtenAs({ clauses, lemmas, written }, topic[k]));
    // The noun right before the action is what it acts on ("CRM updates"); the rest modify.
    if (k > 0) clause.objects.push(topic[k - 1]);
    const rest: string[] = [];
    const restHeads: boolean[] = [];
    for (let j = 0; j < topic.length; j++) {
      if (j === k || j === k - 1) continue;
      rest.push(topic[j]);
      restHeads.push(false);
    }
    topic = rest;
    topicHeads = restHeads;
  };
  const readTopicAsDeliverable = (): boolean => {
    let k = topic.length - 1;
    while (k >= 0 && !DELIVERABLE_KINDS.has(objectKind(topic[k]) ?? "")) k--;
    if (k < 0) return false;
    clause.verbs.push("prepare");
    clause.nominal = topic[k];
    written.push("prepare", writtenAs({ clauses, lemmas, written }, topic[k]));
    clause.objects.push(topic[k]);
    topic.splice(k, 1);
    topicHeads.splice(k, 1);
    return true;
  };
  /** "Perform maintenance" is maintaining: the light verb gives way to its object's action. */
  const readLightVerb = (action: { noun: string; isHead: boolean }) => {
    const verb = ACTION_NOUNS.get(action.noun)!;
    clause.verbs = [verb];
    clause.nominal = action.noun;
    written.push(verb, writtenAs({ clauses, lemmas, written }, action.noun));
    // The action was the object's head ("run sprint planning"): it is no longer an object.
    if (action.isHead) clause.objects.splice(clause.objects.indexOf(action.noun), 1);
  };
  /**
   * "team huddle", "bin audit aisle 1": the tagger made the first word a verb the lexicon does
   * not know and the action sits in its object. Read the action as the verb, the word as an object.
   */
  const readFirstWordAsNoun = (action: { noun: string; isHead: boolean }) => {
    const first = clause.verbs[0];
    readLightVerb(action);
    clause.objects.unshift(first);
  };
  const closeClause = (secondary: boolean) => {
    closePhrase();
    const firstWordUnknown = firstWordVerb && clauses.length === 0 && clause.verbs.length === 1 && !VERBS.has(clause.verbs[0]);
    if (objectAction !== null && clause.verbs.length > 0) {
      if (clause.verbs.every((v) => LIGHT_VERBS.has(v))) readLightVerb(objectAction);
      else if (firstWordUnknown) readFirstWordAsNoun(objectAction);
    } else if (firstWordUnknown && clause.objects.length > 0 && DELIVERABLE_KINDS.has(objectKind(clause.objects[0]) ?? "")) {
      // "Blog post: …": the first word modifies a deliverable, which is being prepared.
      clause.mods.push(clause.verbs[0]);
      clause.verbs[0] = "prepare";
      clause.nominal = clause.objects[0];
      written.push("prepare", writtenAs({ clauses, lemmas, written }, clause.objects[0]));
    }
    objectAction = null;
    if (clause.verbs.length === 0 && !clause.secondary) readTopicAsAction();
    flushTopic();
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
    const atClauseStart = clauses.length > 0 && !clause.verbs.length && !phrase.length && !clause.preps.length && !prep && topic.length === 0;
    if (atClauseStart && (pos[i] === "NOUN" || pos[i] === "ADJ" || pos[i] === "PROPN") && VERBS.has(lemma[i])) pos[i] = "VERB";
    const p = pos[i];
    if (p === "PUNCT" || p === "SYM") {
      if (CLAUSE_END.has(word)) {
        closeClause(false);
        // "Blog post: heat pump vs furnace", "Training: RF scanner": after a line that names its
        // task as a noun, a colon introduces the subject matter, which is not more work.
        if (word === ":" && clauses.length > 0 && clauses[clauses.length - 1].nominal !== null) break;
      } else closePhrase();
      continue;
    }
    if (NEGATORS.has(word)) {
      closePhrase();
      negating = true;
      continue;
    }
    if (p === "VERB") {
      closePhrase();
      const prev = i > skip ? (pos[i - 1] === "ADP" || pos[i - 1] === "SCONJ" ? value[i - 1].toLowerCase() : normal[i - 1]) : "";
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
        // "performance review writing", "error code troubleshooting": nouns before a gerund are its object.
        if (clause.verbs.length === 0 && topic.length > 0 && value[i].endsWith("ing")) {
          for (let k = 0; k < topic.length; k++) if (topicHeads[k]) clause.objects.push(topic[k]);
        }
        flushTopic();
        if (i === skip) firstWordVerb = true;
        clause.verbs.push(lem);
        lemmas.push(lem);
      }
      remember(lem, i);
      sinceVerb = 0;
      prep = null;
      continue;
    }
    sinceVerb++;
    // "clean up the database", "set up accounts": a particle right after its verb, not a preposition.
    if (p === "ADP" && pos[i - 1] === "VERB" && PARTICLES.has(word)) continue;
    if (p === "ADP" || p === "SCONJ") {
      closePhrase();
      // The word as written, lower-cased: wink's lemma of "through" is "thru".
      prep = value[i].toLowerCase();
      continue;
    }
    if (p === "CCONJ") {
      // "clients and patients" keep the same role; an adjective-only run ("financial or budget
      // activities") waits for its noun.
      if (phrase.length > 0 && pos[i - 1] !== "NOUN" && pos[i - 1] !== "PROPN") continue;
      // "customer and dealer orders": a lone noun joined to a compound shares its head.
      if (phrase.length === 1 && nounsAhead(pos, i + 1) >= 2) continue;
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
        remember(lem, i);
        if (!negating && CONTENT.has(p)) lemmas.push(lem);
      }
      continue;
    }
    // Determiners, pronouns, adverbs and particles end nothing: "the", "all", "'s" sit inside phrases.
    if (p === "ADV" && clause.verbs.length === 0) continue;
  }
  closeClause(false);
  return { clauses, lemmas, written };
}
