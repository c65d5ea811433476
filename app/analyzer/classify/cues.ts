/**
 * The cues a reader sees: learned features grouped into what a reader recognizes ("verb
 * 'compile'" gathers the v: and w: features of "compile"), the rubric rules that fired and the
 * automatable/democratized split's cues, merged by label and direction, strongest first.
 *
 * Written with arrays and linear searches rather than Maps keyed by built strings: a text has
 * a dozen or two candidate cues, and hashing freshly built labels cost more than the search.
 */
import type { Cue, TaskClass } from "../taxonomy";
import type { SplitCue } from "./exposed-split";
import type { TaskScore, WeightSlot } from "./feature-scorer";
import type { StageTerm } from "./log-line-stage";
import { writtenAs, type ParsedTask } from "./parse";
import type { RuleHit } from "./rubric-rules";

export const MAX_CUES = 10;

const round3 = (x: number) => Math.round(x * 1000) / 1000;
// Code-unit order, not localeCompare: the order must not depend on the machine's locale.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** Strongest first; ties by cue text, then direction, so the order never depends on input order. */
const before = (a: Cue, b: Cue) => (a.weight !== b.weight ? a.weight > b.weight : (byText(a.cue, b.cue) || byText(a.toward, b.toward)) < 0);

function learnedLabel(slot: WeightSlot, score: TaskScore, parsed: ParsedTask): string {
  const { prefix, lemma } = slot;
  if (prefix === "a") return `work type '${lemma}'`;
  if (prefix === "k") return `object type '${lemma}'`;
  if (prefix === "pk") return `'${lemma.replace(":", "' + object type '")}'`;
  if (prefix === "vo" || prefix === "bi") {
    // "vo:take:history" → "'take history'": the pair as written, in text order.
    const second = slot.feature.slice(slot.feature.lastIndexOf(":") + 1);
    return remembered(parsed, "pair", lemma, second) ?? remember(parsed, "pair", lemma, second, `'${writtenAs(parsed, lemma)} ${writtenAs(parsed, second)}'`);
  }
  if (prefix === "n") return remembered(parsed, "negated", lemma, "") ?? remember(parsed, "negated", lemma, "", `negated '${writtenAs(parsed, lemma)}'`);
  return wordLabel(lemma, score, parsed);
}

/** A word as the cues name it: by its first role in the text ("verb 'x'", "object 'x'", "'with x'"). */
function wordLabel(lemma: string, score: TaskScore, parsed: ParsedTask): string {
  const role = score.roleOf(lemma);
  const kind = role === null ? "word" : typeof role === "string" ? role : "prep";
  const prep = role !== null && typeof role !== "string" ? role.prep : "";
  const known = remembered(parsed, kind, lemma, prep);
  if (known !== undefined) return known;
  const word = writtenAs(parsed, lemma);
  const label = kind === "verb" ? `verb '${word}'` : kind === "object" ? `object '${word}'` : kind === "prep" ? `'${prep} ${word}'` : `word '${word}'`;
  return remember(parsed, kind, lemma, prep, label);
}

/**
 * Labels built for the text being read, in fours (kind, lemma, second word or preposition,
 * label). One text labels the same word for several scores (the specialized decision, the split,
 * the log-line stage's terms), and the cues are then merged by label: building each once saves
 * the building, and the merge then finds the very same string. A text has a few dozen labels,
 * so a linear search costs less than hashing freshly built keys.
 */
let labelsOf: ParsedTask | null = null;
const labels: string[] = [];

function remembered(parsed: ParsedTask, kind: string, lemma: string, second: string): string | undefined {
  if (parsed !== labelsOf) return undefined;
  for (let i = 0; i < labels.length; i += 4) if (labels[i + 1] === lemma && labels[i] === kind && labels[i + 2] === second) return labels[i + 3];
  return undefined;
}

function remember(parsed: ParsedTask, kind: string, lemma: string, second: string, label: string): string {
  if (parsed !== labelsOf) {
    labelsOf = parsed;
    labels.length = 0;
  }
  labels.push(kind, lemma, second, label);
  return label;
}

/**
 * A score's learned features as a reader sees them: summed per label, in text order, signed as
 * the model's logit (local arrays: the first slot of each label, its sum at the same index).
 */
export function learnedCues(parsed: ParsedTask, score: TaskScore): { cue: string; weight: number }[] {
  const firsts: WeightSlot[] = [];
  const sums: number[] = [];
  const call = ++calls;
  sumByLabel(score.counted, firsts, sums, call);
  sumByLabel(score.similar, firsts, sums, call);
  const out: { cue: string; weight: number }[] = new Array(firsts.length);
  for (let i = 0; i < firsts.length; i++) out[i] = { cue: learnedLabel(firsts[i], score, parsed), weight: sums[i] };
  return out;
}

/** Numbers learnedCues' calls, so a label marked by an earlier call reads as unseen (CueLabel). */
let calls = 0;

function sumByLabel(slots: readonly WeightSlot[], firsts: WeightSlot[], sums: number[], call: number): void {
  for (const slot of slots) {
    const { label } = slot;
    if (label.seenIn === call) sums[label.at] += slot.weight;
    else {
      label.seenIn = call;
      label.at = firsts.length;
      firsts.push(slot);
      sums.push(slot.weight);
    }
  }
}

/**
 * A log-line stage term's cues (log-line-stage.ts): its features as learnedCues, and each word's
 * share of its vector part under the label the statements' scoring gives the word, so the cue
 * shows the word's whole pull.
 */
export function stageCues(parsed: ParsedTask, term: StageTerm, roles: TaskScore): { cue: string; weight: number }[] {
  const out = learnedCues(parsed, term.score);
  for (const { lemma, weight } of term.similar) out.push({ cue: wordLabel(lemma, roles, parsed), weight });
  return out;
}

/** Adds signed cues (times `sign`) into a list: a word both readings weigh shows its net pull, once. */
export function addNet(into: { cue: string; weight: number }[], more: readonly { cue: string; weight: number }[], sign: 1 | -1): void {
  for (const c of more) {
    const same = into.find((l) => l.cue === c.cue);
    if (same !== undefined) same.weight += sign * c.weight;
    else into.push({ cue: c.cue, weight: sign * c.weight });
  }
}

/** Merges a cue into one of the same label and direction (a module function: no closure per call). */
function addCue(cues: Cue[], cue: string, weight: number, toward: TaskClass): void {
  for (const existing of cues) {
    if (existing.toward === toward && existing.cue === cue) {
      existing.weight += weight;
      return;
    }
  }
  cues.push({ cue, weight, toward });
}

/**
 * `splitCues` carry the automatable/democratized decision: positive toward democratized,
 * negative toward automatable (the fitted split's features and the rubric's split terms).
 */
export function collectCues(
  parsed: ParsedTask,
  score: TaskScore,
  hits: readonly RuleHit[],
  splitCues: readonly SplitCue[],
  exposedClass: TaskClass,
  /** The log-line stage's cues on the specialized logit (positive toward specialized); none on statements. */
  stagedCues: readonly { cue: string; weight: number }[] = [],
): Cue[] {
  const cues: Cue[] = [];
  const learned = learnedCues(parsed, score);
  addNet(learned, stagedCues, 1);
  for (const { cue, weight } of learned) addCue(cues, cue, Math.abs(weight), weight > 0 ? "specialized" : exposedClass);
  for (const h of hits) addCue(cues, h.cue, h.negated ? 0.25 : Math.abs(h.weight), h.negated || h.weight < 0 ? exposedClass : "specialized");
  for (const c of splitCues) if (c.weight !== 0) addCue(cues, c.cue, Math.abs(c.weight), c.weight > 0 ? "democratized" : "automatable");

  const kept: Cue[] = [];
  for (const c of cues) {
    c.weight = round3(c.weight);
    if (c.weight >= 0.01) kept.push(c);
  }
  // Insertion sort: a handful of items, and Array#sort's comparator calls cost more than the work.
  for (let i = 1; i < kept.length; i++) {
    const c = kept[i];
    let j = i - 1;
    while (j >= 0 && before(c, kept[j])) {
      kept[j + 1] = kept[j];
      j--;
    }
    kept[j + 1] = c;
  }
  if (kept.length > MAX_CUES) kept.length = MAX_CUES;
  return kept;
}
