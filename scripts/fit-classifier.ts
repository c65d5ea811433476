/**
 * Fits the classifier's two models and writes them, with each training file's checksum, the
 * settings, the cross-validated figures, the calibration and the attribution, to
 * app/analyzer/classify/fitted-model.json (schema and serializer: model-file.ts):
 * - specialized vs AI-exposed: human exposure labels of GPTs-are-GPTs (MIT);
 * - automatable vs democratized: the Anthropic Economic Index usage label (CC-BY) plus GPT-4's
 *   automation rating of the GPTs-are-GPTs tasks (MIT), down-weighted as machine labels.
 * Both are cross-validated with one fold assignment by normalized text (decision 101), and their
 * probabilities calibrated by Platt scaling of the held-out logits (decision 102).
 * Deterministic: the same files give the same model, byte for byte.
 *
 *   npm run fit:classifier [-- --gpts FILE --aei FILE --gpt4 FILE] [--folds 10] [--check]
 *
 * The files default to ../shared/reference/ beside the checkout. Only fit on data whose licence
 * allows shipping what is derived from it (never WORKBank). `--check` compares instead of writing.
 */
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { extractTask, type Extracted } from "../app/analyzer/classify/extract";
import { MODEL_FILE_FORMAT, MODEL_FILE_VERSION, serializeModelFile, type ModelFile } from "../app/analyzer/classify/model-file";
import { normalizeTaskText } from "../app/analyzer/normalize";
import { FIT_SETTINGS, fitBinary, type TrainingItem } from "./lib/binary-model";
import { applyPlatt, calibrationReport, fitPlatt, type CalibrationReport, type Platt } from "./lib/calibration";
import { bestThreshold, crossFit, foldedAgreement, meanSd, predictsAutomatable } from "./lib/cross-fit";
import { REFERENCE_DIR, writeOrCheck } from "./lib/fitted-output";
import { LabelledFileError, readLabelledFile, runLabelledScript, type LabelledFile } from "./lib/read-labelled";
import { fitSplit, gpt4Target, SPLIT_SETTINGS, type SplitItem } from "./lib/split-model";

const OUTPUT = new URL("../app/analyzer/classify/fitted-model.json", import.meta.url);
/** Split logits tried as the automatable threshold (chosen by held-out kappa). */
const THRESHOLDS = [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5];

const ATTRIBUTION = [
  "Specialized-vs-exposed weights fitted on the human exposure labels of \"GPTs are GPTs\" (Eloundou, Manning, Mishkin, Rock, 2024, Science), repository openai/GPTs-are-GPTs, MIT License, Copyright (c) 2024 OpenAI.",
  "Automatable-vs-democratized weights fitted on the Anthropic Economic Index (Anthropic; Handa et al., 2025, \"Which Economic Tasks are Performed with AI? Evidence from Millions of Claude Conversations\", arXiv:2503.04761, and the Economic Index releases of 2025-09, 2026-01 and 2026-03), CC BY, and on GPT-4's automation ratings from openai/GPTs-are-GPTs (MIT).",
  "Task statements: O*NET database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), CC BY 4.0.",
  "Nothing here is derived from WORKBank (no licence: evaluation only).",
];

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const sorted = (weights: Map<string, number>) =>
  [...weights]
    .map(([f, w]): [string, number] => [f, round(w)])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      gpts: { type: "string", default: REFERENCE_DIR + "dev_gptsgpts.csv" },
      aei: { type: "string", default: REFERENCE_DIR + "dev_aei.csv" },
      gpt4: { type: "string", default: REFERENCE_DIR + "dev_gpt4_automation.csv" },
      folds: { type: "string", default: "10" },
      check: { type: "boolean", default: false },
    },
  });
  const folds = Number(values.folds);
  if (positionals.length > 0 || !Number.isInteger(folds) || folds < 2) {
    process.stderr.write("usage: npm run fit:classifier [-- --gpts FILE --aei FILE --gpt4 FILE] [--folds N≥2] [--check]\n");
    return 2;
  }
  const gpts = readLabelledFile(values.gpts!);
  const aei = readLabelledFile(values.aei!, ["task", "label", "automation_share"]);
  const gpt4 = readLabelledFile(values.gpt4!, ["task_id", "gpt4_automation"]);
  const extracted = new Map<string, Extracted>();
  const extract = (text: string) => {
    let e = extracted.get(text);
    if (e === undefined) extracted.set(text, (e = extractTask(text)));
    return e;
  };

  const specItems: TrainingItem[] = gpts.rows.map((row, i) => {
    if (row.label !== "specialized" && row.label !== "ai_exposed") {
      throw new LabelledFileError(`${gpts.path}: line ${i + 2}, column 'label': expected 'specialized' or 'ai_exposed', found '${row.label}'`);
    }
    const specialized = row.label === "specialized";
    // A soft target when FIT_SETTINGS.gpt4Share > 0: part of it from GPT-4's label of the task.
    const target = (1 - FIT_SETTINGS.gpt4Share) * (specialized ? 1 : 0) + FIT_SETTINGS.gpt4Share * (row.gpt4_label === "E0" ? 1 : 0);
    return { key: normalizeTaskText(row.task ?? ""), extracted: extract(row.task ?? ""), specialized, target };
  });
  const aeiItems: SplitItem[] = aei.rows.map((row, i) => {
    if (row.label !== "automatable" && row.label !== "democratized") {
      throw new LabelledFileError(`${aei.path}: line ${i + 2}, column 'label': expected 'automatable' or 'democratized', found '${row.label}'`);
    }
    return { group: normalizeTaskText(row.task ?? ""), extracted: extract(row.task ?? ""), y: row.label === "automatable" ? 1 : 0, weight: 1, source: "aei" };
  });
  const gpt4Items = gpt4Rows(gpts, gpt4, extract);
  const splitItems = [...aeiItems, ...gpt4Items];
  const settings = { ...SPLIT_SETTINGS };

  const cv = crossFit(specItems, splitItems, aeiItems, folds, settings);

  // Specialized vs exposed, held out.
  const specTruth = specItems.map((item) => (item.specialized ? "specialized" : "ai_exposed"));
  const specPred = cv.specialized.map((r) => (r.specialized ? "specialized" : "ai_exposed"));
  const specAgreement = foldedAgreement(
    cv.specialized.map((r) => r.fold),
    specTruth,
    specPred,
    ["specialized", "ai_exposed"],
  );
  const specCalibration = crossFittedCalibration(
    cv.specialized.map((r) => r.fold),
    cv.specialized.map((r) => r.specializedLogit),
    specItems.map((item) => item.specialized),
  );

  // Automatable vs not on the AEI rows, held out; the threshold of each fold chosen on the others.
  const automatable = aeiItems.map((item) => item.y === 1);
  const splitFolds = cv.split.map((r) => r.fold);
  const foldThreshold = new Map<number, number>();
  for (const k of new Set(splitFolds)) {
    const others = cv.split.flatMap((r, j) => (r.fold !== k ? [j] : []));
    foldThreshold.set(
      k,
      bestThreshold(
        others.map((j) => cv.split[j]),
        others.map((j) => automatable[j]),
        THRESHOLDS,
      ),
    );
  }
  const predicted = cv.split.map((row) => (predictsAutomatable(row, foldThreshold.get(row.fold)!) ? "automatable" : "not"));
  const splitAgreement = foldedAgreement(
    splitFolds,
    automatable.map((a) => (a ? "automatable" : "not")),
    predicted,
    ["automatable", "not"],
  );
  const threshold = bestThreshold(cv.split, automatable, THRESHOLDS);
  const splitCalibration = crossFittedCalibration(
    splitFolds,
    cv.split.map((r) => r.splitLogit),
    automatable,
  );

  const spec = fitBinary(specItems);
  const split = fitSplit(splitItems, settings);
  const source = (file: LabelledFile, rows: number, use: string) => ({ file: basename(file.path), sha256: file.sha256, rows, use });
  const crossValidation = (agreement: typeof specAgreement, scoredOn: string) => {
    const { mean, sd } = meanSd(agreement.foldKappas);
    return {
      folds,
      groupedBy: "normalized task text (the same text is never in train and test)",
      scoredOn,
      kappa: round(agreement.pooled.kappa),
      accuracy: round(agreement.pooled.accuracy),
      macroF1: round(agreement.pooled.macroF1),
      foldKappaMean: round(mean),
      foldKappaSd: round(sd),
    };
  };
  const fitted: ModelFile = {
    format: MODEL_FILE_FORMAT,
    version: MODEL_FILE_VERSION,
    attribution: ATTRIBUTION,
    specialized: {
      target: "specialized (vs AI-exposed)",
      training: [source(gpts, specItems.length, "human exposure labels (E0 = specialized)")],
      settings: { ...FIT_SETTINGS },
      crossValidation: crossValidation(specAgreement, `${basename(gpts.path)}: specialized vs AI-exposed, human labels`),
      calibration: { ...specCalibration.platt, scoredOn: `${basename(gpts.path)}, held-out logits`, ...specCalibration.figures },
      bias: round(spec.bias),
      weights: sorted(spec.weights),
    },
    split: {
      target: "automatable (vs democratized), for AI-exposed tasks",
      training: [
        source(aei, aeiItems.length, "usage label (automation share >= 0.5 = automatable), weight 1"),
        source(gpt4, gpt4Items.length, `GPT-4 automation rating of the AI-exposed GPTs-are-GPTs tasks (T3 or T4 = automatable), weight ${settings.gpt4Weight}`),
      ],
      settings,
      crossValidation: crossValidation(splitAgreement, `${basename(aei.path)}: automatable vs not (democratized and specialized count as not), the whole classifier`),
      calibration: { ...splitCalibration.platt, scoredOn: `${basename(aei.path)}, held-out logits`, ...splitCalibration.figures },
      bias: round(split.bias),
      weights: sorted(split.weights),
      lexiconWeight: settings.lexiconWeight,
      threshold,
    },
  };
  const text = serializeModelFile(fitted);

  const s = fitted.specialized.crossValidation;
  const a = fitted.split.crossValidation;
  process.stdout.write(
    `specialized vs exposed: ${specItems.length} rows, ${fitted.specialized.weights.length} weighted features\n` +
      `  ${folds}-fold cross-validation grouped by normalized text: kappa ${s.kappa.toFixed(3)}, accuracy ${s.accuracy.toFixed(3)}, ` +
      `macro-F1 ${s.macroF1.toFixed(3)} (per fold: kappa ${s.foldKappaMean.toFixed(3)} ± ${s.foldKappaSd.toFixed(3)})\n` +
      `  calibration (held out): ECE ${fitted.specialized.calibration.eceBefore.toFixed(3)} before, ${fitted.specialized.calibration.ece.toFixed(3)} after Platt scaling\n` +
      `automatable vs democratized: ${aeiItems.length} AEI rows + ${gpt4Items.length} GPT-4-rated rows, ${fitted.split.weights.length} weighted features, threshold ${threshold}\n` +
      `  automatable vs not on ${basename(aei.path)}, ${folds}-fold grouped: kappa ${a.kappa.toFixed(3)}, accuracy ${a.accuracy.toFixed(3)}, ` +
      `macro-F1 ${a.macroF1.toFixed(3)} (per fold: kappa ${a.foldKappaMean.toFixed(3)} ± ${a.foldKappaSd.toFixed(3)})\n` +
      `  calibration of p(automatable | exposed) (held out): ECE ${fitted.split.calibration.eceBefore.toFixed(3)} before, ${fitted.split.calibration.ece.toFixed(3)} after\n`,
  );
  return writeOrCheck(OUTPUT, text, values.check!);
}

/** GPT-4-rated rows: the AI-exposed tasks of the GPTs file (the split only applies to those). */
function gpt4Rows(gpts: LabelledFile, gpt4: LabelledFile, extract: (text: string) => Extracted): SplitItem[] {
  const rating = new Map<string, string>();
  gpt4.rows.forEach((row, i) => {
    if (gpt4Target(row.gpt4_automation ?? "") === null) {
      throw new LabelledFileError(`${gpt4.path}: line ${i + 2}, column 'gpt4_automation': expected T0 to T4, found '${row.gpt4_automation}'`);
    }
    rating.set(row.task_id ?? "", row.gpt4_automation ?? "");
  });
  const items: SplitItem[] = [];
  for (const row of gpts.rows) {
    const target = gpt4Target(rating.get(row.task_id ?? "") ?? "");
    if (row.label !== "ai_exposed" || target === null) continue;
    items.push({ group: normalizeTaskText(row.task ?? ""), extracted: extract(row.task ?? ""), y: target, weight: SPLIT_SETTINGS.gpt4Weight, source: "gpt4" });
  }
  return items;
}

/**
 * Platt scaling of held-out logits. The reported ECE is itself held out: each fold's rows are
 * scaled by a Platt fitted on the other folds' logits. The shipped scaling uses all of them.
 */
function crossFittedCalibration(folds: readonly number[], logits: readonly number[], outcomes: readonly boolean[]): { platt: Platt; figures: { eceBefore: number; ece: number; reliability: [number, number, number, number][] } } {
  const targets = outcomes.map((o) => (o ? 1 : 0));
  // One Platt per fold, not per row.
  const perFold = new Map<number, Platt>();
  for (const k of new Set(folds)) {
    const at = folds.flatMap((f, j) => (f !== k ? [j] : []));
    perFold.set(
      k,
      fitPlatt(
        at.map((j) => logits[j]),
        at.map((j) => targets[j]),
      ),
    );
  }
  const heldOut = logits.map((z, i) => applyPlatt(perFold.get(folds[i])!, z));
  const before: CalibrationReport = calibrationReport(logits.map(sigmoid), outcomes);
  const after = calibrationReport(heldOut, outcomes);
  const platt = fitPlatt(logits, targets);
  return {
    platt: { slope: round(platt.slope), intercept: round(platt.intercept) },
    figures: {
      eceBefore: round(before.ece),
      ece: round(after.ece),
      reliability: after.bins.map((b) => [round(b.from), b.n, round(b.predicted), round(b.observed)]),
    },
  };
}

runLabelledScript(main);
