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
import { byWordNumber, wordIds } from "./word-ids";

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
 * preposition|head. What the stage is fitted on (scripts/fit-atoms.ts); classifying reads the
 * same features without naming them (textScores).
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
  /**
   * Every feature's weights, one atom after another, in one array: the tables below hold where a
   * feature's weights start. One array, not one Float64Array per feature: a text adds twenty or so
   * features' weights, and each separate array cost two cache misses (the array, then its data
   * kept apart from V8's heap) where an offset into one costs one (decision 220).
   */
  arena: Float64Array;
  /**
   * Where the weights start, by kind and word, so classifying a text looks its words up as they
   * are and builds no feature strings ("w" → lemma; "vo" and "p" → first word → second word).
   */
  single: Record<"r" | "c" | "w" | "v" | "v0" | "o", Map<string, number>>;
  pairs: Record<"vo" | "p", Map<string, Map<string, number>>>;
  /** `single.w` by word number (word-ids.ts), -1 for none, so the text's words are not looked up again. */
  wById: readonly number[];
}

export function compileAtomModel(model: AtomWeights): CompiledAtomModel {
  const single: CompiledAtomModel["single"] = { r: new Map(), c: new Map(), w: new Map(), v: new Map(), v0: new Map(), o: new Map() };
  const pairs: CompiledAtomModel["pairs"] = { vo: new Map(), p: new Map() };
  const width = model.atoms.length;
  const arena = new Float64Array(model.weights.length * width);
  model.weights.forEach(([feature, w], i) => {
    const { kind, first, second } = nameParts(feature);
    const at = i * width;
    arena.set(w.slice(0, width), at);
    if (kind === "vo" || kind === "p") {
      let inner = pairs[kind].get(first);
      if (inner === undefined) pairs[kind].set(first, (inner = new Map()));
      inner.set(second, at);
    } else if (kind in single) {
      single[kind as keyof CompiledAtomModel["single"]].set(first, at);
    }
  });
  const wById = byWordNumber(single.w, true, -1);
  return { atoms: model.atoms, bias: Float64Array.from(model.bias), arena, single, pairs, wById };
}

/** "vo:take|history" → vo, take, history; "w:medical" → w, medical, "". */
function nameParts(feature: string): { kind: string; first: string; second: string } {
  const colon = feature.indexOf(":");
  const kind = feature.slice(0, colon);
  const rest = feature.slice(colon + 1);
  if (kind !== "vo" && kind !== "p") return { kind, first: rest, second: "" };
  const bar = rest.indexOf("|");
  return { kind, first: rest.slice(0, bar), second: rest.slice(bar + 1) };
}

/** A named feature's weights, from the same tables textScores reads. */
export function featureWeights(model: CompiledAtomModel, feature: string): Float64Array | undefined {
  const at = featureAt(model, feature);
  return at === undefined ? undefined : model.arena.subarray(at, at + model.atoms.length);
}

/** Where a named feature's weights start in the arena. */
function featureAt(model: CompiledAtomModel, feature: string): number | undefined {
  const { kind, first, second } = nameParts(feature);
  if (kind === "vo" || kind === "p") return model.pairs[kind].get(first)?.get(second);
  return kind in model.single ? model.single[kind as keyof CompiledAtomModel["single"]].get(first) : undefined;
}

/** The atom with the highest score; ties go to the earlier atom in the model's order. */
export function fittedAtom(model: CompiledAtomModel, features: readonly string[]): Atom {
  return best(model, featureScores(model, features));
}

/** Each atom's score from named features. */
export function featureScores(model: CompiledAtomModel, features: readonly string[]): number[] {
  const z = startScores(model);
  for (const f of features) add(z, model.arena, featureAt(model, f));
  return z;
}

/**
 * fittedAtom(model, atomFeatures(parsed, ruleAtom, taskClass)), without building the feature
 * strings: each word is looked up as it is, each feature counted once (atom-model.test.ts holds
 * the two equal on the reference texts).
 */
export function readAtom(model: CompiledAtomModel, parsed: ParsedTask, ruleAtom: Atom, taskClass: TaskClass): Atom {
  return best(model, textScores(model, parsed, ruleAtom, taskClass));
}

/** featureScores(model, atomFeatures(…)), summed in the same order, so equal to the last bit. */
export function textScores(model: CompiledAtomModel, parsed: ParsedTask, ruleAtom: Atom, taskClass: TaskClass): number[] {
  const { single, pairs, arena } = model;
  const z = startScores(model);
  add(z, arena, single.r.get(ruleAtom));
  add(z, arena, single.c.get(taskClass));
  const { lemmas, clauses } = parsed;
  const ids = wordIds(lemmas);
  const { wById } = model;
  // Each word once: the same word has the same number, compared faster than its string.
  for (let i = 0; i < lemmas.length; i++) if (ids[i] >= 0 && ids[i] < wById.length && ids.indexOf(ids[i]) === i) add(z, arena, wById[ids[i]]);
  const verbs: string[] = [];
  const objects: string[] = [];
  const verbObjects: string[] = [];
  const preps: string[] = [];
  for (let c = 0; c < clauses.length; c++) {
    const clause = clauses[c];
    const first = c === 0 && !clause.secondary;
    for (let v = 0; v < clause.verbs.length; v++) {
      const verb = clause.verbs[v];
      if (!verbs.includes(verb)) {
        verbs.push(verb);
        add(z, arena, single.v.get(verb));
      }
      if (first && clause.verbs.indexOf(verb) === v) add(z, arena, single.v0.get(verb));
      const inner = pairs.vo.get(verb);
      for (const object of clause.objects) {
        if (seenPair(verbObjects, verb, object)) continue;
        if (inner !== undefined) add(z, arena, inner.get(object));
      }
    }
    for (const object of clause.objects) {
      if (objects.includes(object)) continue;
      objects.push(object);
      add(z, arena, single.o.get(object));
    }
    for (const p of clause.preps) {
      if (seenPair(preps, p.prep, p.head)) continue;
      add(z, arena, pairs.p.get(p.prep)?.get(p.head));
    }
  }
  return z;
}

/** Whether the pair was seen; records it if not. `seen` holds pairs flat: [a, b, a, b, …]. */
function seenPair(seen: string[], a: string, b: string): boolean {
  for (let i = 0; i < seen.length; i += 2) if (seen[i] === a && seen[i + 1] === b) return true;
  seen.push(a, b);
  return false;
}

/**
 * A text's running scores, starting at the bias: a plain array, as a Float64Array of fourteen
 * atoms is too long to live on V8's heap and cost an off-heap allocation per text.
 */
function startScores(model: CompiledAtomModel): number[] {
  const z: number[] = [];
  for (let k = 0; k < model.bias.length; k++) z.push(model.bias[k]);
  return z;
}

/** Adds the weights starting at `at` (none when undefined or -1). */
function add(z: number[], arena: Float64Array, at: number | undefined): void {
  if (at !== undefined && at >= 0) for (let k = 0; k < z.length; k++) z[k] += arena[at + k];
}

function best(model: CompiledAtomModel, z: readonly number[]): Atom {
  let top = 0;
  for (let k = 1; k < z.length; k++) if (z[k] > z[top]) top = k;
  return model.atoms[top];
}
