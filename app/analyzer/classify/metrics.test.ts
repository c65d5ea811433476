import { describe, expect, it } from "vitest";
import { agreement } from "./metrics";

describe("agreement", () => {
  it("matches a hand-computed 2×2 case", () => {
    // truth:  a a a a b b b b b b ; predicted: a a a b a b b b b b
    // matrix [[3,1],[1,5]]; po = 0.8; pe = 0.4·0.4 + 0.6·0.6 = 0.52; kappa = 0.28/0.48 = 0.58333
    // F1(a) = 6/8 = 0.75, F1(b) = 10/12 = 0.83333, macro = 0.79167
    const truth = "aaaabbbbbb".split("");
    const predicted = "aaababbbbb".split("");
    const result = agreement(truth, predicted, ["a", "b"]);
    expect(result.matrix).toEqual([
      [3, 1],
      [1, 5],
    ]);
    expect(result.accuracy).toBeCloseTo(0.8, 10);
    expect(result.kappa).toBeCloseTo(0.28 / 0.48, 10);
    expect(result.macroF1).toBeCloseTo((0.75 + 10 / 12) / 2, 10);
  });

  it("matches a hand-computed 3-class case", () => {
    // matrix [[2,1,0],[0,2,1],[1,0,3]], n = 10; po = 0.7
    // rows 3,3,4; cols 3,3,4; pe = (9+9+16)/100 = 0.34; kappa = 0.36/0.66
    // F1 = 4/6, 4/6, 6/8 → macro = (2/3 + 2/3 + 3/4)/3
    const truth = ["x", "x", "x", "y", "y", "y", "z", "z", "z", "z"];
    const predicted = ["x", "x", "y", "y", "y", "z", "x", "z", "z", "z"];
    const result = agreement(truth, predicted, ["x", "y", "z"]);
    expect(result.kappa).toBeCloseTo(0.36 / 0.66, 10);
    expect(result.macroF1).toBeCloseTo((2 / 3 + 2 / 3 + 3 / 4) / 3, 10);
  });

  it.each([
    { name: "empty input", truth: [], predicted: [], kappa: 0, accuracy: 0 },
    { name: "a single item", truth: ["a"], predicted: ["a"], kappa: 0, accuracy: 1 },
    { name: "one label everywhere (kappa undefined → 0)", truth: ["a", "a"], predicted: ["a", "a"], kappa: 0, accuracy: 1 },
    { name: "perfect agreement", truth: ["a", "b"], predicted: ["a", "b"], kappa: 1, accuracy: 1 },
    { name: "complete disagreement", truth: ["a", "b"], predicted: ["b", "a"], kappa: -1, accuracy: 0 },
  ])("$name", ({ truth, predicted, kappa, accuracy }) => {
    const result = agreement(truth, predicted);
    expect(result.kappa).toBeCloseTo(kappa, 10);
    expect(result.accuracy).toBeCloseTo(accuracy, 10);
  });

  it("keeps the requested label order and appends unseen labels", () => {
    expect(agreement(["b", "c"], ["b", "c"], ["a", "b"]).labels).toEqual(["a", "b", "c"]);
  });

  it("refuses inputs of different lengths", () => {
    expect(() => agreement(["a"], [])).toThrow(/1 true labels but 0 predictions/);
  });
});
