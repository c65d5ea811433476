/**
 * Fitting the automatable-vs-democratized split (issue 11 §1): a logistic model toward
 * "automatable" over the classifier's word features, with the hand-written rubric's split score
 * (exposed-split.ts) as a fixed, explainable offset scaled by `lexiconWeight`. Rows come from two
 * sources: the Anthropic Economic Index usage label (people's real hand-offs: the truth we
 * measure against) and GPT-4's automation rating (machine labels, a weaker signal, down-weighted).
 */
import type { Extracted } from "../../app/analyzer/classify/extract";
import { isPairFeature } from "../../app/analyzer/classify/features";
import { fitLogistic, type Example } from "./logistic";
import { fitSimilarityStage } from "./word-vectors";

export interface SplitItem {
  /** Fold key: the normalized text, so the same text never sits in train and test. */
  group: string;
  extracted: Extracted;
  /** Target: 1 automatable, 0 democratized; in between when the source gives a share. */
  y: number;
  /** Row weight in the loss. */
  weight: number;
  source: "aei" | "gpt4";
}

export const SPLIT_SETTINGS = {
  /** L2 strength: stronger than the specialized model's, the training set is small and noisy. */
  lambda: 0.003,
  iterations: 600,
  minCount: 3,
  /** Scale of the rubric's split score in the logit (negative: the rubric's + is democratized). */
  lexiconWeight: 1,
  /** Weight of a GPT-4-rated row against an AEI row. */
  gpt4Weight: 0.25,
  /** 1: fit the pair features (vo:, bi:, pk:) too; 0: leave them out (decision 171). */
  pairFeatures: 0,
  /**
   * 1: add the similarity term on top, as the specialized model does; 0: leave it out. Off
   * (decision 180): automatable-vs-not kappa 0.223 → 0.230, inside the folds' spread (± 0.07),
   * and the threshold it moved cost the timesheet lines' three-class reading 2 points.
   */
  similarity: 0,
  similarityScale: 6,
  similarityLambda: 0.003,
} as const;

export type SplitSettings = { -readonly [K in keyof typeof SPLIT_SETTINGS]: number };

export interface FittedSplit {
  bias: number;
  weights: Map<string, number>;
}

/** The logit's fixed term: the rubric's split score, negative toward automatable. */
export const lexiconOffset = (extracted: Extracted, lexiconWeight: number) => -lexiconWeight * extracted.splitScore;

export function fitSplit(items: readonly SplitItem[], settings: SplitSettings = SPLIT_SETTINGS): FittedSplit {
  const counts = new Map<string, number>();
  for (const item of items) for (const f of item.extracted.splitFeatures) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.keys()].filter((f) => counts.get(f)! >= settings.minCount && (settings.pairFeatures === 1 || !isPairFeature(f))).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const examples: Example[] = items.map((item) => ({
    features: item.extracted.splitFeatures
      .filter((f) => index.has(f))
      .map((f) => index.get(f)!),
    offset: lexiconOffset(item.extracted, settings.lexiconWeight),
    y: item.y,
    weight: item.weight,
  }));
  const model = fitLogistic(examples, { featureCount: vocabulary.length, lambda: settings.lambda, iterations: settings.iterations });
  const weights = new Map<string, number>();
  vocabulary.forEach((f, i) => weights.set(f, model.weights[i]));
  if (settings.similarity !== 1) return { bias: model.bias, weights };
  // The similarity stage on top of this model's logit (decision 180), as the specialized model's.
  const rows = items.map((item, i) => {
    let z = model.bias + examples[i].offset;
    for (const f of examples[i].features) z += model.weights[f];
    return { parsed: item.extracted.parsed, hits: [], offset: z, y: item.y, weight: item.weight };
  });
  for (const [f, w] of fitSimilarityStage(rows, settings.similarityScale, settings.similarityLambda, settings.iterations)) weights.set(f, w);
  return { bias: model.bias, weights };
}

/** GPT-4's T0…T4 rating as a target: T3 and T4 are "automatable" in the GPTs-are-GPTs paper. */
export function gpt4Target(rating: string): number | null {
  const level = /^T([0-4])$/.exec(rating)?.[1];
  if (level === undefined) return null;
  return Number(level) >= 3 ? 1 : 0;
}
