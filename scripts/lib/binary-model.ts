/**
 * Fitting the specialized-vs-exposed weights from extracted tasks, and k-fold cross-validation
 * of exactly that procedure. Shared by scripts/fit-classifier.ts and its test.
 */
import { decideSpecialized } from "../../app/analyzer/classify/decide";
import { compileModel, type CompiledModel } from "../../app/analyzer/classify/feature-scorer";
import type { Extracted } from "../../app/analyzer/classify/extract";
import { isPairFeature, similarityTerm } from "../../app/analyzer/classify/features";
import { agreement, type Agreement } from "../../app/analyzer/classify/metrics";
import { fitLogistic } from "./logistic";
import { fitSimilarityStage } from "./word-vectors";

export interface TrainingItem {
  /** Stable key for fold assignment (the O*NET task id, or the text). */
  key: string;
  extracted: Extracted;
  specialized: boolean;
  /** The fit's target when it differs from the label (a soft target, 0…1); default 1 or 0. */
  target?: number;
}

export interface FittedBinary {
  bias: number;
  weights: Map<string, number>;
}

export const FIT_SETTINGS = {
  /** L2 strength; flat between 0.0003 and 0.001 in 10-fold CV on the GPTs dev file. */
  lambda: 0.001,
  iterations: 800,
  /** A feature seen in fewer training rows than this gets no weight (it would only memorize). */
  minCount: 2,
  /**
   * Share of each row's target taken from GPT-4's label of the same task (E0 = specialized), the
   * rest from the human label: a soft target that damps single raters' noise (decision 171).
   */
  gpt4Share: 0,
  /** 1: fit the pair features (vo:, bi:, pk:) in a second stage; 0: leave them out (decision 171). */
  pairFeatures: 1,
  /**
   * A pair feature needs this many training rows: 3 keeps 2,300 of 5,700 pairs at the same
   * cross-validated kappa as 2, and scoring fewer pairs keeps the classifier fast (decision 171).
   */
  pairMinCount: 3,
  /**
   * 1: add the similarity term (the text's mean GloVe vector, fitted on top of the word
   * features; shipped as one "e:" weight per word, decision 180); 0: leave it out.
   */
  similarity: 1,
  /** The mean vector is multiplied by this before the fit (flat between 6 and 10; 1 underfits in 800 steps). */
  similarityScale: 6,
  /** L2 strength of the 100 vector weights. */
  similarityLambda: 0.001,
} as const;

export type FitSettings = { -readonly [K in keyof typeof FIT_SETTINGS]: number };

/**
 * Up to three stages: the word and group features first; then the similarity term (decision
 * 180) on top of that model's logit as a fixed offset and with the bias held; then, when the pair
 * features are on (decision 171), the pairs alone the same way, so a text with no weighted pair
 * keeps the score it had without them.
 */
export function fitBinary(items: readonly TrainingItem[], settings: FitSettings = FIT_SETTINGS): FittedBinary {
  const first = fitStage(items, settings.minCount, settings, (f) => !isPairFeature(f), (item) => item.extracted.ruleOffset, true);
  const logitOf = (model: FittedBinary) => {
    const weightOf = (f: string) => model.weights.get(f);
    return (item: TrainingItem) => {
      let z = model.bias + item.extracted.ruleOffset;
      for (const f of item.extracted.features) z += model.weights.get(f) ?? 0;
      return z + similarityTerm(item.extracted.parsed, item.extracted.hits, weightOf);
    };
  };
  // The similarity term (decision 180) on top of the word model's logit with the bias held: the
  // word weights stay what they were without it, so a log line, which goes without the term,
  // keeps the word model's score. The pairs then fit on top of both.
  const words =
    settings.similarity === 1
      ? { bias: first.bias, weights: new Map([...first.weights, ...fitSimilarityStage(similarityRows(items, logitOf(first)), settings.similarityScale, settings.similarityLambda, settings.iterations)]) }
      : first;
  if (settings.pairFeatures !== 1) return words;
  const pairs = fitStage(items, settings.pairMinCount, settings, isPairFeature, logitOf(words), false);
  return { bias: words.bias, weights: new Map([...words.weights, ...pairs.weights]) };
}

const similarityRows = (items: readonly TrainingItem[], offset: (item: TrainingItem) => number) =>
  items.map((item) => ({ parsed: item.extracted.parsed, hits: item.extracted.hits, offset: offset(item), y: item.target ?? (item.specialized ? 1 : 0) }));

function fitStage(
  items: readonly TrainingItem[],
  minCount: number,
  settings: FitSettings,
  keep: (feature: string) => boolean,
  offset: (item: TrainingItem) => number,
  fitBias: boolean,
): FittedBinary {
  const counts = new Map<string, number>();
  for (const item of items) for (const f of item.extracted.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocabulary = [...counts.keys()].filter((f) => counts.get(f)! >= minCount && keep(f)).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const examples = items.map((item) => ({
    features: item.extracted.features.filter((f) => index.has(f)).map((f) => index.get(f)!),
    offset: offset(item),
    y: item.target ?? (item.specialized ? 1 : 0),
  }));
  const model = fitLogistic(examples, { featureCount: vocabulary.length, lambda: settings.lambda, iterations: settings.iterations, fitBias });
  const weights = new Map<string, number>();
  vocabulary.forEach((f, i) => weights.set(f, model.weights[i]));
  return { bias: model.bias, weights };
}

/** Predicts exactly as the classifier does (decide.ts), with this model's weights. */
export function predictSpecialized(model: CompiledModel, extracted: Extracted): boolean {
  return decideSpecialized(extracted.parsed, extracted.hits, model).specialized;
}

/** FNV-1a: a fixed, platform-independent hash so fold membership never changes. */
export function foldOf(key: string, folds: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % folds;
}

export interface CrossValidation {
  folds: number;
  /** Pooled over every held-out prediction. */
  pooled: Agreement;
  foldKappas: number[];
}

export function crossValidate(items: readonly TrainingItem[], folds: number, settings: FitSettings = FIT_SETTINGS): CrossValidation {
  const truth: string[] = [];
  const predicted: string[] = [];
  const foldKappas: number[] = [];
  for (let k = 0; k < folds; k++) {
    const train = items.filter((item) => foldOf(item.key, folds) !== k);
    const test = items.filter((item) => foldOf(item.key, folds) === k);
    if (test.length === 0) continue;
    const fitted = fitBinary(train, settings);
    const model = compileModel(fitted.bias, fitted.weights);
    const t: string[] = [];
    const p: string[] = [];
    for (const item of test) {
      t.push(item.specialized ? "specialized" : "ai_exposed");
      p.push(predictSpecialized(model, item.extracted) ? "specialized" : "ai_exposed");
    }
    foldKappas.push(agreement(t, p, ["specialized", "ai_exposed"]).kappa);
    truth.push(...t);
    predicted.push(...p);
  }
  return { folds, pooled: agreement(truth, predicted, ["specialized", "ai_exposed"]), foldKappas };
}
