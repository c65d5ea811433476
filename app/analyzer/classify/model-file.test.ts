import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FITTED_MODEL } from "./fitted-model";
import { MODEL_FILE_VERSION, ModelFileError, readModelFile, serializeModelFile, type ModelFile } from "./model-file";

const SHIPPED_TEXT = readFileSync(new URL("./fitted-model.json", import.meta.url), "utf8");

const binary = (target: string) => ({
  target,
  training: [{ file: "tiny.csv", sha256: "a".repeat(64), rows: 8, use: "labels written for this test" }],
  settings: { lambda: 0.001 },
  crossValidation: { folds: 2, groupedBy: "normalized text", scoredOn: "tiny.csv", kappa: 0.5, accuracy: 0.75, macroF1: 0.74, foldKappaMean: 0.5, foldKappaSd: 0.1 },
  calibration: {
    slope: 1.1,
    intercept: -0.2,
    scoredOn: "tiny.csv",
    eceBefore: 0.1,
    ece: 0.05,
    reliability: Array.from({ length: 10 }, (_, i): [number, number, number, number] => [i / 10, 1, i / 10 + 0.05, i / 10]),
  },
  bias: -0.25,
  weights: [
    ["a:organize", -0.5],
    ["p:with:client", 1.25],
    ["v:compile", -0.75],
  ] as [string, number][],
});

function small(): ModelFile {
  return {
    format: "orbital-fitted-classifier",
    version: MODEL_FILE_VERSION,
    attribution: ["Test data written for this test."],
    specialized: binary("specialized (vs AI-exposed)"),
    split: { ...binary("automatable (vs democratized)"), lexiconWeight: 0.25, threshold: -0.25 },
  };
}

/** The file as JSON.parse would hand it over, with one part replaced. */
function withPart(change: (file: Record<string, unknown> & { specialized: Record<string, unknown>; split: Record<string, unknown> }) => void): unknown {
  const file = JSON.parse(JSON.stringify(small()));
  change(file);
  return file;
}

describe("the fitted model file", () => {
  it("ships a file the loader accepts, with its source and attribution inside", () => {
    for (const model of [FITTED_MODEL.specialized, FITTED_MODEL.split]) {
      for (const t of model.training) expect(t.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(model.weights.length).toBeGreaterThan(500);
    }
    const credit = FITTED_MODEL.attribution.join(" ");
    expect(credit).toContain("GPTs are GPTs");
    // Fitted on Anthropic Economic Index data (CC-BY): Anthropic and Handa et al. 2025 are credited.
    expect(credit).toContain("Anthropic");
    expect(credit).toContain("Handa et al., 2025");
  });

  // Regression floor on the held-out figures a refit stores (raise only; decision 122): grouped
  // 10-fold kappa 0.562 and 0.205 and ECE 0.014 when this floor was set, each floor a little
  // under, since a refit on the same files reproduces them exactly. Raised with the pair
  // features (decision 171: 0.577 and 0.211).
  it("keeps its stored cross-validated figures at or above the floor", () => {
    expect(FITTED_MODEL.specialized.crossValidation.groupedBy).toMatch(/normalized task text/);
    expect(FITTED_MODEL.specialized.crossValidation.kappa).toBeGreaterThanOrEqual(0.57);
    expect(FITTED_MODEL.split.crossValidation.kappa).toBeGreaterThanOrEqual(0.2);
    expect(FITTED_MODEL.specialized.calibration.ece).toBeLessThanOrEqual(0.05);
    expect(FITTED_MODEL.split.calibration.ece).toBeLessThanOrEqual(0.05);
  });

  it("is byte for byte what the serializer writes (nobody edited it by hand)", () => {
    expect(serializeModelFile(readModelFile(JSON.parse(SHIPPED_TEXT)))).toBe(SHIPPED_TEXT);
  });

  it("reads the pair features (verb-object, neighbouring words, preposition and kind)", () => {
    const weights: [string, number][] = [
      ["bi:medical:history", 0.5],
      ["pk:with:staff", 0.25],
      ["vo:take:history", 0.75],
    ];
    const file = { ...small(), specialized: { ...small().specialized, weights } };
    expect(readModelFile(JSON.parse(serializeModelFile(file))).specialized.weights).toEqual(weights);
  });

  it("reads back what it writes", () => {
    const text = serializeModelFile(small());
    expect(readModelFile(JSON.parse(text))).toEqual(small());
    // One weight pair per line, so a refit diffs line by line.
    expect(text).toContain('\n      ["p:with:client",1.25],\n');
  });

  it.each([
    ["a file of another version", withPart((f) => (f.version = 1)), /model file version 1; this build reads version 3/],
    ["something that is not a model", [1, 2, 3], /not a fitted model file/],
    ["a missing checksum", withPart((f) => delete (f.specialized.training as Record<string, unknown>[])[0].sha256), /specialized\.training\.0\.sha256: Required/],
    ["a checksum that is not sha256", withPart((f) => ((f.specialized.training as Record<string, unknown>[])[0].sha256 = "abc")), /specialized\.training\.0\.sha256: expected a sha256/],
    ["a split model without its threshold", withPart((f) => delete (f.split as Record<string, unknown>).threshold), /split\.threshold: Required/],
    ["a reliability table of 9 bins", withPart((f) => (f.specialized.calibration as { reliability: unknown[] }).reliability.pop()), /specialized\.calibration\.reliability/],
    ["no attribution", withPart((f) => (f.attribution = [])), /attribution:/],
    ["a weight that is not a number", withPart((f) => (f.specialized.weights = [["v:compile", "high"]])), /specialized\.weights\.0\.1: expected a finite number/],
    ["a feature of no known kind", withPart((f) => (f.specialized.weights = [["compile", 1]])), /specialized\.weights\.0\.0: expected a feature/],
    ["a pair feature with one word", withPart((f) => (f.specialized.weights = [["vo:take", 1]])), /specialized\.weights\.0\.0: expected a feature/],
    ["unsorted features", withPart((f) => (f.specialized.weights = [["v:file", 1], ["v:compile", 1]])), /sorted and unique \('v:compile' after 'v:file'\)/],
    ["a repeated feature", withPart((f) => (f.specialized.weights = [["v:file", 1], ["v:file", 2]])), /sorted and unique/],
  ])("rejects %s with a message that names the field", (_name, data, message) => {
    expect(() => readModelFile(data, "model.json")).toThrow(ModelFileError);
    expect(() => readModelFile(data, "model.json")).toThrow(message);
  });

  it("never writes a file it would refuse to read", () => {
    const bad = small();
    bad.specialized.weights = [["v:b", 1], ["v:a", 1]];
    expect(() => serializeModelFile(bad)).toThrow(/model to write: .*sorted and unique/);
  });
});
