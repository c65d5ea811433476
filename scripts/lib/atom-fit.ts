/**
 * Fits the atom stage (app/analyzer/classify/atom-model.ts): a softmax over sparse binary
 * features with L2, by AdaGrad on the full batch for a fixed number of rounds, so the same items
 * give the same weights on every machine. Pure: items in, weights out.
 */
import type { Atom } from "../../app/analyzer/taxonomy";

export interface AtomItem {
  /** Rows with the same group (the normalized text) always fall in the same fold. */
  group: string;
  features: readonly string[];
  atom: Atom;
}

export const ATOM_FIT_SETTINGS = {
  /** L2 strength per weight. */
  lambda: 0.001,
  rounds: 60,
  learningRate: 0.5,
  /** Features seen in fewer training items are left out. */
  minCount: 5,
  /**
   * Each item weighs (mean atom size / its atom's size) to this power: a little weight toward
   * small atoms, which a plain softmax drowns in hands-on work (a third of O*NET's statements).
   */
  balance: 0.5,
} as const;
export type AtomFitSettings = { -readonly [K in keyof typeof ATOM_FIT_SETTINGS]: number };

export interface FittedAtoms {
  atoms: Atom[];
  bias: number[];
  /** Sorted by feature; features whose weights all round to zero are left out. */
  weights: [string, number[]][];
}

const round = (x: number) => Math.round(x * 1e3) / 1e3;

export function fitAtoms(items: readonly AtomItem[], atoms: readonly Atom[], settings: AtomFitSettings = ATOM_FIT_SETTINGS): FittedAtoms {
  const K = atoms.length;
  const counts = new Map<string, number>();
  for (const item of items) for (const f of item.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = [...counts].filter(([, c]) => c >= settings.minCount).map(([f]) => f);
  features.sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const rows = items.map((item) => item.features.flatMap((f) => (index.has(f) ? [index.get(f)!] : [])));
  const labels = items.map((item) => atoms.indexOf(item.atom));
  if (labels.some((k) => k < 0)) throw new Error("an item's atom is not among the atoms fitted");
  const size = new Array<number>(K).fill(0);
  for (const k of labels) size[k]++;
  const itemWeight = size.map((n) => (n > 0 ? Math.pow(items.length / K / n, settings.balance) : 0));

  const D = features.length;
  const W = new Float64Array(D * K);
  const b = new Float64Array(K);
  const sumSq = new Float64Array(D * K).fill(1e-8);
  const sumSqB = new Float64Array(K).fill(1e-8);
  const z = new Float64Array(K);
  for (let round = 0; round < settings.rounds; round++) {
    const grad = new Float64Array(D * K);
    const gradB = new Float64Array(K);
    for (let n = 0; n < rows.length; n++) {
      const row = rows[n];
      let max = -Infinity;
      for (let k = 0; k < K; k++) {
        let s = b[k];
        for (const d of row) s += W[d * K + k];
        z[k] = s;
        if (s > max) max = s;
      }
      let total = 0;
      for (let k = 0; k < K; k++) total += z[k] = Math.exp(z[k] - max);
      const weight = itemWeight[labels[n]];
      for (let k = 0; k < K; k++) {
        const g = weight * (z[k] / total - (k === labels[n] ? 1 : 0));
        gradB[k] += g;
        for (const d of row) grad[d * K + k] += g;
      }
    }
    for (let j = 0; j < D * K; j++) {
      const g = grad[j] / rows.length + settings.lambda * W[j];
      sumSq[j] += g * g;
      W[j] -= (settings.learningRate * g) / Math.sqrt(sumSq[j]);
    }
    for (let k = 0; k < K; k++) {
      const g = gradB[k] / rows.length;
      sumSqB[k] += g * g;
      b[k] -= (settings.learningRate * g) / Math.sqrt(sumSqB[k]);
    }
  }
  const weights: [string, number[]][] = [];
  for (let d = 0; d < D; d++) {
    const w = Array.from(W.subarray(d * K, d * K + K), round);
    if (w.some((x) => x !== 0)) weights.push([features[d], w.map((x) => x + 0)]);
  }
  return { atoms: [...atoms], bias: Array.from(b, (x) => round(x) + 0), weights };
}
