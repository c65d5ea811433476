/**
 * L2-regularized logistic regression over sparse binary features (and optionally a few
 * real-valued ones: a text's mean word vector, decision 180), fitted by full-batch gradient
 * descent with Nesterov momentum for a fixed number of steps. No randomness anywhere: the same
 * rows in the same order give the same weights, bit for bit, on any machine running IEEE doubles.
 */

export interface Example {
  /** Indices of the features present (binary features). */
  features: number[];
  /** Fixed logit added to the score (the rubric rules); not fitted. */
  offset: number;
  /** 1 = positive class; a share in between is a soft target (the loss stays cross-entropy). */
  y: number;
  /** How much the row counts in the loss (default 1): machine labels count less than people's. */
  weight?: number;
  /** Real-valued features after the binary ones (FitOptions.denseCount of them), if any. */
  dense?: readonly number[];
}

export interface FitOptions {
  featureCount: number;
  /** L2 strength per example (the penalty is lambda/2 · |w|², the loss a mean over examples). */
  lambda: number;
  iterations?: number;
  /** false keeps the bias at 0 (a second-stage fit on top of a first model's logit as offset). */
  fitBias?: boolean;
  /** How many real-valued features each example carries in `dense` (default 0). */
  denseCount?: number;
  /** L2 strength of the real-valued features (default `lambda`). */
  denseLambda?: number;
}

export interface LogisticModel {
  bias: number;
  weights: Float64Array;
  /** The real-valued features' weights (empty without them). */
  denseWeights: Float64Array;
}

export const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export function score(model: LogisticModel, features: readonly number[], offset: number): number {
  let z = model.bias + offset;
  for (const f of features) z += model.weights[f];
  return z;
}

export function fitLogistic(examples: readonly Example[], options: FitOptions): LogisticModel {
  const { featureCount, lambda } = options;
  const denseCount = options.denseCount ?? 0;
  const denseLambda = options.denseLambda ?? lambda;
  const iterations = options.iterations ?? 800;
  if (examples.length === 0) return { bias: 0, weights: new Float64Array(featureCount), denseWeights: new Float64Array(denseCount) };
  // The binary and the real-valued weights live in one vector: binary first, then dense.
  const all = featureCount + denseCount;
  // The loss is a weighted mean: n is the total weight (the row count when none is given).
  let n = 0;
  for (const e of examples) n += e.weight ?? 1;
  // Step 1/L with L bounding the loss's curvature: 0.25 · the largest squared row norm (+ bias).
  let maxNorm = 1;
  for (const e of examples) {
    let norm = e.features.length + 1;
    for (let j = 0; j < denseCount; j++) norm += e.dense![j] ** 2;
    maxNorm = Math.max(maxNorm, norm);
  }
  const step = 1 / (0.25 * maxNorm + Math.max(lambda, denseLambda));

  let w = new Float64Array(all);
  let b = 0;
  let wPrev = new Float64Array(all);
  let bPrev = 0;
  const grad = new Float64Array(all);
  const look = new Float64Array(all);
  for (let t = 1; t <= iterations; t++) {
    const momentum = (t - 1) / (t + 2);
    for (let f = 0; f < all; f++) look[f] = w[f] + momentum * (w[f] - wPrev[f]);
    const lookB = b + momentum * (b - bPrev);
    grad.fill(0);
    let gradB = 0;
    for (const e of examples) {
      let z = lookB + e.offset;
      for (const f of e.features) z += look[f];
      for (let j = 0; j < denseCount; j++) z += look[featureCount + j] * e.dense![j];
      const r = ((sigmoid(z) - e.y) * (e.weight ?? 1)) / n;
      gradB += r;
      for (const f of e.features) grad[f] += r;
      for (let j = 0; j < denseCount; j++) grad[featureCount + j] += r * e.dense![j];
    }
    wPrev = w;
    bPrev = b;
    w = new Float64Array(all);
    for (let f = 0; f < all; f++) w[f] = look[f] - step * (grad[f] + (f < featureCount ? lambda : denseLambda) * look[f]);
    b = options.fitBias === false ? 0 : lookB - step * gradB;
  }
  return { bias: b, weights: w.slice(0, featureCount), denseWeights: w.slice(featureCount) };
}
