/**
 * The rubric's split of AI-exposed work into automatable (routine: AI carries it end to end)
 * and democratized (needs domain knowledge: AI lets a non-expert do it, a person directs).
 * No labelled data we may fit on separates the two, so this is hand-written rubric only.
 *
 * Clauses combine by "the most demanding clause wins": a task is automatable only when every
 * main clause is routine ("Compile data and analyze trends" is democratized).
 */
import { EXPERTISE_WORDS, objectKind, ROUTINE_WORDS, VERBS } from "./lexicon";
import type { Clause } from "./parse";

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

export function splitClause(clause: Clause): ClauseSplit {
  const cues: SplitCue[] = [];
  const verb = clause.verbs.find((v) => VERBS.has(v));
  if (verb) cues.push({ cue: `verb '${verb}'`, weight: VERB_WEIGHT[VERBS.get(verb)!.lean] });
  const object = clause.objects.find((o) => objectKind(o) && OBJECT_LEAN[objectKind(o)!] !== undefined);
  if (object) cues.push({ cue: `object '${object}'`, weight: OBJECT_LEAN[objectKind(object)!]! });
  const seen: string[] = [];
  const look = (word: string) => {
    const weight = ROUTINE_WORDS.has(word) ? -1 : EXPERTISE_WORDS.has(word) ? 1 : 0;
    if (weight === 0 || seen.includes(word)) return;
    seen.push(word);
    cues.push({ cue: `'${word}'`, weight });
  };
  clause.mods.forEach(look);
  clause.objects.forEach(look);
  for (const p of clause.preps) {
    look(p.head);
    p.mods.forEach(look);
  }
  // Subordinate clauses ("to fund operations") colour the task at half strength.
  const scale = clause.secondary ? 0.5 : 1;
  for (const cue of cues) cue.weight *= scale;
  return { clause, score: cues.reduce((s, c) => s + c.weight, 0), cues };
}

/** The task's split score: the most expert-leaning clause (positive = democratized). */
export function splitTask(clauses: readonly Clause[]): { score: number; clauses: ClauseSplit[] } {
  const splits = clauses.map(splitClause);
  // A clause the rubric knows nothing about has no say (it would otherwise drag the max to 0).
  const voting = splits.filter((s) => s.cues.length > 0);
  const score = voting.length > 0 ? Math.max(...voting.map((s) => s.score)) : 0;
  return { score, clauses: splits };
}
