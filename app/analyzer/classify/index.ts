/**
 * Classifies one task text: automatable, democratized or specialized, with a confidence, an
 * atom, the cues behind it and one plain sentence of rationale. Pure and deterministic.
 *
 * How (docs/rubric.md, docs/decisions/020–024):
 * 1. wink-nlp parses the text into clauses with lemmatized verbs, objects and modifiers.
 * 2. Specialized vs AI-exposed: fixed rubric rules (approve, negotiate, lead people, clients and
 *    patients, high stakes) plus per-feature weights fitted on the MIT-licensed GPTs-are-GPTs
 *    labels, summed into a logistic score.
 * 3. Automatable vs democratized, for exposed tasks: the hand-written rubric (exposed-split.ts).
 */
import type { Atom, Classification, TaskClass } from "../taxonomy";
import { clauseAtom, fallbackAtom, RULE_ATOM } from "./atom";
import { collectCues } from "./cues";
import { decideSpecialized } from "./decide";
import { splitTask } from "./exposed-split";
import { compileModel } from "./feature-scorer";
import { FITTED_MODEL } from "./fitted-model";
import { parseTask, writtenAs, type Clause, type ParsedTask } from "./parse";
import { rationale } from "./rationale";
import { ruleHits, type RuleHit, type RuleKind } from "./rubric-rules";

/**
 * Bump on any change to rules, lexicon, parsing or weights: stored classifications carry the
 * version they were made with and are recomputed when it differs.
 */
export const CLASSIFIER_VERSION = "1.2.0";

const MODEL = compileModel(FITTED_MODEL.specialized.bias, FITTED_MODEL.specialized.weights);
const UNRECOGNIZED_CONFIDENCE = 0.2;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function classifyTask(text: string): Classification {
  return classifyParsed(parseTask(text));
}

/** The classification of an already parsed text (the benchmark times the two halves apart). */
export function classifyParsed(parsed: ParsedTask): Classification {
  const hits = ruleHits(parsed);
  const decision = decideSpecialized(parsed, hits, MODEL);
  const { score } = decision;
  const { clauseLogits } = score;
  // A vetoing clause decides on its own score (see decide.ts), so it also sets the probability.
  const logit = decision.veto !== null ? Math.max(score.logit, MODEL.bias + clauseLogits[decision.veto]) : score.logit;
  const pSpecialized = sigmoid(logit);

  const split = splitTask(parsed);
  // No split cue at all: a strongly exposed task reads as routine, a borderline one as needing a person to direct it.
  const splitScore = split.score !== 0 ? split.score : pSpecialized < 0.25 ? -0.5 : 0.5;
  const exposedClass: TaskClass = splitScore < 0 ? "automatable" : "democratized";
  const taskClass: TaskClass = decision.specialized ? "specialized" : exposedClass;
  const pExposedSide = sigmoid(Math.abs(splitScore) * 1.5);
  let confidence = taskClass === "specialized" ? pSpecialized : (1 - pSpecialized) * pExposedSide;
  // Nothing recognized: the score is only the base rate, so send it to the top of the review queue.
  const recognized = hits.length > 0 || score.counted.length > 0;
  if (!recognized) confidence = Math.min(confidence, UNRECOGNIZED_CONFIDENCE);

  const cues = collectCues(parsed, score, hits, split.clauses, exposedClass);
  const deciding = decidingClause(parsed.clauses, clauseLogits, split.clauses, taskClass);
  const strongestRule = strongest(hits, deciding);
  // The deciding clause names the work; for a specialized task with none, the strongest rule
  // anywhere does ("Run discovery calls and demos with customers" is client work).
  const anyRule = taskClass === "specialized" ? strongest(hits, null) : null;
  const named =
    (deciding !== null ? clauseAtom(parsed.clauses[deciding], taskClass === "specialized" ? strongestRule : null, taskClass) : null) ??
    (anyRule !== null ? RULE_ATOM[anyRule] : null);
  const fallback = named === null ? fallbackAtom(taskClass, parsed) : null;
  const atom: Atom = named ?? fallback!.atom;

  return {
    class: taskClass,
    confidence: round3(Math.min(1, Math.max(0, confidence))),
    atom,
    cues,
    rationale: rationale({
      taskClass,
      atom,
      support: cues.filter((c) => c.toward === taskClass),
      rule: taskClass === "specialized" ? strongestRule : null,
      // The fallback names the work too unless it is the class's default (atom.ts fallbackAtom).
      atomNamed: named !== null || fallback!.named,
      dissent: dissent(parsed, clauseLogits, hits, split.clauses, taskClass, deciding),
    }),
  };
}

/** The strongest rule that fired, not negated, in the deciding clause (anywhere when there is none). */
function strongest(hits: readonly RuleHit[], deciding: number | null): RuleKind | null {
  let best: RuleHit | null = null;
  for (const h of hits) {
    if (h.negated || h.weight <= 0 || (deciding !== null && h.clause !== deciding)) continue;
    if (!best || h.weight > best.weight) best = h;
  }
  return best?.kind ?? null;
}

/** The clause that best explains the class: the most human-demanding one, or the one that set the split. */
function decidingClause(
  clauses: readonly Clause[],
  clauseLogits: readonly number[],
  splits: ReturnType<typeof splitTask>["clauses"],
  taskClass: TaskClass,
): number | null {
  if (clauses.length === 0) return null;
  // Main clauses compete; only when there is none do secondary ones.
  const anyMain = clauses.some((c) => !c.secondary);
  let best = -1;
  let bestPull = -Infinity;
  for (let i = 0; i < clauses.length; i++) {
    if (anyMain && clauses[i].secondary) continue;
    // Higher is more telling: the clause's pull toward the class that was chosen.
    const pull = taskClass === "specialized" ? clauseLogits[i] : taskClass === "democratized" ? splits[i].score : -splits[i].score;
    if (best < 0 || pull > bestPull) {
      best = i;
      bestPull = pull;
    }
  }
  return best;
}

/** A main clause that pulls clearly the other way, named in the rationale. */
function dissent(
  parsed: ParsedTask,
  clauseLogits: readonly number[],
  hits: readonly RuleHit[],
  splits: ReturnType<typeof splitTask>["clauses"],
  taskClass: TaskClass,
  deciding: number | null,
): { verb: string; toward: TaskClass } | null {
  const { clauses } = parsed;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    if (i === deciding || clause.secondary || clause.verbs.length === 0) continue;
    // On its own this part would not be specialized: its score with the bias is below zero.
    if (taskClass === "specialized" && MODEL.bias + clauseLogits[i] < 0) {
      return { verb: writtenAs(parsed, clause.verbs[0]), toward: splits[i].score < 0 ? "automatable" : "democratized" };
    }
    if (taskClass !== "specialized" && hits.some((h) => h.clause === i && !h.negated && h.weight >= 1)) {
      return { verb: writtenAs(parsed, clause.verbs[0]), toward: "specialized" };
    }
  }
  return null;
}
