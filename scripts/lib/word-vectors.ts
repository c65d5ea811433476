/**
 * GloVe word vectors for the fitting scripts (decisions 180, 190): the 100,000 most frequent
 * words of GloVe 6B 100d made of letters (and hyphens), each scaled to unit length and stored as
 * 100 signed bytes (component × 200; the largest unit component is 0.59), in scripts/word-vectors/.
 * The statements' models read the first 20,000 (STATEMENT_WORDS), the log-line stage all of them.
 * Only the fits read them: the shipped models carry, per word, the vector's projection onto the
 * fitted direction, so the classifier never loads a vector.
 */
import { readFileSync } from "node:fs";
import { similarityWords } from "../../app/analyzer/classify/features";
import type { ParsedTask } from "../../app/analyzer/classify/parse";
import type { RuleHit } from "../../app/analyzer/classify/rubric-rules";
import { fitLogistic } from "./logistic";

export const VECTOR_DIMENSIONS = 100;
const QUANTUM = 200;
const DIR = new URL("../word-vectors/", import.meta.url);

export type WordVectors = ReadonlyMap<string, Float64Array>;

/**
 * The statements' vocabulary (decision 180): news and encyclopedia frequency, which is where the
 * statements' words are; 50,000 measured no better on them. Log lines name office and trade
 * things beyond it ("invoice", "spreadsheet", "dashboard"): the stage reads all 100,000 (decision 190).
 */
export const STATEMENT_WORDS = 20_000;

const loaded = new Map<number, WordVectors>();

/** The first `count` words (all when omitted), centred on their own mean vector. */
export function wordVectors(count = Infinity): WordVectors {
  const cached = loaded.get(count);
  if (cached !== undefined) return cached;
  const all = readFileSync(new URL("words.txt", DIR), "utf8").split("\n").filter((w) => w !== "");
  const bytes = new Int8Array(readFileSync(new URL("vectors.i8", DIR)).buffer.slice(0));
  if (bytes.length !== all.length * VECTOR_DIMENSIONS) {
    throw new Error(`scripts/word-vectors: ${all.length} words but ${bytes.length} bytes of vectors (expected ${all.length * VECTOR_DIMENSIONS})`);
  }
  const words = all.slice(0, count);
  // Centred on the vocabulary's mean vector: every GloVe vector shares a large common part, which
  // would make the term a second bias; centred, the average word adds about nothing.
  const mean = new Float64Array(VECTOR_DIMENSIONS);
  for (let i = 0; i < words.length * VECTOR_DIMENSIONS; i++) mean[i % VECTOR_DIMENSIONS] += bytes[i] / QUANTUM / words.length;
  const map = new Map<string, Float64Array>();
  words.forEach((word, i) => {
    const v = new Float64Array(VECTOR_DIMENSIONS);
    for (let j = 0; j < VECTOR_DIMENSIONS; j++) v[j] = bytes[i * VECTOR_DIMENSIONS + j] / QUANTUM - mean[j];
    map.set(word, v);
  });
  loaded.set(count, map);
  return map;
}

/**
 * The words' mean vector, times `scale` (a scale > 1 lets the fit's single step size move these
 * weights as fast as the binary ones); all zeros when none has a vector.
 */
export function meanVector(words: readonly string[], vectors: WordVectors, scale: number): number[] {
  const sum = new Array<number>(VECTOR_DIMENSIONS).fill(0);
  let k = 0;
  for (const word of words) {
    const v = vectors.get(word);
    if (v === undefined) continue;
    k++;
    for (let j = 0; j < VECTOR_DIMENSIONS; j++) sum[j] += v[j];
  }
  return k === 0 ? sum : sum.map((x) => (x * scale) / k);
}

/** Each word's projection onto the fitted direction: its "e:" weight in the model (mean of these = the term). */
export function projections(dense: Float64Array, vectors: WordVectors, scale: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const [word, v] of vectors) {
    let p = 0;
    for (let j = 0; j < VECTOR_DIMENSIONS; j++) p += dense[j] * v[j];
    // Exactly 0 only when nothing was learned (no row long enough): the model skips 0 anyway.
    if (p !== 0) out.set(word, p * scale);
  }
  return out;
}

export interface SimilarityRow {
  parsed: ParsedTask;
  hits: readonly RuleHit[];
  /** The first stage's logit for the row: the term is fitted on top of it, the bias held. */
  offset: number;
  y: number;
  weight?: number;
}

/**
 * The similarity stage (decision 180): 100 vector weights fitted on top of a model's logit, with
 * the bias held, returned as one "e:" weight per word of the vocabulary (its projection).
 */
export function fitSimilarityStage(rows: readonly SimilarityRow[], scale: number, lambda: number, iterations: number): Map<string, number> {
  if (rows.length === 0) return new Map();
  const vectors = wordVectors(STATEMENT_WORDS);
  const model = fitLogistic(
    rows.map((row) => ({ features: [], dense: meanVector(similarityWords(row.parsed, row.hits), vectors, scale), offset: row.offset, y: row.y, weight: row.weight })),
    { featureCount: 0, lambda, denseCount: VECTOR_DIMENSIONS, iterations, fitBias: false },
  );
  const weights = new Map<string, number>();
  for (const [word, p] of projections(model.denseWeights, vectors, scale)) weights.set(`e:${word}`, p);
  return weights;
}
