/**
 * Cross-validation of the whole fitted classifier, grouped by normalized text (issue 11 §1): the
 * same fold assignment for both models, so an AEI task is always scored by a specialized model
 * and a split model that never saw its text. Returns the held-out logits; the fitting script turns
 * them into the reported figures, the calibration and the threshold.
 */
import { decideSpecialized } from "../../app/analyzer/classify/decide";
import type { Extracted } from "../../app/analyzer/classify/extract";
import { compileModel, scoreTask } from "../../app/analyzer/classify/feature-scorer";
import { agreement, type Agreement } from "../../app/analyzer/classify/metrics";
import { fitBinary, foldOf, type TrainingItem } from "./binary-model";
import { fitSplit, lexiconOffset, type SplitItem, type SplitSettings } from "./split-model";

export interface HeldOut {
  fold: number;
  /** The specialized model's decision and logit (decide.ts) for this row, from its fold's model. */
  specialized: boolean;
  specializedLogit: number;
}

export interface SplitHeldOut extends HeldOut {
  /** The split model's logit toward automatable, from its fold's model. */
  splitLogit: number;
}

export interface CrossFit {
  specialized: HeldOut[];
  split: SplitHeldOut[];
}

/** The split model's logit for one text, as the classifier computes it. */
export function splitLogit(model: ReturnType<typeof compileModel>, extracted: Extracted, lexiconWeight: number): number {
  return scoreTask(extracted.parsed, [], model).logit + lexiconOffset(extracted, lexiconWeight);
}

/**
 * `specializedItems` and `splitItems` are keyed by normalized text; `evaluated` are the split
 * rows whose held-out figures count (the human AEI rows, not the GPT-4 ones).
 */
export function crossFit(
  specializedItems: readonly TrainingItem[],
  splitItems: readonly SplitItem[],
  evaluated: readonly SplitItem[],
  folds: number,
  settings: SplitSettings,
): CrossFit {
  const specialized: HeldOut[] = new Array(specializedItems.length);
  const split: SplitHeldOut[] = new Array(evaluated.length);
  for (let k = 0; k < folds; k++) {
    const spec = fitBinary(specializedItems.filter((item) => foldOf(item.key, folds) !== k));
    const specModel = compileModel(spec.bias, spec.weights);
    specializedItems.forEach((item, i) => {
      if (foldOf(item.key, folds) !== k) return;
      const d = decideSpecialized(item.extracted.parsed, item.extracted.hits, specModel);
      specialized[i] = { fold: k, specialized: d.specialized, specializedLogit: d.logit };
    });
    const fitted = fitSplit(
      splitItems.filter((item) => foldOf(item.group, folds) !== k),
      settings,
    );
    const splitModel = compileModel(fitted.bias, fitted.weights);
    evaluated.forEach((item, i) => {
      if (foldOf(item.group, folds) !== k) return;
      const d = decideSpecialized(item.extracted.parsed, item.extracted.hits, specModel);
      split[i] = { fold: k, specialized: d.specialized, specializedLogit: d.logit, splitLogit: splitLogit(splitModel, item.extracted, settings.lexiconWeight) };
    });
  }
  return { specialized, split };
}

export interface FoldedAgreement {
  pooled: Agreement;
  foldKappas: number[];
}

/** Agreement pooled over held-out rows, and per fold. */
export function foldedAgreement(folds: readonly number[], truth: readonly string[], predicted: readonly string[], labels: readonly string[]): FoldedAgreement {
  const foldKappas: number[] = [];
  for (const k of [...new Set(folds)].sort((a, b) => a - b)) {
    const at = folds.flatMap((f, i) => (f === k ? [i] : []));
    foldKappas.push(
      agreement(
        at.map((i) => truth[i]),
        at.map((i) => predicted[i]),
        labels,
      ).kappa,
    );
  }
  return { pooled: agreement(truth, predicted, labels), foldKappas };
}

export const meanSd = (xs: readonly number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  return { mean, sd: Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / Math.max(1, xs.length)) };
};

/** "Automatable vs not" for a row of the pipeline: exposed and the split logit at or over the threshold. */
export const predictsAutomatable = (row: SplitHeldOut, threshold: number) => !row.specialized && row.splitLogit >= threshold;

/** The threshold among `candidates` with the highest automatable-vs-not kappa on these rows (ties: the first). */
export function bestThreshold(rows: readonly SplitHeldOut[], automatable: readonly boolean[], candidates: readonly number[]): number {
  let best = candidates[0];
  let bestKappa = -Infinity;
  const truth = automatable.map((a) => (a ? "automatable" : "not"));
  for (const t of candidates) {
    const kappa = agreement(
      truth,
      rows.map((r) => (predictsAutomatable(r, t) ? "automatable" : "not")),
      ["automatable", "not"],
    ).kappa;
    if (kappa > bestKappa) {
      best = t;
      bestKappa = kappa;
    }
  }
  return best;
}
