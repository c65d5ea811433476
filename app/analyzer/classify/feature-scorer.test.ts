import { readFileSync } from "node:fs";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { extractTask } from "./extract";
import { learnedCues } from "./cues";
import { compileModel, scoreTask } from "./feature-scorer";
import { similarityTerm } from "./features";
import { FITTED_MODEL } from "./fitted-model";

// The classifier scores through the lemma index (feature-scorer.ts); the fitting script trains
// on taskFeatures() strings. Both must give the same number, or the CV figure would describe
// a different model from the one that ships.
const FITTED = FITTED_MODEL.specialized;
const WEIGHTS = new Map(FITTED.weights);
const MODEL = compileModel(FITTED.bias, WEIGHTS);

function stringScore(text: string): { logit: number; features: string[] } {
  const { features, ruleOffset, parsed, hits } = extractTask(text);
  let logit = FITTED.bias + ruleOffset;
  const weighted = features.filter((f) => WEIGHTS.has(f));
  for (const f of weighted) logit += WEIGHTS.get(f)!;
  // The similarity term comes last, as in the scorer (the same order of additions, the same double).
  const similarity = similarityTerm(parsed, hits, (f) => WEIGHTS.get(f));
  if (similarity !== 0) logit += similarity;
  return { logit, features: weighted };
}

function indexScore(text: string): { logit: number; features: string[] } {
  const { parsed, hits } = extractTask(text);
  const score = scoreTask(parsed, hits, MODEL);
  return { logit: score.logit, features: score.counted.map((s) => s.feature) };
}

const ownTasks = Papa.parse<{ task: string }>(readFileSync(new URL("../../../fixtures/labelled-tasks.csv", import.meta.url), "utf8"), {
  header: true,
  skipEmptyLines: true,
}).data.map((r) => r.task);

describe("scoreTask", () => {
  it.each(["", "Prepare budget reports and approve expenditures", "Meet with clients and clients again under tight deadlines", "Manage staff", ...ownTasks])(
    "scores %j exactly as the fitted model's features do",
    (text) => {
      expect(indexScore(text)).toEqual(stringScore(text));
    },
  );

  it("agrees with the fitted features on any text", () => {
    const words = fc.constantFrom("prepare", "reports", "with", "clients", "and", "approve", "without", "supervision", "staff", "for", "patients", "the", "weekly", ",", ";", "to", "repair", "data");
    fc.assert(
      fc.property(fc.array(words, { maxLength: 14 }), (tokens) => {
        const text = tokens.join(" ");
        expect(indexScore(text).logit).toBe(stringScore(text).logit);
      }),
      { numRuns: 200 },
    );
  });

  it("counts a repeated feature once", () => {
    const once = scoreTask(extractTask("Compile reports").parsed, [], MODEL);
    const twice = scoreTask(extractTask("Compile reports; compile reports").parsed, [], MODEL);
    expect(twice.logit).toBe(once.logit);
  });

  it("keeps each score's own reading when other texts are scored in between (no shared scratch)", () => {
    const first = extractTask("Compile reports for clients");
    const a = scoreTask(first.parsed, first.hits, MODEL);
    const rolesBefore = first.parsed.lemmas.map((l) => a.roleOf(l));
    const countedBefore = a.counted.map((s) => s.feature);
    const other = extractTask("Reports compile; report the compilation to clients");
    scoreTask(other.parsed, other.hits, MODEL);
    expect(first.parsed.lemmas.map((l) => a.roleOf(l))).toEqual(rolesBefore);
    expect(rolesBefore).toContain("verb");
    expect(a.counted.map((s) => s.feature)).toEqual(countedBefore);
    const again = scoreTask(first.parsed, first.hits, MODEL);
    expect(again.logit).toBe(a.logit);
  });

  // Models read a text's words by number (word-ids.ts); a text read before a model that weighs
  // a new word was compiled must still find that word's weights.
  it("finds the weights of a model compiled after the text was first scored", () => {
    const text = extractTask("Calibrate the zorbulator flanges");
    const before = scoreTask(text.parsed, text.hits, MODEL);
    const later = compileModel(0, [["w:zorbulator", 1.5]]);
    const after = scoreTask(text.parsed, text.hits, later);
    expect(after.counted.map((s) => s.feature)).toEqual(["w:zorbulator"]);
    expect(after.logit).toBe(1.5);
    // The earlier model still reads as it did: the numbers it knows are unchanged.
    expect(scoreTask(text.parsed, text.hits, MODEL).logit).toBe(before.logit);
  });

  it("gives an empty text the bias alone", () => {
    const score = scoreTask({ clauses: [], lemmas: [], written: [], style: "plain" }, [], MODEL);
    expect(score).toMatchObject({ logit: FITTED.bias, counted: [], clauseLogits: [] });
  });

  // The shipped model has no pair features (decision 171: built, switched off); a model that
  // has them must still score exactly as their strings do, so switching them on stays safe.
  describe("with pair features (vo:, bi:, pk:) weighted", () => {
    const texts = ["Take brief medical histories from patients", "Prepare budget reports and approve expenditures", "Meet with clients about contracts", "Discuss budget reports with staff", ...ownTasks];
    // Every feature these texts have gets a distinct weight, pairs included.
    const all = [...new Set(texts.flatMap((t) => extractTask(t).features))].sort();
    const weights = new Map(all.map((f, i): [string, number] => [f, ((i % 7) - 3.5) / 8]));
    const model = compileModel(0.125, weights);
    const byStrings = (text: string) => {
      const { features, ruleOffset } = extractTask(text);
      return { logit: features.reduce((z, f) => z + (weights.get(f) ?? 0), 0.125 + ruleOffset), features: features.filter((f) => weights.has(f)) };
    };
    const byIndex = (text: string) => {
      const { parsed, hits } = extractTask(text);
      const score = scoreTask(parsed, hits, model);
      return { logit: score.logit, features: score.counted.map((slot) => slot.feature) };
    };

    it("has pairs to score", () => {
      for (const prefix of ["vo:", "bi:", "pk:"]) expect(all.some((f) => f.startsWith(prefix))).toBe(true);
      expect(extractTask("Take brief medical histories from patients").features).toEqual(expect.arrayContaining(["vo:take:history", "bi:medical:history"]));
    });

    it.each(texts)("scores %j as its feature strings do", (text) => {
      const a = byIndex(text);
      const b = byStrings(text);
      expect(a.features).toEqual(b.features);
      expect(a.logit).toBeCloseTo(b.logit, 12);
    });

    it("shows a pair as the words written ('take histories')", () => {
      const e = extractTask("Take brief medical histories from patients");
      const cues = learnedCues(e.parsed, scoreTask(e.parsed, e.hits, model)).map((c) => c.cue);
      expect(cues).toContain("'take histories'");
      expect(cues).toContain("'medical histories'");
    });
  });
});
