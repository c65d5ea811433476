import { describe, expect, it } from "vitest";
import { extractTask } from "../../app/analyzer/classify/extract";
import { compileModel, scoreTask } from "../../app/analyzer/classify/feature-scorer";
import { similarityTerm } from "../../app/analyzer/classify/features";
import { FIT_SETTINGS, fitBinary, type TrainingItem } from "./binary-model";
import { fitLogistic } from "./logistic";
import { STATEMENT_WORDS, VECTOR_DIMENSIONS, wordVectors } from "./word-vectors";

const cosine = (a: Float64Array, b: Float64Array) => {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let j = 0; j < a.length; j++) {
    ab += a[j] * b[j];
    aa += a[j] * a[j];
    bb += b[j] * b[j];
  }
  return ab / Math.sqrt(aa * bb);
};

describe("the word vectors in scripts/word-vectors", () => {
  it("load the statements' 20,000 centred vectors in which related words sit together", () => {
    const vectors = wordVectors(STATEMENT_WORDS);
    expect(vectors.size).toBe(20000);
    const mean = new Float64Array(VECTOR_DIMENSIONS);
    for (const v of vectors.values()) for (let j = 0; j < VECTOR_DIMENSIONS; j++) mean[j] += v[j] / vectors.size;
    for (const m of mean) expect(Math.abs(m)).toBeLessThan(1e-9);
    const get = (w: string) => vectors.get(w)!;
    expect(cosine(get("nurse"), get("physician"))).toBeGreaterThan(cosine(get("nurse"), get("ledger")));
    expect(cosine(get("payroll"), get("salary"))).toBeGreaterThan(cosine(get("payroll"), get("surgeon")));
    // The 20,000 most frequent words of GloVe's news and encyclopedia text: some office words are beyond it.
    expect(vectors.has("spreadsheet")).toBe(false);
  });

  it("load all 100,000 for the log-line stage, the statements' 20,000 first, each centred on its own words", () => {
    const all = wordVectors();
    expect(all.size).toBe(100_000);
    expect([...all.keys()].slice(0, 20_000)).toEqual([...wordVectors(STATEMENT_WORDS).keys()]);
    const mean = new Float64Array(VECTOR_DIMENSIONS);
    for (const v of all.values()) for (let j = 0; j < VECTOR_DIMENSIONS; j++) mean[j] += v[j] / all.size;
    for (const m of mean) expect(Math.abs(m)).toBeLessThan(1e-9);
    expect(cosine(all.get("spreadsheet")!, all.get("database")!)).toBeGreaterThan(cosine(all.get("spreadsheet")!, all.get("surgeon")!));
    expect(cosine(all.get("invoice")!, all.get("payment")!)).toBeGreaterThan(cosine(all.get("invoice")!, all.get("nurse")!));
  });
});

describe("fitting with real-valued features", () => {
  it("learns a real-valued feature's direction, deterministically", () => {
    // y follows the sign of the first dense feature; the second is noise-free zero.
    const examples = Array.from({ length: 40 }, (_, i) => {
      const x = (i % 2 === 0 ? 1 : -1) * (0.5 + (i % 5) / 10);
      return { features: [], dense: [x, 0], offset: 0, y: x > 0 ? 1 : 0 };
    });
    const a = fitLogistic(examples, { featureCount: 0, lambda: 0.001, denseCount: 2 });
    const b = fitLogistic(examples, { featureCount: 0, lambda: 0.001, denseCount: 2 });
    expect(a.denseWeights[0]).toBeGreaterThan(1);
    expect(a.denseWeights[1]).toBe(0);
    expect([...a.denseWeights]).toEqual([...b.denseWeights]);
  });
});

describe("the similarity term (decision 180)", () => {
  // Statements longer than a log line: care of people is specialized, record keeping is not.
  const TEXTS: Array<[string, boolean]> = [
    ["Comfort anxious patients and their families before surgery", true],
    ["Examine injured patients and treat their wounds carefully", true],
    ["Counsel grieving relatives of patients in the hospital ward", true],
    ["Bathe elderly residents and help them dress each morning", true],
    ["Enter invoice numbers into the accounting database every week", false],
    ["Copy customer addresses from forms into the mailing spreadsheet", false],
    ["Update billing records and file the monthly statements", false],
    ["Sort incoming payments and record them in the ledger", false],
  ];
  const items: TrainingItem[] = TEXTS.map(([text, specialized]) => ({ key: text, extracted: extractTask(text), specialized }));
  const model = fitBinary(items, { ...FIT_SETTINGS, minCount: 1 });

  it("gives words never seen in training the lean of the words they resemble", () => {
    for (const word of ["nurse", "physician", "clinic", "payroll", "accountant", "clerk"]) expect(model.weights.has(`w:${word}`), word).toBe(false);
    const e = (w: string) => model.weights.get(`e:${w}`)!;
    expect(e("nurse")).toBeGreaterThan(e("payroll"));
    expect(e("physician")).toBeGreaterThan(e("accountant"));
    expect(e("clinic")).toBeGreaterThan(e("clerk"));
  });

  it("is scored exactly as the fit defines it, and not on log lines", () => {
    const compiled = compileModel(model.bias, model.weights);
    const weightOf = (f: string) => model.weights.get(f);
    const long = extractTask("Reassure a frightened toddler while the physician stitches the cut");
    const withTerm = scoreTask(long.parsed, long.hits, compiled);
    const term = similarityTerm(long.parsed, long.hits, weightOf);
    expect(term).not.toBe(0);
    // The per-word shares the cues show add up to the term.
    expect(withTerm.similar.reduce((sum, s) => sum + s.weight, 0)).toBeCloseTo(term, 12);
    const short = extractTask("physician stitches");
    expect(similarityTerm(short.parsed, short.hits, weightOf)).toBe(0);
    expect(scoreTask(short.parsed, short.hits, compiled).similar).toEqual([]);
  });

  it("leaves the word weights and the bias as they were without it", () => {
    const without = fitBinary(items, { ...FIT_SETTINGS, minCount: 1, similarity: 0 });
    expect(model.bias).toBe(without.bias);
    for (const [f, w] of without.weights) if (!f.startsWith("vo:") && !f.startsWith("bi:") && !f.startsWith("pk:")) expect(model.weights.get(f), f).toBe(w);
    expect([...without.weights.keys()].some((f) => f.startsWith("e:"))).toBe(false);
  });
});
