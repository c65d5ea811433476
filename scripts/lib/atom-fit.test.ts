import { describe, expect, it } from "vitest";
import { compileAtomModel, featureWeights, fittedAtom } from "../../app/analyzer/classify/atom-model";
import type { Atom } from "../../app/analyzer/taxonomy";
import { ATOM_FIT_SETTINGS, fitAtoms, type AtomItem } from "./atom-fit";

const ATOMS: Atom[] = ["research", "draft", "hands_on"];

/** A synthetic set with a known answer: the verb decides the atom, the other words are noise. */
function synthetic(): AtomItem[] {
  const verbs: Record<string, Atom> = { investigate: "research", study: "research", write: "draft", compose: "draft", repair: "hands_on", weld: "hands_on" };
  const noise = ["w:report", "w:system", "w:customer", "w:daily"];
  const items: AtomItem[] = [];
  let n = 0;
  for (const [verb, atom] of Object.entries(verbs)) {
    for (let i = 0; i < 12; i++) {
      items.push({ group: `${verb} ${i}`, features: ["v:" + verb, noise[n++ % noise.length], noise[(n + i) % noise.length]], atom });
    }
  }
  return items;
}

describe("fitting the atom stage", () => {
  it("learns a mapping the data fully determines, and reads held-out combinations by it", () => {
    const model = compileAtomModel(fitAtoms(synthetic(), ATOMS));
    expect(fittedAtom(model, ["v:investigate", "w:report"])).toBe("research");
    expect(fittedAtom(model, ["v:compose", "w:system"])).toBe("draft");
    expect(fittedAtom(model, ["v:weld", "w:customer", "w:daily"])).toBe("hands_on");
    // Noise alone leans nowhere in particular: it must not outweigh the verb.
    expect(fittedAtom(model, ["v:write", "w:report", "w:system", "w:customer", "w:daily"])).toBe("draft");
  });

  it("is deterministic and leaves out features rarer than the minimum count", () => {
    const items = [...synthetic(), { group: "once", features: ["v:weld", "w:unique"], atom: "hands_on" as Atom }];
    const a = fitAtoms(items, ATOMS);
    expect(fitAtoms(items, ATOMS)).toEqual(a);
    expect(ATOM_FIT_SETTINGS.minCount).toBeGreaterThan(1);
    expect(a.weights.map(([f]) => f)).not.toContain("w:unique");
    expect(a.weights.map(([f]) => f)).toEqual([...a.weights.map(([f]) => f)].sort());
    for (const [, w] of a.weights) expect(w).toHaveLength(ATOMS.length);
  });

  it("weighs small atoms up when asked: a known answer for the prior of a rare atom", () => {
    // 40 hands-on items and 4 research ones, nothing to tell them apart: only the prior is learnt,
    // log(40/4) apart without balance; each item weighed (mean size / its atom's size)^balance
    // makes the weighted counts 10^(1 - balance) to 1, so the gap is (1 - balance)·log 10.
    const items: AtomItem[] = [];
    for (let i = 0; i < 40; i++) items.push({ group: `h${i}`, features: ["w:task"], atom: "hands_on" });
    for (let i = 0; i < 4; i++) items.push({ group: `r${i}`, features: ["w:task"], atom: "research" });
    const lean = (balance: number) => {
      // Enough rounds to converge; the shipped 60 stop earlier, which also regularizes.
      const fitted = fitAtoms(items, ATOMS, { ...ATOM_FIT_SETTINGS, balance, rounds: 400 });
      const model = compileAtomModel(fitted);
      const score = (atom: Atom) => model.bias[ATOMS.indexOf(atom)] + featureWeights(model, "w:task")![ATOMS.indexOf(atom)];
      return score("hands_on") - score("research");
    };
    expect(lean(0)).toBeCloseTo(Math.log(10), 1);
    expect(lean(0.5)).toBeCloseTo(0.5 * Math.log(10), 1);
    expect(lean(1)).toBeCloseTo(0, 1);
  });

  it("refuses an item whose atom is not fitted", () => {
    expect(() => fitAtoms([{ group: "x", features: ["v:x"], atom: "relate" }], ATOMS)).toThrow(/not among the atoms/);
  });
});
