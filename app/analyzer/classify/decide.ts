/**
 * The specialized-vs-exposed decision, shared by the classifier and the fitting script's
 * cross-validation so the figure it reports is the figure of what ships.
 *
 * Clauses combine in two ways (docs/decisions/023-combining-clauses.md):
 * - the whole text's logistic score (fixed rubric rules + fitted weights) decides, and
 * - a main clause in which a person-bound rubric rule fired (approve, negotiate, lead, care)
 *   and whose own score is positive makes the task specialized even when the rest of the text
 *   is routine: "Prepare budget reports and approve expenditures" cannot be handed to AI
 *   end to end while it contains the approval.
 */
import type { Extracted } from "./extract";
import type { Clause } from "./parse";
import type { RuleHit } from "./rubric-rules";

export interface Weights {
  bias: number;
  get(feature: string): number | undefined;
}

/** Rules strong enough to veto on their own (not "for clients" or "deadline"). */
const VETO_WEIGHT = 1.25;

export function clauseLogit(clause: Clause, index: number, hits: readonly RuleHit[], weights: Weights): number {
  let z = 0;
  for (const h of hits) if (h.clause === index) z += h.weight;
  for (const v of clause.verbs) z += weights.get((clause.secondary ? "s:" : "v:") + v) ?? 0;
  for (const o of clause.objects) z += weights.get("o:" + o) ?? 0;
  for (const p of clause.preps) z += weights.get(`p:${p.prep}:${p.head}`) ?? 0;
  return z;
}

export interface Decision {
  /** Logit of the whole text. */
  logit: number;
  /** Index of a main clause that vetoes handing the task over, or null. */
  veto: number | null;
  specialized: boolean;
}

export function decideSpecialized(extracted: Extracted, weights: Weights): Decision {
  let logit = weights.bias + extracted.ruleOffset;
  for (const f of extracted.features) logit += weights.get(f) ?? 0;
  let veto: number | null = null;
  const { clauses } = extracted.parsed;
  for (let i = 0; i < clauses.length && veto === null && clauses.length > 1; i++) {
    if (clauses[i].secondary) continue;
    const strong = extracted.hits.some((h) => h.clause === i && h.weight >= VETO_WEIGHT);
    if (strong && weights.bias + clauseLogit(clauses[i], i, extracted.hits, weights) >= 0) veto = i;
  }
  return { logit, veto, specialized: logit >= 0 || veto !== null };
}
