/**
 * The rubric's split of AI-exposed work into automatable (routine: AI carries it end to end)
 * and democratized (needs domain knowledge: AI lets a non-expert do it, a person directs).
 * No labelled data we may fit on separates the two, so this is hand-written rubric only.
 *
 * Clauses combine by "the most demanding clause wins": a task is automatable only when every
 * main clause is routine ("Compile data and analyze trends" is democratized).
 */
import { AUTHORED_COMPOUNDS, AUTHORED_DOCUMENTS, EXPERTISE_WORDS, objectKind, ROUTINE_WORDS, VERBS } from "./lexicon";
import { writtenAs, type Clause, type ParsedTask } from "./parse";
import { isLogLine, takesLogLineStage } from "./log-line";

export interface SplitCue {
  cue: string;
  /** Positive toward democratized, negative toward automatable. */
  weight: number;
}

export interface ClauseSplit {
  clause: Clause;
  score: number;
  cues: SplitCue[];
}

const OBJECT_LEAN: Partial<Record<string, number>> = {
  document: -0.5,
  record: -0.75,
  analysis: 0.75,
  // Code is expert work whatever the verb ("write code" is not routine writing).
  software: 1.5,
  design: 0.75,
  risk: 0.5,
};

/** Verbs of authoring: on a log line they say nothing routine (decision 192); "prepare" and "type" still do. */
const AUTHORING_VERBS = new Set<string>(["write", "draft"]);
/** What a writing verb may produce as routine correspondence: "Write welcome email for new hires". */
export const MESSAGES: ReadonlySet<string> = new Set<string>(["email", "e-mail", "message", "reply"]);
/** The clause writes or drafts something other than a message (decision 192). */
const authorsWork = (verb: string, clause: Clause) => AUTHORING_VERBS.has(verb) && !clause.objects.some((o) => MESSAGES.has(o));

/** Units of work that read information for an answer (analysis, research, comparison). */
const EXPERT_READING = new Set<string>(["analyze", "research", "compare"]);

/** Verbs whose lean is routine only with routine objects ("prepare reports" vs "prepare budgets"). */
const VERB_WEIGHT = { A: -1, D: 1, S: 0.5 } as const;

export function splitClause(clause: Clause, parsed: ParsedTask, logLine = false): ClauseSplit {
  // Written without closures: this runs for every clause of every text, and a closure made per
  // call costs more than the work (under tsx each one is also named through defineProperty).
  const cues: SplitCue[] = [];
  // Subordinate clauses ("to fund operations") colour the task at half strength.
  const scale = clause.secondary ? 0.5 : 1;
  let score = 0;
  let analyzing = false;
  for (const verb of clause.verbs) {
    const entry = VERBS.get(verb);
    if (entry === undefined) continue;
    // A log line that names an authored document ("postmortem writeup", "rev rec memo", "draft
    // SOW for Litware") says nothing routine by the writing verb, written or implied: the
    // document decides. Nor does one that writes or drafts anything but a message ("Wrote JHA
    // for confined space entry", "write unit tests for billing"): people log authoring that way,
    // and the labelled lines call 97 of 105 such lines democratized where the verb alone read
    // routine; a standard email or reply stays the rubric's routine writing (decision 192). A
    // sentence's verb still speaks, however short (decisions 185, 188).
    if ((clause.verbless || (logLine && parsed.style !== "sentence")) && entry.atom === "draft" && (authorsWork(verb, clause) || namesAuthored(clause))) break;
    score += pushCue(cues, `verb '${writtenAs(parsed, verb)}'`, VERB_WEIGHT[entry.lean], scale);
    analyzing = logLine && entry.lean === "D" && EXPERT_READING.has(entry.atom);
    // A log line that names its work as an analysis or research ("NPS survey analysis", "market
    // sizing") names an expert deliverable, as an authored document does (decision 136).
    if (analyzing && clause.verbless) score += pushCue(cues, `'${writtenAs(parsed, verb)}'`, 1, scale);
    break;
  }
  for (const object of clause.objects) {
    const kind = objectKind(object);
    const lean = kind === undefined ? undefined : OBJECT_LEAN[kind];
    if (lean === undefined) continue;
    // On a log line, records analyzed are the material, not the work ("churn analysis of
    // accounts", "log analysis"): keeping records is routine, reading them for an answer is not.
    // (On task statements the same reading lowered the fitted split's kappa: decision 175.)
    if (analyzing && kind === "record") break;
    score += pushCue(cues, `object '${writtenAs(parsed, object)}'`, lean, scale);
    break;
  }
  // Routine and expertise words, each once, in the order mods, objects, modifier heads and theirs.
  const seen: string[] = [];
  for (const word of clause.mods) score += lookWord(cues, seen, parsed, word, scale, logLine);
  for (const word of clause.objects) score += lookWord(cues, seen, parsed, word, scale, logLine);
  for (const p of clause.preps) {
    score += lookWord(cues, seen, parsed, p.head, scale, logLine);
    for (const word of p.mods) score += lookWord(cues, seen, parsed, word, scale, logLine);
  }
  return { clause, score, cues };
}

/** A clause that names a document someone authors ("memo", "postmortem", "deck", "design doc"). */
export function namesAuthored(clause: Clause): boolean {
  if (clause.nominal !== null && AUTHORED_DOCUMENTS.has(clause.nominal)) return true;
  for (const o of clause.objects) if (AUTHORED_DOCUMENTS.has(o) || namesCompound(o, clause.mods, clause.objects)) return true;
  for (const m of clause.mods) if (AUTHORED_DOCUMENTS.has(m) || namesCompound(m, clause.mods, clause.objects)) return true;
  return false;
}

/** The word heads an authored compound whose first word is among these ("job" + "description"). */
function namesCompound(word: string, mods: readonly string[], others: readonly string[]): boolean {
  const firsts = AUTHORED_COMPOUNDS.get(word);
  return firsts !== undefined && firsts.some((first) => mods.includes(first) || others.includes(first));
}

/** An SOP ("standard operating procedure", as shorthand.ts expands it): its "standard" is its name. */
const namesSop = (parsed: ParsedTask) => parsed.lemmas.includes("procedure") && namesCompound("procedure", parsed.lemmas, []);

/** Adds a cue at the clause's scale and returns what it adds to the score. */
function pushCue(cues: SplitCue[], cue: string, weight: number, scale: number): number {
  cues.push({ cue, weight: weight * scale });
  return weight * scale;
}

function lookWord(cues: SplitCue[], seen: string[], parsed: ParsedTask, word: string, scale: number, logLine: boolean): number {
  const authored = logLine && (AUTHORED_DOCUMENTS.has(word) || namesCompound(word, parsed.lemmas, []));
  // "standard" in a standard operating procedure is the document's name, not routine work.
  const routine = ROUTINE_WORDS.has(word) && !(logLine && word === "standard" && namesSop(parsed));
  const weight = routine ? -1 : EXPERTISE_WORDS.has(word) || authored ? 1 : 0;
  if (weight === 0 || seen.includes(word)) return 0;
  seen.push(word);
  return pushCue(cues, `'${writtenAs(parsed, word)}'`, weight, scale);
}

/** The task's split score: the most expert-leaning clause (positive = democratized). */
export function splitTask(parsed: ParsedTask): { score: number; clauses: ClauseSplit[] } {
  const { clauses } = parsed;
  const splits: ClauseSplit[] = new Array(clauses.length);
  // Short texts and every line the log-line stage reads (decision 188) are read as log lines; a
  // clause with no verb of its own is written as log lines are, whatever the line's length.
  const logLine = isLogLine(parsed) || takesLogLineStage(parsed);
  for (let i = 0; i < clauses.length; i++) splits[i] = splitClause(clauses[i], parsed, logLine || clauses[i].verbless);
  // A clause the rubric knows nothing about has no say (it would otherwise drag the max to 0).
  let score = -Infinity;
  for (const s of splits) if (s.cues.length > 0 && s.score > score) score = s.score;
  return { score: score === -Infinity ? 0 : score, clauses: splits };
}
