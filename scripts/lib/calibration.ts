/**
 * Calibration of a logistic score into a probability that means what it says (issue 11 §2):
 * Platt scaling fitted on cross-validated scores, and the expected calibration error with its
 * reliability table. Deterministic (Newton's method from a fixed start, no sampling).
 */

export interface Platt {
  slope: number;
  intercept: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Fits p = sigmoid(slope · score + intercept) by maximum likelihood. Targets are 0/1 (or a
 * share). A tiny ridge keeps a perfectly separated set finite.
 */
export function fitPlatt(scores: readonly number[], targets: readonly number[], iterations = 50): Platt {
  if (scores.length !== targets.length) throw new Error(`fitPlatt: ${scores.length} scores but ${targets.length} targets`);
  let a = 1;
  let b = 0;
  const ridge = 1e-6;
  for (let t = 0; t < iterations; t++) {
    let ga = ridge * a;
    let gb = 0;
    let haa = ridge;
    let hab = 0;
    let hbb = 1e-12;
    for (let i = 0; i < scores.length; i++) {
      const z = scores[i];
      const p = sigmoid(a * z + b);
      const r = p - targets[i];
      const w = p * (1 - p);
      ga += r * z;
      gb += r;
      haa += w * z * z;
      hab += w * z;
      hbb += w;
    }
    const det = haa * hbb - hab * hab;
    if (!(det > 0)) break;
    const da = (hbb * ga - hab * gb) / det;
    const db = (haa * gb - hab * ga) / det;
    a -= da;
    b -= db;
    if (Math.abs(da) + Math.abs(db) < 1e-12) break;
  }
  return { slope: a, intercept: b };
}

/**
 * Platt scaling through the origin: p = sigmoid(slope · score), so a score's side of zero (the
 * class it decided) stays its probability's side of one half. Newton's method on the slope alone.
 */
export function fitPlattSlope(scores: readonly number[], targets: readonly number[], iterations = 50): Platt {
  if (scores.length !== targets.length) throw new Error(`fitPlattSlope: ${scores.length} scores but ${targets.length} targets`);
  let a = 1;
  for (let t = 0; t < iterations; t++) {
    let g = 1e-6 * a;
    let h = 1e-6;
    for (let i = 0; i < scores.length; i++) {
      const z = scores[i];
      const p = sigmoid(a * z);
      g += (p - targets[i]) * z;
      h += p * (1 - p) * z * z;
    }
    const step = g / h;
    a -= step;
    if (Math.abs(step) < 1e-12) break;
  }
  return { slope: a, intercept: 0 };
}

export const applyPlatt = (platt: Platt, score: number) => sigmoid(platt.slope * score + platt.intercept);

export interface ReliabilityBin {
  /** Lower edge of the bin (bins are [lo, lo + 0.1), the last one includes 1). */
  from: number;
  n: number;
  /** Mean predicted probability in the bin (0 when empty). */
  predicted: number;
  /** Share of positives in the bin (0 when empty). */
  observed: number;
}

export interface CalibrationReport {
  /** Expected calibration error: Σ (n_bin / n) · |observed − predicted|. */
  ece: number;
  bins: ReliabilityBin[];
}

/** ECE over equal-width bins of the predicted probability (10 by default). */
export function calibrationReport(probabilities: readonly number[], outcomes: readonly boolean[], binCount = 10): CalibrationReport {
  if (probabilities.length !== outcomes.length) throw new Error(`calibrationReport: ${probabilities.length} probabilities but ${outcomes.length} outcomes`);
  const n = new Array<number>(binCount).fill(0);
  const sumP = new Array<number>(binCount).fill(0);
  const pos = new Array<number>(binCount).fill(0);
  probabilities.forEach((p, i) => {
    const bin = Math.min(binCount - 1, Math.max(0, Math.floor(p * binCount)));
    n[bin]++;
    sumP[bin] += p;
    if (outcomes[i]) pos[bin]++;
  });
  const total = probabilities.length;
  let ece = 0;
  const bins: ReliabilityBin[] = n.map((count, b) => {
    const predicted = count > 0 ? sumP[b] / count : 0;
    const observed = count > 0 ? pos[b] / count : 0;
    if (total > 0) ece += (count / total) * Math.abs(observed - predicted);
    return { from: b / binCount, n: count, predicted, observed };
  });
  return { ece, bins };
}

export function formatReliability(report: CalibrationReport): string {
  const lines = [`ECE (${report.bins.length} bins) ${report.ece.toFixed(3)}`, "  predicted bin     rows   mean predicted   observed"];
  for (const bin of report.bins) {
    const to = Math.min(1, bin.from + 1 / report.bins.length);
    lines.push(
      `  ${bin.from.toFixed(1)}–${to.toFixed(1)}       ${String(bin.n).padStart(6)}   ${bin.n ? bin.predicted.toFixed(3).padStart(14) : "             –"}   ${bin.n ? bin.observed.toFixed(3).padStart(8) : "       –"}`,
    );
  }
  return lines.join("\n");
}
