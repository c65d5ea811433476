/**
 * The fitted atom stage (docs/decisions/181-fitted-atom-stage.md): a softmax over the text's
 * words, verbs, objects, verb–object pairs and prepositional phrases, plus the atom the rules read
 * (atom.ts) and the task's class, fitted on O*NET statements whose work activities name an atom
 * (scripts/fit-atoms.ts). It reads the work where the rules' verb lexicon is a guess; where the
 * rules read the work from something the reference cannot teach, the rules' atom stays:
 * - log lines (the model never saw one; their reading is decision 108's);
 * - a specialized task whose person-bound rule names the atom ("Negotiate contracts" is relating
 *   to people, and the rationale says so);
 * - summarize, counterargue and compare: O*NET has no activity for the first and 14 and 42
 *   statements for the others, so the model could rarely choose them (on company wording it
 *   turned "Compare leasing and buying options" into analysis).
 * Pure: the weights come in as data.
 */
import type { Atom, TaskClass } from "../taxonomy";
import { RULE_ATOM } from "./atom";
import { isLogLine } from "./log-line";
import type { ParsedTask } from "./parse-types";
import type { RuleHit } from "./rubric-rules";

/** Atoms the fitted stage never overrides (see above). */
const RULE_ONLY: ReadonlySet<Atom> = new Set<Atom>(["summarize", "counterargue", "compare"]);

/** Whether the rules' atom stands without asking the fitted stage. */
export function keepsRuleAtom(parsed: ParsedTask, hits: readonly RuleHit[], ruleAtom: Atom, taskClass: TaskClass): boolean {
  if (RULE_ONLY.has(ruleAtom) || isLogLine(parsed)) return true;
  if (taskClass !== "specialized") return false;
  for (const h of hits) if (!h.negated && h.weight > 0 && RULE_ATOM[h.kind] === ruleAtom) return true;
  return false;
}

/**
 * The features of one text, each once: "r:" the rules' atom, "c:" the class, "w:" every content
 * lemma, "v:" verbs, "v0:" the first clause's verbs, "o:" objects, "vo:" verb|object, "p:"
 * preposition|head. Built the same way when fitting and when classifying.
 */
export function atomFeatures(parsed: ParsedTask, ruleAtom: Atom, taskClass: TaskClass): string[] {
  const out = new Set<string>();
  out.add("r:" + ruleAtom);
  out.add("c:" + taskClass);
  for (const lemma of parsed.lemmas) out.add("w:" + lemma);
  for (let i = 0; i < parsed.clauses.length; i++) {
    const clause = parsed.clauses[i];
    for (const verb of clause.verbs) {
      out.add("v:" + verb);
      if (i === 0 && !clause.secondary) out.add("v0:" + verb);
      for (const object of clause.objects) out.add("vo:" + verb + "|" + object);
    }
    for (const object of clause.objects) out.add("o:" + object);
    for (const p of clause.preps) out.add("p:" + p.prep + "|" + p.head);
  }
  return [...out];
}

export interface AtomWeights {
  /** The atoms in the order of every weight vector. */
  atoms: readonly Atom[];
  bias: readonly number[];
  /** [feature, one weight per atom], as the file stores them. */
  weights: readonly (readonly [string, readonly number[]])[];
}

export interface CompiledAtomModel {
  atoms: readonly Atom[];
  bias: Float64Array;
  table: Map<string, Float64Array>;
}

export function compileAtomModel(model: AtomWeights): CompiledAtomModel {
  const table = new Map<string, Float64Array>();
  for (const [feature, w] of model.weights) table.set(feature, Float64Array.from(w));
  return { atoms: model.atoms, bias: Float64Array.from(model.bias), table };
}

/** The atom with the highest score; ties go to the earlier atom in the model's order. */
export function fittedAtom(model: CompiledAtomModel, features: readonly string[]): Atom {
  const z = Float64Array.from(model.bias);
  for (const f of features) {
    const w = model.table.get(f);
    if (w !== undefined) for (let k = 0; k < z.length; k++) z[k] += w[k];
  }
  let best = 0;
  for (let k = 1; k < z.length; k++) if (z[k] > z[best]) best = k;
  return model.atoms[best];
}
