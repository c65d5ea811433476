/**
 * Everything the classifier reads from a task text, in one place: the parse, the rubric rules
 * that fired and the learned features. The fitting script calls this too, so the weights are
 * fitted on exactly what the classifier sees at run time.
 */
import { splitTask } from "./exposed-split";
import { taskFeatures } from "./features";
import { parseTask, type ParsedTask } from "./parse";
import { ruleHits, type RuleHit } from "./rubric-rules";

export interface Extracted {
  parsed: ParsedTask;
  hits: RuleHit[];
  /** The specialized model's features: a lemma a rubric rule claimed is left to the rule. */
  features: string[];
  /** Sum of the rule weights: the fixed logit toward specialized. */
  ruleOffset: number;
  /**
   * The automatable/democratized model's features: every lemma counts (no rubric rule speaks
   * for the split, so none claims a word).
   */
  splitFeatures: string[];
  /** The hand-written rubric's split score (exposed-split.ts; positive leans democratized). */
  splitScore: number;
}

export function extractTask(text: string): Extracted {
  const parsed = parseTask(text);
  const hits = ruleHits(parsed);
  return {
    parsed,
    hits,
    features: taskFeatures(parsed, hits),
    ruleOffset: hits.reduce((sum, h) => sum + h.weight, 0),
    splitFeatures: taskFeatures(parsed, []),
    splitScore: splitTask(parsed).score,
  };
}
