/**
 * Agreement figures for labelled evaluations: accuracy, Cohen's kappa, macro-F1 and the
 * confusion matrix. Pure; used by `npm run eval`, the fitting script and the regression floor.
 */

export interface Agreement {
  labels: string[];
  /** matrix[i][j] = items whose true label is labels[i] and predicted label is labels[j]. */
  matrix: number[][];
  n: number;
  accuracy: number;
  kappa: number;
  macroF1: number;
}

/**
 * `labels` fixes the order of the matrix; labels seen in the data but not listed are appended
 * in order of first appearance.
 */
export function agreement(truth: readonly string[], predicted: readonly string[], labels: readonly string[] = []): Agreement {
  if (truth.length !== predicted.length) throw new Error(`agreement: ${truth.length} true labels but ${predicted.length} predictions`);
  const order = [...labels];
  for (const label of [...truth, ...predicted]) if (!order.includes(label)) order.push(label);
  const index = new Map(order.map((l, i) => [l, i]));
  const k = order.length;
  const matrix = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let i = 0; i < truth.length; i++) matrix[index.get(truth[i])!][index.get(predicted[i])!]++;
  const n = truth.length;
  let agree = 0;
  let chance = 0;
  let f1Sum = 0;
  for (let c = 0; c < k; c++) {
    const tp = matrix[c][c];
    const rowSum = matrix[c].reduce((a, b) => a + b, 0);
    const colSum = matrix.reduce((a, row) => a + row[c], 0);
    agree += tp;
    chance += n > 0 ? (rowSum / n) * (colSum / n) : 0;
    // F1 = 2tp / (row + col); a class nobody has and nobody predicted scores 0 (it is only
    // in the matrix because the caller listed it).
    f1Sum += rowSum + colSum > 0 ? (2 * tp) / (rowSum + colSum) : 0;
  }
  const accuracy = n > 0 ? agree / n : 0;
  // Kappa is undefined when chance agreement is 1 (one label everywhere); report 0 then.
  const kappa = n > 0 && chance < 1 ? (accuracy - chance) / (1 - chance) : 0;
  const present = order.filter((_, c) => matrix[c].some((v) => v > 0) || matrix.some((row) => row[c] > 0)).length;
  return { labels: order, matrix, n, accuracy, kappa, macroF1: present > 0 ? f1Sum / present : 0 };
}
