/**
 * Tags wink-nlp gets wrong in task wording, corrected before clauses are read. The tagger was
 * trained on running text; task statements and log lines have no subject and many compounds.
 * Arrays are corrected in place; `skip` is 1 when parse.ts put "They" in front of the text.
 */
import { ACTION_NOUNS, objectKind, VERBS } from "./lexicon";

/** Words that follow "lead" only when it is a sales lead (a prospect), never a verb of leading. */
const SALES_LEAD_COMPOUNDS = new Set(
  "list lists scoring score gen generation routing source sources qualification magnet form forms nurture nurturing enrichment import upload capture database assignment".split(" "),
);

/** Tags before "leads" that make it the plural noun (a verb's object, or a compound's head). */
const LEADS_AFTER = new Set(["VERB", "NOUN", "PROPN", "ADJ"]);

/** Words that head a log line as the thing an action noun acts on ("code review"). */
const NOUN_HEADS = new Set(["code", "design", "test", "budget", "contract", "data", "spec", "price", "policy"]);

/** Subordinators that are prepositions before a noun phrase ("for", "after", "before"). */
const PREPOSITIONS = new Set(["for", "after", "before", "since", "until"]);
/** Bodies of people a verb-like word names after "to" ("present to board", "report to staff"). */
const BODIES = new Set(["board", "staff", "council", "panel", "crew"]);

/** Action nouns from `at` on, and then the line's end, a preposition or punctuation ("review", "plan review w/"). */
function headsActionNoun(pos: readonly string[], lemma: readonly string[], at: number): boolean {
  let i = at;
  while (i < pos.length && pos[i] === "NOUN" && ACTION_NOUNS.has(lemma[i])) i++;
  return i > at && (i === pos.length || pos[i] === "PUNCT" || pos[i] === "ADP" || pos[i] === "CCONJ");
}

export function retag(pos: string[], lemma: string[], value: readonly string[], skip: number): void {
  // "lead list build", "lead scoring model": a sales lead heading a compound, not leading people.
  // "enrich leads", "upload leads": "leads" straight after a verb is its plural object (no
  // subject to agree with); so is "leads" after a noun or adjective ("webinar leads", "inbound
  // leads"): a line has no subject to lead anything. Only this word: the same reading of every
  // -s verb after a verb moved O*NET statements and cost the fitted split (decision 170).
  for (let i = skip; i < pos.length; i++) {
    if (lemma[i] !== "lead") continue;
    if (i + 1 < pos.length && SALES_LEAD_COMPOUNDS.has(lemma[i + 1])) pos[i] = "NOUN";
    else if (value[i].toLowerCase() === "leads" && i - 1 >= skip && LEADS_AFTER.has(pos[i - 1])) pos[i] = "NOUN";
  }
  // "Code review", "Design review w/ Priya", "Test plan review": a word that is mostly a thing,
  // heading an action noun, is what the action is about; the line has no verb of its own.
  if (pos[skip] === "VERB" && NOUN_HEADS.has(lemma[skip]) && value[skip].toLowerCase() === lemma[skip] && headsActionNoun(pos, lemma, skip + 1)) pos[skip] = "NOUN";
  if (skip === 1 && pos[1] === "VERB") {
    // "They returns processing" is no sentence, "They prepares reports" is O*NET's style: a
    // word in -s after the subject we added is a noun unless the lexicon knows it as a verb.
    if (value[1].endsWith("s") && value[1] !== lemma[1] && !VERBS.has(lemma[1])) pos[1] = "NOUN";
    // "Training: RF scanner", "Onboarding": a lone -ing word heading the line names an activity.
    else if (value[1].endsWith("ing") && (pos.length === 2 || lemma[2] === ":" || lemma[2] === "-")) {
      pos[1] = "NOUN";
      lemma[1] = value[1].toLowerCase();
    }
  }
  // Whether a verb has been read yet: a gerund after a preposition in a line without one names
  // the subject matter ("customer workshop on reporting", "training on Zendesk").
  let verbSeen = false;
  for (let i = skip; i < pos.length; i++) {
    // "timesheets", "SOPs": the lemmatizer keeps the plural of words it does not know; a plural
    // whose singular the lexicon files as a kind of object is that object.
    if (pos[i] === "NOUN" && lemma[i].length > 3 && lemma[i].endsWith("s") && !lemma[i].endsWith("ss") && objectKind(lemma[i]) === undefined && objectKind(lemma[i].slice(0, -1)) !== undefined) {
      lemma[i] = lemma[i].slice(0, -1);
    }
  }
  for (let i = skip + 1; i < pos.length; i++) {
    verbSeen ||= pos[i - 1] === "VERB" && i - 1 >= skip;
    // "pick and pack orders", "diagnose and repair faults": a known verb coordinated with a verb.
    if (pos[i] === "NOUN" && pos[i - 1] === "CCONJ" && i - 2 >= skip && pos[i - 2] === "VERB" && VERBS.has(lemma[i])) pos[i] = "VERB";
    if (pos[i] !== "VERB") continue;
    // "benchmarking", "onboarding": the lemmatizer leaves some -ing forms whole; the lexicon's
    // verb is the stem ("benchmark", "onboard") or the stem with its "e" ("sizing" → "size").
    // Not before a noun it modifies ("vendor onboarding forms").
    if (lemma[i].endsWith("ing") && !VERBS.has(lemma[i]) && pos[i + 1] !== "NOUN" && pos[i + 1] !== "PROPN") {
      const stem = lemma[i].slice(0, -3);
      if (VERBS.has(stem)) lemma[i] = stem;
      else if (VERBS.has(stem + "e")) lemma[i] = stem + "e";
    }
    const before = pos[i - 1];
    const ing = value[i].endsWith("ing");
    if (lemma[i] === "accord" && lemma[i + 1] === "to") pos[i] = "ADP";
    // "present perception study to board": a body of people after "to" at the end of a line is
    // whom it went to, not an infinitive ("to board" the bus would have an object; decision 188).
    else if (lemma[i - 1] === "to" && BODIES.has(lemma[i]) && (i + 1 === pos.length || pos[i + 1] === "PUNCT")) pos[i] = "NOUN";
    // "the review", "inbound lead", "with lead", "new hires": after a determiner, an adjective
    // or a preposition, a "verb" is a noun.
    // A preposition the tagger called a subordinator ("hotfix for prod login bug") counts too
    // while the line has no verb yet.
    else if (before === "DET" || before === "ADJ" || lemma[i - 1] === "new" || (before === "ADP" && (!ing || !verbSeen)) || (before === "SCONJ" && !verbSeen && PREPOSITIONS.has(lemma[i - 1]))) pos[i] = "NOUN";
    // "POs for approved reqs", "after signed contracts": a participle between a preposition and
    // its noun describes the noun; nobody approves or signs anything in this line.
    else if (before === "SCONJ" && PREPOSITIONS.has(lemma[i - 1]) && value[i].endsWith("ed") && (pos[i + 1] === "NOUN" || pos[i + 1] === "PROPN")) {
      pos[i] = "ADJ";
      lemma[i] = value[i].toLowerCase();
    }
    // "heat pump issues", "with Engineering lead": after a noun and before a noun or at the end,
    // a "verb" is part of a compound (task texts have no subjects).
    else if ((before === "NOUN" || before === "PROPN") && !ing && (i + 1 === pos.length || pos[i + 1] === "NOUN" || pos[i + 1] === "PUNCT" || pos[i + 1] === "CCONJ")) pos[i] = "NOUN";
    else if (lemma[i] === "lead" && lemma[i + 1] === "time") pos[i] = "NOUN";
    // "draft onboarding email": an -ing word between a verb and a noun modifies the noun.
    else if (before === "VERB" && ing && (pos[i + 1] === "NOUN" || pos[i + 1] === "PROPN")) {
      pos[i] = "NOUN";
      lemma[i] = value[i].toLowerCase();
    }
  }
}
