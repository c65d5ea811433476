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
import type { ParsedTask, WritingStyle } from "./parse-types";
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
function withSubject(text: string): Prepared {
  if (PRONOUN_START.test(text)) return { input: text, skip: 0 };
  const lowered = /^[A-Z][a-z]/.test(text) ? text[0].toLowerCase() + text.slice(1) : text;
  return { input: "They " + lowered, skip: 1 };
}

interface Prepared {
  input: string;
  skip: number;
}

/** The text as wink-nlp reads it, or null when nothing is left to read. */
function prepare(text: string): Prepared | null {
  const expanded = expandShorthand(text.trim().slice(0, MAX_CHARS));
  const trimmed = expanded.search(/\d/) < 0 ? expanded : expanded.replace(WITH_DIGITS, "0");
  return trimmed ? withSubject(trimmed) : null;
}

const nothing = (): ParsedTask => ({ clauses: [], lemmas: [], written: [], style: "plain" });

/** A list marker job-description bullets start with ("•", "-", "3."), not part of the text's style. */
const LIST_MARKER = /^(?:[•*·–-]|\d+[.)])\s+/;
/** What a typed log line has and a written sentence rarely does: digits, ticket or time separators, a spaced dash. */
const TYPED_MARKS = /[0-9:#@&+/–—]|\s-\s/;
/**
 * A line that opens with a verb in the past tense records work done ("Prepared board deck for
 * Thursday.", "Met w/ Dana"), as time entries do, with or without a closing period; duties and
 * O*NET statements are written in the present (decision 188). "-eed" words are mostly not past
 * forms ("Need", "Proceed").
 */
const PAST_OPENING = /^(?:[a-z]{2,}(?<!e)ed|wrote|met|sent|built|spoke|took|made|ran|gave|led|drew|found|held|paid|taught|bought|sought|brought|thought|fought|caught|kept|left|began|chose|did|drove|flew|got|went|saw|told|sold|won|hung|dug)\b/i;

/**
 * How a text is written (ParsedTask.style): task statements close with a period and open with
 * their verb (every O*NET statement does); job-description bullets open with a verb and hold no
 * ticket numbers or dashes; what people type into a time tracker has some of those marks, a
 * lower-case start or no verb ("Q3 board deck", "appt confirmations Front Range."), with or without
 * a closing period. `line` is the text trimmed and without its list marker; `past`, whether it
 * opens with a past-tense verb.
 */
function writingStyle(line: string, parsed: ParsedTask, past: boolean): WritingStyle {
  const verbless = parsed.clauses[0]?.verbless === true;
  // A closing period does not make a typed line a sentence: "payment run W29." and "review pull
  // requests." read as their twins without one do (decision 198).
  const typed = TYPED_MARKS.test(line) || /^[a-z]/.test(line);
  if (line.endsWith(".") && !verbless && !past && !typed) return "sentence";
  return typed || verbless || past ? "typed" : "plain";
}

/** wink-nlp's tags, lemmas and token texts of one document. */
function tag(input: string): { pos: string[]; lemma: string[]; value: string[] } {
  const tokens = nlp.readDoc(input).tokens();
  return {
    pos: tokens.out(its.pos) as string[],
    // wink-nlp 2.4's typings declare its.lemma's third parameter narrower than out() accepts;
    // the call itself is the documented one, so only the type is cast.
    lemma: tokens.out(its.lemma as unknown as typeof its.pos) as string[],
    value: tokens.out(its.value) as string[],
  };
}

/** Tags corrected, then clauses read: what follows wink-nlp for one text. */
function read(pos: string[], lemma: string[], value: string[], skip: number): ParsedTask {
  retag(pos, lemma, value, skip);
  return new ClauseReader(pos, lemma, value, skip).read();
}

/** One prepared text in a document of its own. */
function readAlone({ input, skip }: Prepared): ParsedTask {
  const { pos, lemma, value } = tag(input);
  return read(pos, lemma, value, skip);
}

export function parseTask(text: string): ParsedTask {
  const prepared = prepare(text);
  return prepared === null ? nothing() : withStyle(text, readAlone(prepared));
}

/** "vs", "vs.", "versus", "side by side": two things set against each other. */
const VERSUS = /\b(?:vs\b\.?|versus\b|side[\s-]+by[\s-]+side\b)/i;

function withStyle(text: string, parsed: ParsedTask): ParsedTask {
  // The line as written, and whether it opens in the past tense, read once for the style and the mark.
  const line = text.trim().replace(LIST_MARKER, "");
  const past = PAST_OPENING.test(line);
  parsed.style = writingStyle(line, parsed, past);
  if (VERSUS.test(text)) parsed.versus = true;
  if (past) parsed.pastOpening = true;
  return parsed;
}

/**
 * Texts per wink-nlp document in parseTasks. Reading a document has a fixed cost (wink builds
 * its document structure and API objects, and each out() call walks the tokens) that a batch
 * pays once; past a few dozen texts the saving is spent (8 to 256 measured alike).
 */
const BATCH_TEXTS = 64;
/**
 * What joins a batch's texts: a line break is a token of its own (tagged SPACE), no text that
 * reaches wink-nlp contains one (texts holding any line break, tab or carriage return are read
 * alone), and the tagger's patterns do not reach across it: on every text of the reference
 * files and the timesheet sets, each text's tags and lemmas are the same read in a batch as
 * alone (batch.test.ts checks it on fixture files and on arbitrary word soups).
 */
const SEPARATOR = "\n";
const BREAKS = /[\n\r\t]/;

/**
 * parseTask for many texts, in order, each parse equal to parseTask's: one wink-nlp document
 * per batch of texts, split back at the separator (docs/decisions/162-batched-parsing.md).
 */
export function parseTasks(texts: readonly string[]): ParsedTask[] {
  const out: ParsedTask[] = new Array(texts.length);
  const batch: number[] = [];
  const prepared: Prepared[] = [];
  for (let i = 0; i < texts.length; i++) {
    const p = prepare(texts[i]);
    if (p === null) out[i] = nothing();
    else if (BREAKS.test(p.input)) out[i] = readAlone(p);
    else {
      batch.push(i);
      prepared.push(p);
      if (batch.length === BATCH_TEXTS) readBatch(batch, prepared, out);
    }
  }
  if (batch.length > 0) readBatch(batch, prepared, out);
  for (let i = 0; i < texts.length; i++) withStyle(texts[i], out[i]);
  return out;
}

/** Reads the batch into `out` at its texts' indexes and empties it. */
function readBatch(batch: number[], prepared: Prepared[], out: ParsedTask[]): void {
  const { pos, lemma, value } = tag(prepared.map((p) => p.input).join(SEPARATOR));
  const ends: number[] = [];
  for (let t = 0; t < value.length; t++) if (value[t] === SEPARATOR) ends.push(t);
  ends.push(value.length);
  if (ends.length !== batch.length) {
    // Not one part per text: cannot happen with the inputs let in above, and if it ever did,
    // reading each text alone still gives the right answer.
    for (let k = 0; k < batch.length; k++) out[batch[k]] = readAlone(prepared[k]);
  } else {
    let start = 0;
    for (let k = 0; k < batch.length; k++) {
      const end = ends[k];
      out[batch[k]] = read(pos.slice(start, end), lemma.slice(start, end), value.slice(start, end), prepared[k].skip);
      start = end + 1;
    }
  }
  batch.length = 0;
  prepared.length = 0;
}
