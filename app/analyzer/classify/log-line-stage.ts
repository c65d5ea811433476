/**
 * A correction for log lines, fitted on the labelled timesheet lines (decision 185).
 *
 * The two decisions are fitted on O*NET statements; log lines are read mostly by hand rules,
 * and those rules, each written from lines someone read, generalize poorly to new wording
 * (decision 183: four mechanisms fixed the lines they came from and nothing else). This stage
 * adds to each of the two logits of a log line (or of a longer line typed as one, decision 187;
 * log-line.ts takesLogLineStage) a term learned from the labelled timesheet lines it reads: one
 * weight per feature the statements' model reads (words, verbs, objects, their groups; no pairs)
 * plus the mean of its words' vector weights ("e:", as decision 180), so a word no labelled line
 * used still leans like the words it resembles.
 *
 * It cannot overrule the rubric where the rubric is firm: a line the statements' reading calls
 * specialized stays so when an approval, a negotiation, leading people, care, a meeting or a
 * client fired, or when its work is hands-on (the labelled lines have too few of those to outvote
 * the rubric on them; a physical thing only written about is the stage's to read); where the
 * rubric's split term speaks firmly (code, routine cleanup, "weekly") and the split agrees with
 * it, the stage moves the split only by turning it firmly and never on the rubric's own ground
 * (code, a standard message, expert work; decision 197), nor where the line names an authored
 * document. Everything here is pure; scripts/fit-log-lines.ts fits it.
 */
import { MESSAGES, namesAuthored } from "./exposed-split";
import { namesPhysicalThing } from "./atom";
import { firstKnownVerb, HANDS_ON_ON_INFORMATION, isInformationThing, objectKind, VERBS, verbAtom } from "./lexicon";
import { unclaimedWords } from "./features";
import { isLogLine } from "./log-line";
import { compileModel, scoreTask, type CompiledModel, type TaskScore } from "./feature-scorer";
import type { Clause, ParsedTask } from "./parse-types";
import { dealsInGoods, isSoftware, keepsUpRelationship, TRADE_WORDS, type RuleHit } from "./rubric-rules";
import { byWordNumber, wordIds } from "./word-ids";

/**
 * The rules that hold a specialized reading against the stage: the person-bound ones (approve,
 * negotiate, lead, care) and the people met or served (a meeting, clients, patients), not "for
 * clients" (0.5) or high stakes (0.75).
 */
const PERSON_RULE_WEIGHT = 1;
/**
 * The rubric's split term (exposed-split.ts) at this size or more holds the side it agrees with:
 * an authored document (+1), code (+1.5), "weekly" or "standard" (−1) are the rubric's own calls.
 */
const RUBRIC_SPLIT_HOLD = 1;
/**
 * A firm rubric split gives way when the stage turns the split by more than this (logit), unless
 * the line names the rubric's own ground for it (decision 197).
 */
const SPLIT_RELEASE = 1;
/** Reading, analysing, reviewing, comparing, writing, making: the rubric's democratized work. */
const EXPERT_ATOMS: ReadonlySet<string> = new Set(["analyze", "research", "counterargue", "compare", "draft", "create"]);

/**
 * Where the rubric's split stays firm against the stage: code, a standard message, or, read
 * democratized, a verb of expert work ("Review teammates' pull requests", "Draft onboarding email
 * for new hires", "Debugging notifications svc queue backlog"). Elsewhere the labelled lines
 * outvote the lexicon's lean ("triage", "setup", "check" lean expert; most such lines are
 * routine).
 */
function rubricGround(parsed: ParsedTask, readAutomatable: boolean): boolean {
  for (const clause of parsed.clauses) {
    const words = [...clause.objects, ...clause.mods];
    if (words.some((w) => MESSAGES.has(w))) return true;
    if (words.some(isSoftware) || clause.preps.some((p) => isSoftware(p.head))) return true;
    const verb = firstKnownVerb(clause.verbs);
    if (!readAutomatable && verb !== undefined && EXPERT_ATOMS.has(VERBS.get(verb)!.atom)) return true;
  }
  return false;
}

/**
 * A line whose first clause is person-bound work, time spent with people ("Mtg w/ CFO + HR -
 * union contract retro pay", "legal review w/ counsel re defamation risk"), an approval, a
 * negotiation, leading or care ("approve T&E reports over limit"), is that work: the rubric's
 * specialized ground, and a meeting is the work itself. What it was about adds words whose
 * weights, learned from statements and other lines, would read it as the topic's work (decision
 * 188). Not when the clause only organizes it ("Schedule return visit w/ customer"): that is the
 * admin around it.
 */
function opensPersonBound(parsed: ParsedTask, hits: readonly RuleHit[]): boolean {
  const first = parsed.clauses[0];
  if (first === undefined || first.secondary) return false;
  return hits.some((h) => h.clause === 0 && personBound(parsed, h));
}
/**
 * Hands-on verbs that make or tidy information as often ("build e-learning module", "cleaned up
 * Jira board", "load CDM updates into EAP"): on a log line they are hands-on work only beside a
 * physical thing ("build retaining wall"; decision 196). Not "set" and "align": setting a price or
 * a strategy is deciding, aligning two teams leading, and the hold keeps those too.
 */
const MAKES_INFORMATION_TOO: ReadonlySet<string> = new Set([...HANDS_ON_ON_INFORMATION].filter((verb) => verb !== "set" && verb !== "align"));
/**
 * Hands-on work holds: the clause's first verb the lexicon knows is hands-on ("replaced
 * compressor", "pick and pack orders"; one of MAKES_INFORMATION_TOO only beside a physical
 * thing), or it has none and names a physical thing ("refrigerant recovery"), not a purchase
 * ("parts order capacitor"). A physical thing the clause only reads, writes or enters ("Analyze
 * pick rate drop", "Draft install guide", "Entered weld map into QC log", "forklift inspection")
 * is the stage's to read (decision 193); a clause that only buys, prices or compares stays
 * information work (decision 188). So is one that names a record, a document or a plan beside
 * the thing ("Sanding plan for winter", "pick lists tmrw", "Commission calc pay period 16"),
 * unless the line opens with work done ("Restocked lobby brochure rack") or the verb decides the
 * plan ("Set the people strategy"; decision 224).
 */
function physicalHold(clause: Clause, parsed: ParsedTask): boolean {
  if (dealsInGoods(clause) || clause.objects.some(isInformationThing)) return false;
  const verb = firstKnownVerb(clause.verbs);
  if (!parsed.pastOpening && !DECIDES_ON.has(verb ?? "") && (clause.objects.some(isPlan) || clause.mods.some(isRecordOrPlan))) return false;
  if (verb !== undefined) return verbAtom(verb, clause.objects, clause.mods) === "hands_on" && (!MAKES_INFORMATION_TOO.has(verb) || namesPhysicalThing(clause, true));
  return namesPhysicalThing(clause, true) && !namesPurchase(clause);
}
/** The atom of the clause's first known verb, with its objects ("prepare food" is hands-on, "prepare reports" drafts). */
function firstVerbAtom(clause: Clause): string | undefined {
  const verb = firstKnownVerb(clause.verbs);
  return verb === undefined ? undefined : verbAtom(verb, clause.objects, clause.mods);
}
const doesHandsOnWork = (clause: Clause) => firstVerbAtom(clause) === "hands_on";
/** Verbs that, on a plan, a strategy or a target, decide it ("Set the people strategy", "Shape hiring plans"). */
const DECIDES_ON: ReadonlySet<string> = new Set(["set", "align", "shape"]);
const isPlan = (word: string) => objectKind(word) === "analysis";
const isRecordOrPlan = (word: string) => isInformationThing(word) || isPlan(word);
/** Verbs that put what was done into a record ("weld map log updated", "uploaded wound photos to EHR"). */
const RECORD_VERBS: ReadonlySet<string> = new Set(["enter", "key", "log", "upload", "update", "record", "input", "post", "import", "export", "chart"]);
/**
 * The line records work on physical things rather than doing it (decision 216): its first known
 * verb records ("Uploaded SCORM pkgs to Cornerstone and set enrollment rules"), or no clause does
 * hands-on work and one records, even with the verb read as a modifier after its noun ("Missed
 * pickup tkts x7 logged"), or puts things into a record or a system ("Sap vols + Brix per tank
 * into log"). Work done and then logged ("replaced 3 filters, logged in CMMS") is the work.
 */
function recordsTheWork(parsed: ParsedTask): boolean {
  const first = parsed.clauses.map((clause) => firstKnownVerb(clause.verbs)).find((verb) => verb !== undefined);
  if (first !== undefined && RECORD_VERBS.has(first)) return true;
  if (parsed.clauses.some(doesHandsOnWork)) return false;
  return parsed.clauses.some(
    (clause) =>
      clause.verbs.some((verb) => RECORD_VERBS.has(verb)) ||
      clause.mods.some((mod) => RECORD_VERBS.has(mod)) ||
      clause.preps.some((p) => isSoftware(p.head) || (p.prep === "into" && isInformationThing(p.head))),
  );
}
/** Comparison named as a noun or a participle after its noun ("lease vs buy comparison", "Pump spares quotes compared"). */
const COMPARISON: ReadonlySet<string> = new Set(["compare", "comparison"]);
const namesComparison = (clause: Clause) => clause.objects.some((w) => COMPARISON.has(w)) || clause.mods.some((w) => COMPARISON.has(w));
/**
 * The line compares things rather than working on them (decision 223): a clause names a
 * comparison ("Press hydraulic repair bids compared"), or the line sets two things against each
 * other ("Vibratory vs impact hammer for sheet wall bid") and no clause does hands-on work
 * ("install 3 meters, compare reads vs old" is the installing).
 */
function comparesThings(parsed: ParsedTask): boolean {
  if (parsed.clauses.some(namesComparison)) return true;
  if (parsed.versus !== true) return false;
  return !parsed.clauses.some(doesHandsOnWork);
}
/**
 * The line opens by writing something ("Draft rigging plan – press relocation Bay 2", "SOP draft:
 * glass removal hand-sort"): the physical things after it are what the document is about
 * (decision 224).
 */
function writesFirst(parsed: ParsedTask): boolean {
  const first = parsed.clauses[0];
  return first !== undefined && firstVerbAtom(first) === "draft";
}
/** A buying word among the clause's objects, prepositional heads or modifiers ("parts order capacitor"). */
const isTradeWord = (word: string) => TRADE_WORDS.has(word);
const namesPurchase = (clause: Clause) => clause.objects.some(isTradeWord) || clause.preps.some((p) => isTradeWord(p.head)) || clause.mods.some(isTradeWord);
/** The clause schedules, books or files the work it names: the admin around it, not the work. */
const organizesIt = (clause: Clause) => clause.verbs.some((verb) => VERBS.get(verb)?.atom === "organize");
/**
 * A person-bound rule that fired: not negated, not on work the clause only organizes ("Scheduled
 * mediation w/ 4 parties"; decision 189), unless the rule says the verb is the work itself
 * (relationships kept up; decision 190).
 */
const personBound = (parsed: ParsedTask, hit: RuleHit) =>
  !hit.negated && hit.weight >= PERSON_RULE_WEIGHT && (keepsUpRelationship(hit) || !organizesIt(parsed.clauses[hit.clause]));

export interface LogLineStageWeights {
  /** The named weights ("w:invoice", "a:organize"), by feature. */
  specialized: Readonly<Record<string, number>>;
  split: Readonly<Record<string, number>>;
  /**
   * The vector weights ("e:", each word's projection on the fitted direction), for 100,000 words
   * stored once with a weight per model at the same index (decision 190): keyed as the named
   * weights are, they would fill a 5 MB file with the same words twice.
   */
  similar?: { words: readonly string[]; specialized: readonly number[]; split: readonly number[] };
  /**
   * The split term's own intercept, fitted with its weights: the statements' split threshold need
   * not be the log lines' (decision 190). The specialized term has none (fitted, it measured no
   * better held out).
   */
  splitBias?: number;
}

export interface CompiledLogLineStage {
  specialized: StageModel;
  split: StageModel;
  /** The least specialized logit of a line a rule holds specialized (fitted-log-lines.json ruleHeldLogit). */
  ruleHeldLogit: number;
}

/**
 * One of the stage's two terms: its named weights, scored as the statements' are, and its words'
 * vector weights apart. Apart, because scoreTask adds a model's vector term on a text longer than
 * a log line, and the stage reads longer lines too (typed without a closing period): with the
 * table inside the scored model, such a line counted its vector term twice (decision 209), where
 * the fit counts it once.
 */
interface StageModel {
  named: CompiledModel;
  /** The vector weights by word number (word-ids.ts), NaN where a word has none. */
  similarById: Float64Array;
}

export function compileLogLineStage(weights: LogLineStageWeights, ruleHeldLogit = 0): CompiledLogLineStage {
  const stageModel = (model: "specialized" | "split", bias: number): StageModel => {
    const similar = new Map<string, number>();
    const { words = [], [model]: values = [] } = weights.similar ?? {};
    for (let i = 0; i < words.length; i++) if (values[i] !== 0) similar.set(words[i], values[i]);
    const named: [string, number][] = [];
    // An "e:" weight among the named ones (hand-made stages) is a word's vector weight too.
    for (const [feature, weight] of Object.entries(weights[model])) {
      if (feature.startsWith("e:")) {
        if (weight !== 0) similar.set(feature.slice(2), weight);
      } else named.push([feature, weight]);
    }
    return { named: compileModel(bias, named), similarById: new Float64Array(byWordNumber(similar, false, NaN)) };
  };
  return { specialized: stageModel("specialized", 0), split: stageModel("split", weights.splitBias ?? 0), ruleHeldLogit };
}

/**
 * The vector part's weight on a line longer than a log line (typed without a closing period, so it
 * takes the stage): twice the fitted one. Until 1.12.24 such a line counted its vector term twice
 * by accident (scoreTask's and the stage's own, decision 209); counted once, as fitted, the lines
 * read worse held out and clean, and 1.5 or 3 no better than 2, so the weight is kept, now said.
 */
const LONGER_LINE_VECTOR_WEIGHT = 2;

/** One of the stage's two terms for a line: its logit, and the scoring behind it (for the cues). */
export interface StageTerm {
  logit: number;
  score: TaskScore;
  /** The vector part per word (weight already divided by the words averaged). */
  similar: { lemma: string; weight: number }[];
}

function term(parsed: ParsedTask, hits: readonly RuleHit[], words: readonly string[], model: StageModel): StageTerm {
  // The named features' weights without the rules (the statements' logit has them already), then
  // the mean vector weight of the line's unclaimed words, as the fit has them.
  const score = scoreTask(parsed, hits, model.named);
  const found: { lemma: string; weight: number }[] = [];
  const ids = wordIds(words);
  const { similarById } = model;
  for (let i = 0; i < words.length; i++) {
    const id = ids[i];
    const w = id >= 0 && id < similarById.length ? similarById[id] : NaN;
    if (!Number.isNaN(w)) found.push({ lemma: words[i], weight: w });
  }
  let logit = score.logit - score.ruleOffset;
  const scale = (isLogLine(parsed) ? 1 : LONGER_LINE_VECTOR_WEIGHT) / found.length;
  for (const f of found) {
    f.weight *= scale;
    logit += f.weight;
  }
  return { logit, score, similar: found };
}

export interface StagedDecision {
  specialized: boolean;
  /** The two logits after the stage (what the log lines' Platt scaling reads). */
  specializedLogit: number;
  splitLogit: number;
  specializedTerm: StageTerm;
  /** Null when the rubric's split term held the split. */
  splitTerm: StageTerm | null;
  /** Specialized because a rule held it or opened the line, whatever the stage's words said. */
  ruleHeld: boolean;
}

/** A log line as the statements' reading left it. */
export interface StatementReading {
  specializedLogit: number;
  /** Toward automatable when positive (the class threshold is 0). */
  splitLogit: number;
  /** Whether that reading is specialized. */
  decided: boolean;
  /** The rubric's split term (exposed-split.ts), toward democratized when positive. */
  rubricSplit: number;
}

/**
 * The stage applied to a log line's two logits as the statements' reading left them. A
 * person-bound rule that fired keeps a specialized reading so; a firm rubric split term the split
 * agrees with keeps the split.
 */
export function applyLogLineStage(stage: CompiledLogLineStage, parsed: ParsedTask, hits: readonly RuleHit[], before: StatementReading): StagedDecision {
  // The words whose vectors the stage averages (as the statements' similarity term, decision 180).
  const words = unclaimedWords(parsed, hits);
  const specializedTerm = term(parsed, hits, words, stage.specialized);
  const held = before.decided && (hits.some((h) => personBound(parsed, h)) || (parsed.clauses.some((clause) => physicalHold(clause, parsed)) && !recordsTheWork(parsed) && !comparesThings(parsed) && !writesFirst(parsed)));
  const met = opensPersonBound(parsed, hits);
  const moved = before.specializedLogit + specializedTerm.logit;
  const readAutomatable = before.splitLogit >= 0;
  const rubricAutomatable = before.rubricSplit < 0;
  // An authored document named on a log line needs domain knowledge (decision 136): "prep QBR
  // deck" stays democratized though "prep" lines are mostly routine in the labelled lines.
  const authored = !readAutomatable && parsed.clauses.some(namesAuthored);
  const firm = Math.abs(before.rubricSplit) >= RUBRIC_SPLIT_HOLD && readAutomatable === rubricAutomatable;
  const free = authored ? null : term(parsed, hits, words, stage.split);
  // A firm split the stage turns firmly gives way, but not on the rubric's own ground (decision 197).
  const turned = free !== null && Math.abs(free.logit) > SPLIT_RELEASE && readAutomatable !== (before.splitLogit + free.logit >= 0);
  const splitTerm = firm && !(turned && !rubricGround(parsed, readAutomatable)) ? null : free;
  return {
    specialized: held || met || moved >= 0,
    // A held line keeps at least the certainty it had, person-bound work is at least even, and
    // both at least as sure as such lines turn out right (ruleHeldLogit, fitted held out).
    specializedLogit: held || met ? Math.max(moved, held ? before.specializedLogit : 0, stage.ruleHeldLogit) : moved,
    splitLogit: splitTerm === null ? before.splitLogit : before.splitLogit + splitTerm.logit,
    specializedTerm,
    splitTerm,
    ruleHeld: held || met,
  };
}
