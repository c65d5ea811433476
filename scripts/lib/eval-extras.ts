/**
 * What `npm run eval` prints beyond agreement (issue 11 §1–2): automatable-vs-not kappa beside
 * the hand-written lexicon of classifier 1.1.0 and GPT-4's rating, and the calibration of the
 * probabilities (ECE over 10 bins with the reliability table).
 */
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { decideSpecialized } from "../../app/analyzer/classify/decide";
import { splitTask } from "../../app/analyzer/classify/exposed-split";
import { compileModel } from "../../app/analyzer/classify/feature-scorer";
import { FITTED_MODEL } from "../../app/analyzer/classify/fitted-model";
import { agreement } from "../../app/analyzer/classify/metrics";
import { parseTask } from "../../app/analyzer/classify/parse";
import { ruleHits } from "../../app/analyzer/classify/rubric-rules";
import type { Classification, TaskClass } from "../../app/analyzer/taxonomy";
import { calibrationReport, formatReliability } from "./calibration";
import { readLabelledFile } from "./read-labelled";
import { gpt4Target } from "./split-model";

const SPECIALIZED = compileModel(FITTED_MODEL.specialized.bias, FITTED_MODEL.specialized.weights);

/** Classifier 1.1.0's class: the same specialized decision, the hand-written rubric for the split. */
export function lexiconClass(text: string): TaskClass {
  const parsed = parseTask(text);
  const decision = decideSpecialized(parsed, ruleHits(parsed), SPECIALIZED);
  if (decision.specialized) return "specialized";
  const split = splitTask(parsed).score;
  const pSpecialized = 1 / (1 + Math.exp(-decision.logit));
  const score = split !== 0 ? split : pSpecialized < 0.25 ? -0.5 : 0.5;
  return score < 0 ? "automatable" : "democratized";
}

const AUT = ["automatable", "not"];
const autOrNot = (c: string) => (c === "automatable" ? "automatable" : "not");

/** Automatable vs not, for a file labelled automatable/democratized(/specialized). */
export function automatableReport(path: string, rows: readonly { task: string; label: string; task_id?: string }[], results: readonly Classification[]): string {
  const truth = rows.map((r) => autOrNot(r.label));
  const k = (predicted: string[]) => agreement(truth, predicted, AUT).kappa.toFixed(3);
  const lines = [`automatable vs not (democratized and specialized count as not), Cohen's kappa on ${rows.length} rows:`];
  lines.push(`  this classifier: ${k(results.map((r) => autOrNot(r.class)))}`);
  const fitted = FITTED_MODEL.split;
  lines.push(`  this classifier, ${fitted.crossValidation.folds}-fold cross-validated on ${fitted.training[0].file} (grouped by normalized text): ${fitted.crossValidation.kappa.toFixed(3)} (per fold ${fitted.crossValidation.foldKappaMean.toFixed(3)} ± ${fitted.crossValidation.foldKappaSd.toFixed(3)})`);
  lines.push(`  the hand-written lexicon (classifier 1.1.0): ${k(rows.map((r) => autOrNot(lexiconClass(r.task))))}`);
  const gpt4Path = join(dirname(path), "dev_gpt4_automation.csv");
  if (rows.every((r) => r.task_id) && existsSync(gpt4Path)) {
    const rating = new Map(readLabelledFile(gpt4Path, ["task_id", "gpt4_automation"]).rows.map((r) => [r.task_id, r.gpt4_automation ?? ""]));
    const rated = rows.map((r) => gpt4Target(rating.get(r.task_id!) ?? ""));
    const have = rated.flatMap((t, i) => (t === null ? [] : [i]));
    if (have.length > 0) {
      const kappa = agreement(
        have.map((i) => truth[i]),
        have.map((i) => (rated[i] === 1 ? "automatable" : "not")),
        AUT,
      ).kappa;
      lines.push(`  GPT-4's automation rating (T3 or T4 = automatable), ${have.length} rows with a rating: ${kappa.toFixed(3)}`);
    }
  }
  lines.push("  the data's own ceiling (one task's label from one release to the next, reference README): ≈ 0.33");
  return lines.join("\n");
}

/** ECE and reliability of one class's probability against the file's labels. */
export function calibrationText(title: string, probabilities: readonly number[], outcomes: readonly boolean[]): string {
  return `${title}\n${formatReliability(calibrationReport(probabilities, outcomes))}`;
}

/** The held-out calibration stored in the model file by the fitting script. */
export function storedCalibrationText(which: "specialized" | "split"): string {
  const model = FITTED_MODEL[which];
  const c = model.calibration;
  const name = which === "specialized" ? "p_specialized" : "p_automatable given AI-exposed";
  const lines = [
    `${name}, held out (${c.scoredOn}): ECE ${c.eceBefore.toFixed(3)} before Platt scaling, ${c.ece.toFixed(3)} after`,
    "  predicted bin     rows   mean predicted   observed",
    ...c.reliability.map(([from, n, predicted, observed]) => `  ${from.toFixed(1)}–${(from + 0.1).toFixed(1)}       ${String(n).padStart(6)}   ${n ? predicted.toFixed(3).padStart(14) : "             –"}   ${n ? observed.toFixed(3).padStart(8) : "       –"}`),
  ];
  return lines.join("\n");
}
