/**
 * The specialized-vs-exposed decision, shared by the classifier and the fitting script's
 * cross-validation so the figure it reports is the figure of what ships.
 *
 * Clauses combine in two ways, and one more check (docs/decisions/023-combining-clauses.md):
 * - the whole text's logistic score (fixed rubric rules + fitted weights) decides, and
 * - a main clause in which a person-bound rubric rule fired (approve, negotiate, lead, care)
 *   and whose own score is positive makes the task specialized even when the rest of the text
 *   is routine: "Prepare budget reports and approve expenditures" cannot be handed to AI
 *   end to end while it contains the approval; and
 * - the word-vector similarity term (decision 180) cannot by itself overturn a strong rule: a
 *   text specialized without the term stays specialized when such a rule fired.
 */
import { scoreTask, type CompiledModel, type TaskScore } from "./feature-scorer";
import type { ParsedTask } from "./parse";
import type { RuleHit } from "./rubric-rules";

/** Rules strong enough to veto on their own (not "for clients" or "deadline"). */
const VETO_WEIGHT = 1.25;

export interface Decision {
  score: TaskScore;
  /** Index of a main clause that vetoes handing the task over, or null. */
  veto: number | null;
  specialized: boolean;
  /**
   * The logit the probability is read from: the whole text's, or a vetoing clause's own score
   * when that is higher (the veto decided, so it also sets the certainty).
   */
  logit: number;
}

export function decideSpecialized(parsed: ParsedTask, hits: readonly RuleHit[], model: CompiledModel): Decision {
  const score = scoreTask(parsed, hits, model);
  const { clauses } = parsed;
  let veto: number | null = null;
  for (let i = 0; i < clauses.length && veto === null && clauses.length > 1; i++) {
    if (clauses[i].secondary) continue;
    const strong = hits.some((h) => h.clause === i && h.weight >= VETO_WEIGHT);
    if (strong && model.bias + score.clauseLogits[i] >= 0) veto = i;
  }
  const logit = veto !== null ? Math.max(score.logit, model.bias + score.clauseLogits[veto]) : score.logit;
  // The similarity term generalizes what words resemble; it does not overturn a person-bound
  // rule the words alone left standing ("Approve department budgets": budgets resemble
  // exposed work, the approval is still the person's; decision 180).
  const upheld = score.logit < 0 && score.logit - score.similarity >= 0 && hits.some((h) => h.weight >= VETO_WEIGHT);
  return { score, veto, specialized: score.logit >= 0 || veto !== null || upheld, logit: upheld ? score.logit - score.similarity : logit };
}
