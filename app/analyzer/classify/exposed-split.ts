/**
 * The rubric's split of AI-exposed work into automatable (routine: AI carries it end to end)
 * and democratized (needs domain knowledge: AI lets a non-expert do it, a person directs).
 * No labelled data we may fit on separates the two, so this is hand-written rubric only.
 *
 * Clauses combine by "the most demanding clause wins": a task is automatable only when every
 * main clause is routine ("Compile data and analyze trends" is democratized).
 */
import { EXPERTISE_WORDS, objectKind, ROUTINE_WORDS, VERBS } from "./lexicon";
import { writtenAs, type Clause, type ParsedTask } from "./parse";

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

/** Verbs whose lean is routine only with routine objects ("prepare reports" vs "prepare budgets"). */
const VERB_WEIGHT = { A: -1, D: 1, S: 0.5 } as const;

export function splitClause(clause: Clause, parsed: ParsedTask): ClauseSplit {
  const w = (lemma: string) => writtenAs(parsed, lemma);
  const cues: SplitCue[] = [];
  // Subordinate clauses ("to fund operations") colour the task at half strength.
  const scale = clause.secondary ? 0.5 : 1;
  let score = 0;
  const push = (cue: string, weight: number) => {
    cues.push({ cue, weight: weight * scale });
    score += weight * scale;
  };
  for (const verb of clause.verbs) {
    const entry = VERBS.get(verb);
    if (entry === undefined) continue;
    push(`verb '${w(verb)}'`, VERB_WEIGHT[entry.lean]);
    break;
  }
  for (const object of clause.objects) {
    const kind = objectKind(object);
    const lean = kind === undefined ? undefined : OBJECT_LEAN[kind];
    if (lean === undefined) continue;
    push(`object '${w(object)}'`, lean);
    break;
  }
  const seen: string[] = [];
  const look = (word: string) => {
    const weight = ROUTINE_WORDS.has(word) ? -1 : EXPERTISE_WORDS.has(word) ? 1 : 0;
    if (weight === 0 || seen.includes(word)) return;
    seen.push(word);
    push(`'${w(word)}'`, weight);
  };
  for (const word of clause.mods) look(word);
  for (const word of clause.objects) look(word);
  for (const p of clause.preps) {
    look(p.head);
    for (const word of p.mods) look(word);
  }
  return { clause, score, cues };
}

/** The task's split score: the most expert-leaning clause (positive = democratized). */
export function splitTask(parsed: ParsedTask): { score: number; clauses: ClauseSplit[] } {
  const splits = parsed.clauses.map((clause) => splitClause(clause, parsed));
  // A clause the rubric knows nothing about has no say (it would otherwise drag the max to 0).
  let score = -Infinity;
  for (const s of splits) if (s.cues.length > 0 && s.score > score) score = s.score;
  return { score: score === -Infinity ? 0 : score, clauses: splits };
}
