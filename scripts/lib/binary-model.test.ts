import { describe, expect, it } from "vitest";
import { extractTask } from "../../app/analyzer/classify/extract";
import { isPairFeature } from "../../app/analyzer/classify/features";
import { crossValidate, FIT_SETTINGS, fitBinary, foldOf, type TrainingItem } from "./binary-model";

// A tiny training set written for this test: physical work is specialized, paperwork is not.
const TEXTS: Array<[string, boolean]> = [
  ["Repair engines in the workshop", true],
  ["Weld pipes on site", true],
  ["Install wiring in buildings", true],
  ["Repair pumps on site", true],
  ["Compile reports from the database", false],
  ["Enter invoices into the database", false],
  ["Compile invoices into reports", false],
  ["Update the database with new records", false],
];
const items: TrainingItem[] = TEXTS.map(([text, specialized]) => ({ key: text, extracted: extractTask(text), specialized }));

describe("fitting the specialized-vs-exposed weights", () => {
  it("is deterministic to the bit", () => {
    const a = fitBinary(items);
    const b = fitBinary(items);
    expect(a.bias).toBe(b.bias);
    expect([...a.weights]).toEqual([...b.weights]);
  });

  it("learns the direction of clear evidence", () => {
    const model = fitBinary(items);
    expect(model.weights.get("w:site")).toBeGreaterThan(0);
    expect(model.weights.get("w:database")).toBeLessThan(0);
    // Seen once only: no weight (minCount 2).
    expect(model.weights.has("w:workshop")).toBe(false);
  });

  it("assigns folds by a fixed hash", () => {
    expect(new Set(Array.from({ length: 200 }, (_, i) => foldOf(String(i), 10))).size).toBe(10);
  });

  it("cross-validates on held-out folds only", () => {
    const cv = crossValidate(items, 2);
    expect(cv.pooled.n).toBe(items.length);
    expect(cv.foldKappas.length).toBeGreaterThan(0);

    // Pairs of rows that only memory can get right: each pair's noun appears in no other pair,
    // and both rows of a pair share a key, hence a fold. Fitted on everything, the model learns
    // every noun with its pair's label, so a fold that trained on its own rows would score near
    // 1; held out, a noun was never seen and the bias (the other class's majority) decides.
    const nouns = ["marbles", "lanterns", "violins", "saddles", "kettles", "anchors", "pebbles", "ribbons", "helmets", "barrels"];
    const pairs: TrainingItem[] = nouns.flatMap((noun, i) => {
      const item = { key: `pair-${i}`, extracted: extractTask(`Polish the ${noun}`), specialized: i % 2 === 0 };
      return [item, { ...item }];
    });
    const all = fitBinary(pairs);
    nouns.forEach((noun, i) => expect(Math.sign(all.weights.get(`w:${noun.slice(0, -1)}`) ?? 0), noun).toBe(i % 2 === 0 ? 1 : -1));
    expect(crossValidate(pairs, 3).pooled.accuracy).toBeLessThan(0.5);
  });

  it("fits the pair features in a second stage that leaves every other weight and the bias alone", () => {
    const without = fitBinary(items, { ...FIT_SETTINGS, pairFeatures: 0 });
    const withPairs = fitBinary(items, { ...FIT_SETTINGS, pairFeatures: 1, pairMinCount: 2 });
    expect(withPairs.bias).toBe(without.bias);
    for (const [f, w] of without.weights) expect(withPairs.weights.get(f)).toBe(w);
    const pairs = [...withPairs.weights.keys()].filter(isPairFeature);
    // "… on site" twice, both physical work: the pair leans the same way.
    expect(pairs).toContain("pk:on:physical");
    expect(withPairs.weights.get("pk:on:physical")).toBeGreaterThan(0);
    expect(withPairs.weights.size).toBe(without.weights.size + pairs.length);
    expect([...without.weights.keys()].some(isPairFeature)).toBe(false);
  });

  it("fits nothing from nothing", () => {
    expect(fitBinary([]).weights.size).toBe(0);
  });
});
