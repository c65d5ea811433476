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
import type { Atom, Classification, Cue, TaskClass } from "../taxonomy";
import { clauseAtom, FALLBACK_ATOM } from "./atom";
import { clauseLogit, decideSpecialized, type Weights } from "./decide";
import { splitTask } from "./exposed-split";
import { extractTask } from "./extract";
import { FITTED } from "./fitted-weights";
import type { Clause } from "./parse";
import { rationale } from "./rationale";
import type { RuleHit, RuleKind } from "./rubric-rules";

/**
 * Bump on any change to rules, lexicon, parsing or weights: stored classifications carry the
 * version they were made with and are recomputed when it differs.
 */
export const CLASSIFIER_VERSION = "1.0.0";

const WEIGHTS = new Map(Object.entries(FITTED.weights));
const MODEL: Weights = { bias: FITTED.bias, get: (f) => WEIGHTS.get(f) };
const MAX_CUES = 10;
const UNRECOGNIZED_CONFIDENCE = 0.2;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const round3 = (x: number) => Math.round(x * 1000) / 1000;
// Code-unit order, not localeCompare: the order must not depend on the machine's locale.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function classifyTask(text: string): Classification {
  const extracted = extractTask(text);
  const { parsed, hits, features } = extracted;
  const decision = decideSpecialized(extracted, MODEL);
  // A vetoing clause decides on its own score (see decide.ts), so it also sets the probability.
  const logit = decision.veto !== null ? Math.max(decision.logit, MODEL.bias + clauseLogit(parsed.clauses[decision.veto], decision.veto, hits, MODEL)) : decision.logit;
  const pSpecialized = sigmoid(logit);

  const split = splitTask(parsed.clauses);
  // No split cue at all: a strongly exposed task reads as routine, a borderline one as needing a person to direct it.
  const splitScore = split.score !== 0 ? split.score : pSpecialized < 0.25 ? -0.5 : 0.5;
  const exposedClass: TaskClass = splitScore < 0 ? "automatable" : "democratized";
  const taskClass: TaskClass = decision.specialized ? "specialized" : exposedClass;
  const pExposedSide = sigmoid(Math.abs(splitScore) * 1.5);
  let confidence = taskClass === "specialized" ? pSpecialized : (1 - pSpecialized) * pExposedSide;
  // Nothing recognized: the score is only the base rate, so send it to the top of the review queue.
  const recognized = hits.length > 0 || features.some((f) => WEIGHTS.has(f));
  if (!recognized) confidence = Math.min(confidence, UNRECOGNIZED_CONFIDENCE);

  const cues = collectCues(features, hits, split.clauses.flatMap((c) => c.cues), exposedClass);
  const deciding = decidingClause(parsed.clauses, hits, split.clauses, taskClass);
  const strongestRule = strongest(hits.filter((h) => !h.negated && (deciding === null || h.clause === deciding)));
  const atom: Atom =
    (deciding !== null ? clauseAtom(parsed.clauses[deciding], taskClass === "specialized" ? strongestRule : null) : null) ??
    FALLBACK_ATOM[taskClass];

  const support = cues.filter((c) => c.toward === taskClass);
  return {
    class: taskClass,
    confidence: round3(Math.min(1, Math.max(0, confidence))),
    atom,
    cues,
    rationale: rationale({
      taskClass,
      atom,
      support,
      rule: taskClass === "specialized" ? strongestRule : null,
      dissent: dissent(parsed.clauses, hits, split.clauses, taskClass, deciding),
    }),
  };
}

function strongest(hits: readonly RuleHit[]): RuleKind | null {
  let best: RuleHit | null = null;
  for (const h of hits) if (!best || h.weight > best.weight) best = h;
  return best?.kind ?? null;
}

function featureParts(feature: string): { prefix: string; lemma: string; prep: string } {
  const first = feature.indexOf(":");
  const last = feature.lastIndexOf(":");
  return { prefix: feature.slice(0, first), lemma: feature.slice(last + 1), prep: first === last ? "" : feature.slice(first + 1, last) };
}

/** The clause that best explains the class: the most human-demanding one, or the one that set the split. */
function decidingClause(
  clauses: readonly Clause[],
  hits: readonly RuleHit[],
  splits: ReturnType<typeof splitTask>["clauses"],
  taskClass: TaskClass,
): number | null {
  if (clauses.length === 0) return null;
  const main = clauses.map((c, i) => i).filter((i) => !clauses[i].secondary);
  const candidates = main.length > 0 ? main : clauses.map((_, i) => i);
  // Higher is more telling: the clause's pull toward the class that was chosen.
  const pull = (i: number) =>
    taskClass === "specialized" ? clauseLogit(clauses[i], i, hits, MODEL) : taskClass === "democratized" ? splits[i].score : -splits[i].score;
  let best = candidates[0];
  let bestPull = pull(best);
  for (const i of candidates) {
    const p = pull(i);
    if (p > bestPull) [best, bestPull] = [i, p];
  }
  return best;
}

/** A main clause that pulls clearly the other way, named in the rationale. */
function dissent(
  clauses: readonly Clause[],
  hits: readonly RuleHit[],
  splits: ReturnType<typeof splitTask>["clauses"],
  taskClass: TaskClass,
  deciding: number | null,
): { verb: string; toward: TaskClass } | null {
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    if (i === deciding || clause.secondary || clause.verbs.length === 0) continue;
    const z = clauseLogit(clause, i, hits, MODEL);
    if (taskClass === "specialized" && z < -0.5) {
      return { verb: clause.verbs[0], toward: splits[i].score < 0 ? "automatable" : "democratized" };
    }
    if (taskClass !== "specialized" && hits.some((h) => h.clause === i && !h.negated && h.weight >= 1)) {
      return { verb: clause.verbs[0], toward: "specialized" };
    }
  }
  return null;
}

/**
 * Learned features grouped into what a reader recognizes ("verb 'compile'" gathers v:compile and
 * w:compile), the rubric rules and the split cues; strongest first.
 */
function collectCues(
  features: readonly string[],
  hits: readonly RuleHit[],
  splitCues: readonly { cue: string; weight: number }[],
  exposedClass: TaskClass,
): Cue[] {
  const roles = new Map<string, string>(); // lemma → how it appears ("verb 'x'", "object 'x'")
  const parts = features.map(featureParts);
  for (const { prefix, lemma, prep } of parts) {
    if (prefix === "v" || prefix === "s") roles.set(lemma, `verb '${lemma}'`);
    else if (prefix === "o" && !roles.has(lemma)) roles.set(lemma, `object '${lemma}'`);
    else if (prefix === "p" && !roles.has(lemma)) roles.set(lemma, `'${prep} ${lemma}'`);
  }
  const learned = new Map<string, number>();
  features.forEach((f, i) => {
    const w = WEIGHTS.get(f);
    if (w === undefined) return;
    const { prefix, lemma } = parts[i];
    const label =
      prefix === "n"
        ? `negated '${lemma}'`
        : prefix === "a"
          ? `work type '${lemma}'`
          : prefix === "k"
            ? `object type '${lemma}'`
            : (roles.get(lemma) ?? `word '${lemma}'`);
    learned.set(label, (learned.get(label) ?? 0) + w);
  });
  const merged = new Map<string, Cue>();
  const add = (cue: string, weight: number, toward: TaskClass) => {
    const key = `${toward}|${cue}`;
    const existing = merged.get(key);
    if (existing) existing.weight += weight;
    else merged.set(key, { cue, weight, toward });
  };
  for (const [cue, w] of learned) add(cue, Math.abs(w), w > 0 ? "specialized" : exposedClass);
  for (const h of hits) add(h.cue, h.negated ? 0.25 : h.weight, h.negated ? exposedClass : "specialized");
  for (const c of splitCues) if (c.weight !== 0) add(c.cue, Math.abs(c.weight), c.weight > 0 ? "democratized" : "automatable");
  return [...merged.values()]
    .map((c) => ({ ...c, weight: round3(c.weight) }))
    .filter((c) => c.weight >= 0.01)
    .sort((a, b) => b.weight - a.weight || byText(a.cue, b.cue) || byText(a.toward, b.toward))
    .slice(0, MAX_CUES);
}
