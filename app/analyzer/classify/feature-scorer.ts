/**
 * The fitted weights, indexed by lemma, and the score of one parsed task under them.
 *
 * Why not a Map from feature string to weight: building "v:" + lemma for every feature of every
 * text and hashing the fresh string was the largest cost of classifying after wink-nlp itself.
 * Here each lemma is looked up once (wink hands back the same string objects for known words,
 * so their hashes are cached) and its weights per feature kind hang off that one entry. The walk
 * (features.ts) and the filters are the fitting script's, so the score equals the fitted model's
 * bias + rules + Σ weights over taskFeatures(); feature-scorer.test.ts holds that equality.
 *
 * The compiled model is read-only once built, so one model serves any number of callers. What
 * one scoring call needs to remember (which slots it counted, how each lemma first appeared)
 * lives in that call's own short arrays: a text has a few dozen features, and a linear search
 * over them costs less than the hashing it replaces.
 */
import { isClaimed, isUsefulLemma, type FeaturePrefix } from "./features";
import { OBJECT_KINDS, objectKind, VERBS, verbAtom } from "./lexicon";
import { LOG_LINE_WORDS } from "./log-line";
import type { ParsedTask } from "./parse";
import type { RuleHit } from "./rubric-rules";
import { byWordNumber, wordIds } from "./word-ids";

export interface WeightSlot {
  /** The feature as the fitting script names it ("v:compile", "p:with:client", "a:organize"). */
  readonly feature: string;
  readonly prefix: FeaturePrefix;
  /** The lemma, or the group name for "a" (atom) and "k" (object kind). */
  readonly lemma: string;
  readonly weight: number;
  /**
   * Slots shown under one cue label share this object (compared by identity): the word features
   * of one lemma (v, s, o, p, w all read "verb 'x'" or "object 'x'"), its negated feature, the
   * two pair features of the same two words (vo, bi), each group feature on its own.
   */
  readonly label: CueLabel;
}

/**
 * An identity for summing the weights shown under one cue label (cues.ts). Its two fields are
 * learnedCues' scratch: the call that last met the label and where that call summed it, so a
 * score's slots are grouped in one pass rather than by comparing each with every group so far.
 */
export class CueLabel {
  seenIn = 0;
  at = 0;
}

const newLabel = (): CueLabel => new CueLabel();

/** How a lemma first showed up in the text, for cue labels ("verb 'x'", "object 'x'", "'with x'"). */
export type Role = "verb" | "object" | { prep: string };

type OwnPrefix = "v" | "s" | "o" | "n" | "w";

/** One lemma's weights. A class so every entry has the same shape (property reads stay fast). */
class LemmaWeights {
  // Written only while compileModel builds the table.
  v: WeightSlot | undefined = undefined;
  s: WeightSlot | undefined = undefined;
  o: WeightSlot | undefined = undefined;
  n: WeightSlot | undefined = undefined;
  w: WeightSlot | undefined = undefined;
  byPrep: Map<string, WeightSlot> | null = null;
  /** "vo:" slots of this lemma as a verb, by object. */
  byObject: Map<string, WeightSlot> | null = null;
  /** "bi:" slots of this lemma followed by another, by the next lemma. */
  byNext: Map<string, WeightSlot> | null = null;
  /** "pk:" group slots of this lemma's object kind, by preposition (set for every word of the kind). */
  kindByPrep: Map<string, WeightSlot> | null = null;
  readonly wordLabel = newLabel();
  readonly negatedLabel = newLabel();
  constructor(
    readonly useful: boolean,
    /** Group slots: the lemma's atom when it is a main verb, its object kind when it is a noun. */
    readonly atom: WeightSlot | undefined,
    readonly kind: WeightSlot | undefined,
  ) {}
}

export interface CompiledModel {
  readonly bias: number;
  readonly lemmas: ReadonlyMap<string, LemmaWeights>;
  /** Group slots by feature name ("a:organize"), for verbs whose atom their object changes. */
  readonly groups: ReadonlyMap<string, WeightSlot>;
  /** `lemmas` by word number (word-ids.ts): a text's words are looked up once for every model. */
  readonly byId: readonly (LemmaWeights | undefined)[];
  /**
   * The "e:" weights by word number, NaN where a word has none or is not one the term counts:
   * each word's vector projected on the fitted direction (decision 180).
   */
  readonly similarById: Float64Array;
}

/**
 * `similar` seeds the "e:" weights when a model file stores them apart from the named weights
 * (the log-line stage's 100,000 words, decision 190); "e:" entries among `weights` join them.
 */
export function compileModel(bias: number, weights: Iterable<readonly [string, number]>, similar = new Map<string, number>()): CompiledModel {
  const groups = new Map<string, WeightSlot>();
  const prepKinds: WeightSlot[] = [];
  const own: [string, FeaturePrefix, string, string, number][] = [];
  for (const [feature, weight] of weights) {
    if (weight === 0) continue;
    const first = feature.indexOf(":");
    const prefix = feature.slice(0, first) as FeaturePrefix;
    const rest = feature.slice(first + 1);
    if (prefix === "a" || prefix === "k") groups.set(feature, { feature, prefix, lemma: rest, weight, label: newLabel() });
    // A word's similarity weight (decision 180) in a table of its own: 20,000 of them, most on
    // words with no other weight, so no lemma entry is built for them at start-up.
    else if (prefix === "e") similar.set(rest, weight);
    else if (prefix === "pk") prepKinds.push({ feature, prefix, lemma: rest, weight, label: newLabel() });
    else if (prefix === "p" || prefix === "vo" || prefix === "bi") {
      const second = rest.indexOf(":");
      own.push([feature, prefix, rest.slice(second + 1), rest.slice(0, second), weight]);
    } else own.push([feature, prefix, rest, "", weight]);
  }
  const lemmas = new Map<string, LemmaWeights>();
  const entry = (lemma: string): LemmaWeights => {
    let e = lemmas.get(lemma);
    if (!e) {
      const atom = groups.get(`a:${VERBS.get(lemma)?.atom}`);
      const kind = groups.get(`k:${objectKind(lemma)}`);
      lemmas.set(lemma, (e = new LemmaWeights(isUsefulLemma(lemma), atom, kind)));
    }
    return e;
  };
  // "vo:take:history" and "bi:take:history" read the same to a person: one label, summed.
  const pairLabels = new Map<string, CueLabel>();
  for (const [feature, prefix, second, first, weight] of own) {
    // A pair's slot hangs off its first word ("vo:prepare:report" off "prepare", keyed by "report").
    if (prefix === "vo" || prefix === "bi") {
      const e = entry(first);
      const key = `${first} ${second}`;
      let label = pairLabels.get(key);
      if (label === undefined) pairLabels.set(key, (label = newLabel()));
      const slot = { feature, prefix, lemma: first, weight, label };
      if (prefix === "vo") (e.byObject ??= new Map()).set(second, slot);
      else (e.byNext ??= new Map()).set(second, slot);
      continue;
    }
    const e = entry(second);
    const slot = { feature, prefix, lemma: second, weight, label: prefix === "n" ? e.negatedLabel : e.wordLabel };
    if (prefix === "p") (e.byPrep ??= new Map()).set(first, slot);
    else e[prefix as OwnPrefix] = slot;
  }
  // A lexicon word with no weight of its own still counts through its group's weight.
  const lexiconWords = [...VERBS.keys(), ...Object.values(OBJECT_KINDS).flatMap((words) => [...words])];
  for (const lemma of lexiconWords) {
    if (groups.has(`a:${VERBS.get(lemma)?.atom}`) || groups.has(`k:${objectKind(lemma)}`)) entry(lemma);
  }
  // "pk:with:staff" hangs off every word of the kind, keyed by the preposition.
  for (const slot of prepKinds) {
    const colon = slot.lemma.indexOf(":");
    const kind = slot.lemma.slice(colon + 1) as keyof typeof OBJECT_KINDS;
    for (const word of OBJECT_KINDS[kind] ?? []) {
      if (objectKind(word) === kind) (entry(word).kindByPrep ??= new Map()).set(slot.lemma.slice(0, colon), slot);
    }
  }
  const byId = byWordNumber<LemmaWeights | undefined>(lemmas, true, undefined);
  // Only the words the term counts (isUsefulLemma, decided here once rather than per text); empty
  // when the model has none, so its texts skip the term at once.
  const counted = new Map([...similar].filter(([word]) => isUsefulLemma(word)));
  const similarById = counted.size === 0 ? new Float64Array(0) : new Float64Array(byWordNumber(counted, false, NaN));
  return { bias, lemmas, groups, byId, similarById };
}

export interface TaskScore {
  /** bias + rubric rules + Σ weights of the features present: the logit toward specialized. */
  logit: number;
  /** Sum of the rubric rules' weights (the fixed offset). */
  ruleOffset: number;
  /** The weighted features present, each once, in text order. */
  counted: WeightSlot[];
  /**
   * The similarity term's share per word (its "e:" weight × occurrences / words averaged), as
   * slots labelled like the word's own features, so a cue shows the word's whole pull.
   */
  similar: WeightSlot[];
  /** The similarity term's part of the logit (0 when it does not apply). */
  similarity: number;
  /**
   * Per clause, without the bias: its rules plus the weights of its verbs, objects and
   * prepositional modifiers (whether or not a rule claimed them), the clause's own pull.
   */
  clauseLogits: number[];
  /** How a lemma first appeared, for the cues' labels; null for lemmas with no weighted feature. */
  roleOf(lemma: string): Role | null;
}

/** A word's share of the similarity term; its feature name ("e:word") is built only if asked for. */
class SimilarSlot implements WeightSlot {
  readonly prefix = "w";
  constructor(
    readonly lemma: string,
    public weight: number,
    readonly label: CueLabel,
  ) {}

  get feature(): string {
    return `e:${this.lemma}`;
  }
}

/**
 * One scoring call's scratch and result: the slots counted, and each seen lemma's first role
 * (parallel arrays). A class, not closures inside scoreTask: a closure made per call costs more
 * than the work it does (and tsx names each one through defineProperty).
 */
class Scoring implements TaskScore {
  logit: number;
  ruleOffset = 0;
  readonly counted: WeightSlot[] = [];
  readonly similar: SimilarSlot[] = [];
  similarity = 0;
  clauseLogits: number[] = [];
  private readonly roleEntries: LemmaWeights[] = [];
  private readonly roles: (Role | null)[] = [];
  /** The text's content words and their entries, looked up once (parallel arrays). */
  private readonly entries: (LemmaWeights | undefined)[];

  private readonly lemmas: ReadonlyMap<string, LemmaWeights>;
  private readonly similarById: Float64Array;
  private readonly ids: readonly number[];

  constructor(
    private readonly hits: readonly RuleHit[],
    model: CompiledModel,
    private readonly words: readonly string[],
  ) {
    this.lemmas = model.lemmas;
    this.similarById = model.similarById;
    for (const h of hits) this.ruleOffset += h.weight;
    this.logit = model.bias + this.ruleOffset;
    const ids = wordIds(words);
    const { byId } = model;
    const entries: (LemmaWeights | undefined)[] = new Array(words.length);
    for (let i = 0; i < words.length; i++) entries[i] = ids[i] >= 0 && ids[i] < byId.length ? byId[ids[i]] : undefined;
    this.entries = entries;
    this.ids = ids;
  }

  count(slot: WeightSlot | undefined): void {
    if (slot === undefined || this.counted.includes(slot)) return;
    this.counted.push(slot);
    this.logit += slot.weight;
  }

  /** The word's own feature (v, s, o, p, n, w), if it passes the fitting script's filters. */
  own(e: LemmaWeights, lemma: string, prefix: FeaturePrefix, slot: WeightSlot | undefined, prep: string): void {
    if (!e.useful || isClaimed(this.hits, lemma)) return;
    const { roleEntries, roles } = this;
    let at = roleEntries.indexOf(e);
    if (at < 0) {
      at = roleEntries.push(e) - 1;
      roles.push(null);
    }
    // First role wins, except that a verb reading always wins (it says the most about the work).
    if (prefix === "v" || prefix === "s") roles[at] = "verb";
    else if (prefix === "o") roles[at] ??= "object";
    else if (prefix === "p") roles[at] ??= { prep };
    this.count(slot);
  }

  /**
   * Verbs, objects and modifier heads are among the content words, as the same string objects,
   * so they are found by identity first: under load the weight table's cache misses, not the
   * arithmetic, are what scoring costs.
   */
  entryOf(word: string): LemmaWeights | undefined {
    const { words } = this;
    for (let i = 0; i < words.length; i++) if (words[i] === word) return this.entries[i];
    return this.lemmas.get(word);
  }

  /**
   * The content words' own "w" features, then the pairs of neighbouring words ("bi"), after the
   * clauses (text order of the fitting script).
   */
  countWords(): void {
    const { words, entries, hits } = this;
    for (let i = 0; i < words.length; i++) {
      const e = entries[i];
      if (e !== undefined) this.own(e, words[i], "w", e.w, "");
    }
    for (let i = 1; i < words.length; i++) {
      const e = entries[i - 1];
      if (e === undefined || e.byNext === null) continue;
      const slot = e.byNext.get(words[i]);
      if (slot !== undefined && e.useful && !isClaimed(hits, words[i - 1]) && !isClaimed(hits, words[i])) this.count(slot);
    }
    this.countSimilarity();
  }

  /** The similarity term (features.ts similarityTerm), last. */
  private countSimilarity(): void {
    const { words, entries, hits, similarById, ids } = this;
    if (words.length <= LOG_LINE_WORDS || similarById.length === 0) return;
    const found: number[] = [];
    const weights: number[] = [];
    let sum = 0;
    for (let i = 0; i < words.length; i++) {
      const id = ids[i];
      if (id < 0 || id >= similarById.length) continue;
      const w = similarById[id];
      if (Number.isNaN(w) || isClaimed(hits, words[i])) continue;
      found.push(i);
      weights.push(w);
      sum += w;
    }
    const k = found.length;
    if (k === 0) return;
    this.similarity = sum / k;
    this.logit += this.similarity;
    for (let j = 0; j < k; j++) {
      const i = found[j];
      // Under the word's own cue label when it has weights of its own, so the cue shows its whole pull.
      let slot: SimilarSlot | undefined;
      for (let s = 0; s < this.similar.length && slot === undefined; s++) if (this.similar[s].lemma === words[i]) slot = this.similar[s];
      if (slot !== undefined) slot.weight += weights[j] / k;
      else this.similar.push(new SimilarSlot(words[i], weights[j] / k, entries[i]?.wordLabel ?? newLabel()));
    }
  }

  roleOf(lemma: string): Role | null {
    const e = this.entryOf(lemma);
    const at = e === undefined ? -1 : this.roleEntries.indexOf(e);
    return at < 0 ? null : this.roles[at];
  }
}

/**
 * The same walk as features.ts walkFeatures, written out so each word is looked up once and
 * the clause scores are summed on the way (the classifier's hottest loop after wink-nlp).
 * feature-scorer.test.ts checks it against taskFeatures() on real and random texts.
 */
export function scoreTask(parsed: ParsedTask, hits: readonly RuleHit[], model: CompiledModel): TaskScore {
  const { lemmas } = model;
  const s = new Scoring(hits, model, parsed.lemmas);
  const { clauses } = parsed;
  const clauseLogits: number[] = new Array(clauses.length);
  for (let index = 0; index < clauses.length; index++) {
    const clause = clauses[index];
    // The clause's own pull counts its words' weights whether or not a rule claimed them.
    let z = 0;
    for (const h of hits) if (h.clause === index) z += h.weight;
    const verbPrefix = clause.secondary ? "s" : "v";
    for (const verb of clause.verbs) {
      const e = s.entryOf(verb);
      if (e === undefined) continue;
      const slot = clause.secondary ? e.s : e.v;
      z += slot?.weight ?? 0;
      s.own(e, verb, verbPrefix, slot, "");
      if (!clause.secondary && !isClaimed(hits, verb)) {
        // The verb's atom in this clause; a hands-on verb on information has another (lexicon.ts).
        const atom = e.atom !== undefined && e.atom.lemma === "hands_on" ? verbAtom(verb, clause.objects, clause.mods) : undefined;
        s.count(atom === undefined || atom === "hands_on" ? e.atom : model.groups.get(`a:${atom}`));
      }
    }
    for (const object of clause.objects) {
      const e = s.entryOf(object);
      if (e === undefined) continue;
      z += e.o?.weight ?? 0;
      if (!clause.secondary) s.own(e, object, "o", e.o, "");
      if (!isClaimed(hits, object)) s.count(e.kind);
    }
    if (!clause.secondary) {
      for (const verb of clause.verbs) {
        const e = s.entryOf(verb);
        if (e === undefined || e.byObject === null) continue;
        for (const object of clause.objects) {
          const slot = e.byObject.get(object);
          if (slot === undefined) continue;
          z += slot.weight;
          if (e.useful && !isClaimed(hits, verb) && !isClaimed(hits, object)) s.count(slot);
        }
      }
    }
    for (const { prep, head } of clause.preps) {
      const e = s.entryOf(head);
      if (e === undefined) continue;
      const slot = e.byPrep === null ? undefined : e.byPrep.get(prep);
      z += slot?.weight ?? 0;
      s.own(e, head, "p", slot, prep);
      if (!isClaimed(hits, head)) {
        s.count(e.kind);
        if (e.kindByPrep !== null) s.count(e.kindByPrep.get(prep));
      }
    }
    for (const word of clause.negated) {
      const e = lemmas.get(word);
      if (e !== undefined) s.own(e, word, "n", e.n, "");
    }
    clauseLogits[index] = z;
  }
  s.countWords();
  s.clauseLogits = clauseLogits;
  return s;
}
