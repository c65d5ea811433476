/**
 * Classifies one task text: automatable, democratized or specialized, with a confidence, an
 * atom, the cues behind it and one plain sentence of rationale. Pure and deterministic.
 *
 * How (docs/rubric.md, docs/decisions/020–024):
 * 1. wink-nlp parses the text into clauses with lemmatized verbs, objects and modifiers.
 * 2. Specialized vs AI-exposed: fixed rubric rules (approve, negotiate, lead people, clients and
 *    patients, high stakes) plus per-feature weights fitted on the MIT-licensed GPTs-are-GPTs
 *    labels, summed into a logistic score.
 * 3. Automatable vs democratized, for exposed tasks: a logistic score of per-feature weights
 *    fitted on real AI usage (Anthropic Economic Index, CC-BY) and GPT-4's automation rating,
 *    with the hand-written rubric's split score (exposed-split.ts) as a fixed term.
 * 4. Both logits are calibrated (Platt scaling fitted on cross-validated logits) into
 *    p_specialized and p_automatable given exposed; the three probabilities sum to 1 and the
 *    confidence is the chosen class's probability (docs/decisions/101–102). Log lines have a
 *    scaling of their own, fitted on the labelled timesheet lines (decision 184): the
 *    statements' scaling left them about half as sure as they are right.
 * 5. On log lines only, a stage fitted on labelled timesheet lines corrects both logits before
 *    that scaling (log-line-stage.ts, decision 185); person-bound rules hold against it.
 */
import type { Atom, Classification, ClassProbabilities, TaskClass } from "../taxonomy";
import { clauseAtom, fallbackAtom, RULE_ATOM, workBesideDuty } from "./atom";
import { compileAtomModel, keepsRuleAtom, readAtom, type CompiledAtomModel } from "./atom-model";
import { addNet, collectCues, learnedCues, stageCues } from "./cues";
import { decideSpecialized } from "./decide";
import { splitTask, type SplitCue } from "./exposed-split";
import { compileModel, scoreTask } from "./feature-scorer";
import { FITTED_ATOMS } from "./fitted-atoms";
import { FITTED_LOG_LINES } from "./fitted-log-lines";
import { FITTED_MODEL } from "./fitted-model";
import { takesLogLineStage } from "./log-line";
import { logLineWork } from "./log-line-atom";
import { applyLogLineStage, compileLogLineStage, type StatementReading } from "./log-line-stage";
import { parseTask, parseTasks, writtenAs, type Clause, type ParsedTask } from "./parse";
import { rationale } from "./rationale";
import { ruleHits, type RuleHit, type RuleKind } from "./rubric-rules";

/**
 * Bump on any change to rules, lexicon, parsing or weights: stored classifications carry the
 * version they were made with and are recomputed when it differs.
 */
export const CLASSIFIER_VERSION = "1.12.45";

const MODEL = compileModel(FITTED_MODEL.specialized.bias, FITTED_MODEL.specialized.weights);
const SPLIT = FITTED_MODEL.split;
const SPLIT_MODEL = compileModel(SPLIT.bias, SPLIT.weights);
const ATOM_MODEL = compileAtomModel(FITTED_ATOMS);
const LOG_LINE_STAGE = compileLogLineStage(FITTED_LOG_LINES.stage, FITTED_LOG_LINES.ruleHeldLogit);
/** The statements' two Platt scalings; log lines have their own (FITTED_LOG_LINES, decision 184). */
const STATEMENT_CALIBRATION = { specialized: FITTED_MODEL.specialized.calibration, split: SPLIT.calibration };
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const calibrated = (c: { slope: number; intercept: number }, z: number) => sigmoid(c.slope * z + c.intercept);
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The three class probabilities from p(specialized) and p(automatable | exposed), rounded to three places. */
export function classProbabilities(pSpecialized: number, pAutomatableIfExposed: number): ClassProbabilities {
  const automatable = round3((1 - pSpecialized) * pAutomatableIfExposed);
  const specialized = round3(pSpecialized);
  // Rounded so the three still sum to exactly 1; `|| 0` turns a rounded -0 into 0 (toLocaleString prints it "-0").
  return { automatable, democratized: round3(1 - automatable - specialized) || 0, specialized };
}

export function classifyTask(text: string): Classification {
  return classifyParsed(parseTask(text));
}

/**
 * classifyTask for many texts, in order, each result equal to classifyTask's; faster, as
 * wink-nlp reads the texts in batches (parse.ts parseTasks).
 */
export function classifyTasks(texts: readonly string[]): Classification[] {
  return parseTasks(texts).map(classifyParsed);
}

/** The classification of an already parsed text (the benchmark times the two halves apart). */
export function classifyParsed(parsed: ParsedTask): Classification {
  return classifyParsedWith(parsed, ATOM_MODEL);
}

/**
 * classifyParsed with a given atom stage, or with none (the rules' atom): the atom stage is
 * fitted on what the classifier reads without it (scripts/fit-atoms.ts).
 */
export function classifyParsedWith(parsed: ParsedTask, atomModel: CompiledAtomModel | null): Classification {
  const reading = readDecision(parsed);
  const { hits, decision, split, splitScore, splitLogit } = reading;
  const staged = readStage(parsed, reading);
  const { score } = decision;
  const { clauseLogits } = score;
  const calibration = staged !== null ? FITTED_LOG_LINES : STATEMENT_CALIBRATION;
  const pSpecialized = calibrated(calibration.specialized, staged?.specializedLogit ?? decision.logit);
  const finalSplitLogit = staged?.splitLogit ?? splitLogit;
  const exposedClass: TaskClass = finalSplitLogit >= SPLIT.threshold ? "automatable" : "democratized";
  const taskClass: TaskClass = (staged?.specialized ?? decision.specialized) ? "specialized" : exposedClass;
  const probabilities = classProbabilities(pSpecialized, calibrated(calibration.split, finalSplitLogit));

  // The cues behind the split: the fitted features (toward democratized when negative) and the rubric's terms at their weight.
  const splitCues: SplitCue[] = [];
  for (const c of learnedCues(parsed, splitScore)) splitCues.push({ cue: c.cue, weight: -c.weight });
  // The log-line stage's split cues join the fitted split's.
  if (staged?.splitTerm) addNet(splitCues, stageCues(parsed, staged.splitTerm, splitScore), -1);
  for (const clause of split.clauses) for (const c of clause.cues) splitCues.push({ cue: c.cue, weight: c.weight * SPLIT.lexiconWeight });
  const cues = collectCues(parsed, score, hits, splitCues, exposedClass, staged !== null ? stageCues(parsed, staged.specializedTerm, score) : []);
  const deciding = decidingClause(parsed.clauses, clauseLogits, split.clauses, taskClass);
  const strongestRule = strongest(hits, deciding);
  // The deciding clause names the work; for a specialized task with none, the strongest rule
  // anywhere does ("Run discovery calls and demos with customers" is client work).
  const anyRule = taskClass === "specialized" ? strongest(hits, null) : null;
  const named =
    (deciding !== null ? clauseAtom(parsed.clauses[deciding], taskClass === "specialized" ? strongestRule : null, taskClass) : null) ??
    (anyRule !== null ? RULE_ATOM[anyRule] : null) ??
    (taskClass === "specialized" && deciding !== null ? workBesideDuty(parsed.clauses, deciding, taskClass) : null);
  const fallback = named === null ? fallbackAtom(taskClass, parsed) : null;
  const ruleAtom: Atom = named ?? fallback!.atom;
  const support = cues.filter((c) => c.toward === taskClass);
  const rule = taskClass === "specialized" ? strongestRule : null;
  // Nothing in the text was recognized (a bare ticket id, a code name): no unit of work can be
  // named either, and the class's default atom would claim one ("hands-on", decision 203).
  const unread = cues.length === 0 && rule === null;
  // The fitted stage reads the work where the rules' lexicon guesses (atom-model.ts, decision 181);
  // a log line's nouns name it unless a person-bound rule does (decision 211), and where the rules
  // named no work, a word that does rather than the class's default (decision 214).
  const lineWork = !unread && rule === null && staged !== null ? logLineWork(parsed, fallback !== null && !fallback.named) : null;
  const atom: Atom = unread
    ? "unclear"
    : (lineWork ??
      (atomModel === null || keepsRuleAtom(parsed, hits, ruleAtom, taskClass) ? ruleAtom : readAtom(atomModel, parsed, ruleAtom, taskClass)));

  return {
    class: taskClass,
    confidence: probabilities[taskClass],
    probabilities,
    atom,
    cues,
    rationale: rationale({
      taskClass,
      atom,
      support,
      rule,
      // The fallback names the work too unless it is the class's default (atom.ts fallbackAtom).
      atomNamed: lineWork !== null || named !== null || fallback!.named,
      dissent: dissent(parsed, clauseLogits, hits, split.clauses, taskClass, deciding),
    }),
  };
}

/**
 * The two decisions before calibration, as the statements' model reads them: the rules, the
 * specialized decision and its logit, and the automatable-vs-democratized logit (the fitted split
 * over every word, no rule claims any, minus the rubric's split score as a fixed term; positive
 * toward automatable).
 */
function readDecision(parsed: ParsedTask) {
  const hits = ruleHits(parsed);
  const decision = decideSpecialized(parsed, hits, MODEL);
  const split = splitTask(parsed);
  const splitScore = scoreTask(parsed, [], SPLIT_MODEL);
  const splitLogit = splitScore.logit - SPLIT.lexiconWeight * split.score;
  return { hits, decision, split, splitScore, splitLogit };
}

/** On a log line (or a longer line typed as one), both decisions again after the log-line stage; null on a statement. */
function readStage(parsed: ParsedTask, reading: ReturnType<typeof readDecision>) {
  if (!takesLogLineStage(parsed)) return null;
  return applyLogLineStage(LOG_LINE_STAGE, parsed, reading.hits, asStatementReading(reading));
}

/** The part of a reading the log-line stage starts from. */
function asStatementReading({ decision, splitLogit, split }: ReturnType<typeof readDecision>): StatementReading {
  return { specializedLogit: decision.logit, splitLogit, decided: decision.specialized, rubricSplit: split.score };
}

/**
 * A text as the statements' model reads it, before any log-line stage (log-line-stage.ts
 * StatementReading): scripts/fit-log-lines.ts fits the stage on top of it.
 */
export function statementReading(parsed: ParsedTask): StatementReading {
  return asStatementReading(readDecision(parsed));
}

/** The two logits the probabilities are calibrated from: after the log-line stage on a log line. */
export function decisionLogits(parsed: ParsedTask): { specialized: number; split: number } {
  const reading = readDecision(parsed);
  const { decision, splitLogit } = reading;
  const staged = readStage(parsed, reading);
  return { specialized: staged?.specializedLogit ?? decision.logit, split: staged?.splitLogit ?? splitLogit };
}

/** The strongest rule that fired, not negated, in the deciding clause (anywhere when there is none). */
function strongest(hits: readonly RuleHit[], deciding: number | null): RuleKind | null {
  let best: RuleHit | null = null;
  for (const h of hits) {
    if (h.negated || h.weight <= 0 || (deciding !== null && h.clause !== deciding)) continue;
    if (!best || h.weight > best.weight) best = h;
  }
  return best?.kind ?? null;
}

/** The clause that best explains the class: the most human-demanding one, or the one that set the split. */
function decidingClause(
  clauses: readonly Clause[],
  clauseLogits: readonly number[],
  splits: ReturnType<typeof splitTask>["clauses"],
  taskClass: TaskClass,
): number | null {
  if (clauses.length === 0) return null;
  // Main clauses compete; only when there is none do secondary ones.
  const anyMain = clauses.some((c) => !c.secondary);
  let best = -1;
  let bestPull = -Infinity;
  for (let i = 0; i < clauses.length; i++) {
    if (anyMain && clauses[i].secondary) continue;
    // Higher is more telling: the clause's pull toward the class that was chosen.
    const pull = taskClass === "specialized" ? clauseLogits[i] : taskClass === "democratized" ? splits[i].score : -splits[i].score;
    if (best < 0 || pull > bestPull) {
      best = i;
      bestPull = pull;
    }
  }
  return best;
}

/** A main clause that pulls clearly the other way, named in the rationale. */
function dissent(
  parsed: ParsedTask,
  clauseLogits: readonly number[],
  hits: readonly RuleHit[],
  splits: ReturnType<typeof splitTask>["clauses"],
  taskClass: TaskClass,
  deciding: number | null,
): { verb: string; toward: TaskClass } | null {
  const { clauses } = parsed;
  for (let i = 0; i < clauses.length; i++) {
    const clause = clauses[i];
    if (i === deciding || clause.secondary || clause.verbs.length === 0) continue;
    // On its own this part would not be specialized: its score with the bias is below zero.
    if (taskClass === "specialized" && MODEL.bias + clauseLogits[i] < 0) {
      return { verb: writtenAs(parsed, clause.verbs[0]), toward: splits[i].score < 0 ? "automatable" : "democratized" };
    }
    if (taskClass !== "specialized" && hits.some((h) => h.clause === i && !h.negated && h.weight >= 1)) {
      return { verb: writtenAs(parsed, clause.verbs[0]), toward: "specialized" };
    }
  }
  return null;
}
