/**
 * Fits the classifier's specialized-vs-exposed weights and writes them, with the training file's
 * checksum, the settings, the cross-validated figures and the attribution, to
 * app/analyzer/classify/fitted-model.json (schema and serializer: model-file.ts).
 * Deterministic: the same file gives the same weights.
 *
 *   npm run fit:classifier -- /path/to/dev_gptsgpts.csv [--folds 10] [--check]
 *
 * Only fit on data whose licence allows shipping what is derived from it (the GPTs-are-GPTs
 * labels are MIT). `--check` fits and compares with the committed file instead of writing it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { extractTask } from "../app/analyzer/classify/extract";
import { MODEL_FILE_FORMAT, MODEL_FILE_VERSION, serializeModelFile, type ModelFile } from "../app/analyzer/classify/model-file";
import { crossValidate, FIT_SETTINGS, fitBinary, type TrainingItem } from "./lib/binary-model";
import { LabelledFileError, readLabelledFile, runLabelledScript } from "./lib/read-labelled";

const OUTPUT = new URL("../app/analyzer/classify/fitted-model.json", import.meta.url);

const ATTRIBUTION = [
  "Specialized-vs-exposed weights fitted on the human exposure labels of \"GPTs are GPTs\" (Eloundou, Manning, Mishkin, Rock, 2024, Science), repository openai/GPTs-are-GPTs, MIT License, Copyright (c) 2024 OpenAI.",
  "Task statements: O*NET database, U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), CC BY 4.0.",
  "Nothing here is derived from WORKBank (no licence: evaluation only).",
];

const round = (x: number) => Math.round(x * 1e4) / 1e4;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { folds: { type: "string", default: "10" }, check: { type: "boolean", default: false } },
  });
  const path = positionals[0];
  const folds = Number(values.folds);
  if (!path || !Number.isInteger(folds) || folds < 2) {
    process.stderr.write("usage: npm run fit:classifier -- FILE.csv [--folds N≥2] [--check]\n");
    return 2;
  }
  const file = readLabelledFile(path);
  const items: TrainingItem[] = [];
  file.rows.forEach((row, i) => {
    if (row.label !== "specialized" && row.label !== "ai_exposed") {
      throw new LabelledFileError(`${path}: line ${i + 2}, column 'label': expected 'specialized' or 'ai_exposed', found '${row.label}'`);
    }
    items.push({ key: row.task_id || row.task, extracted: extractTask(row.task ?? ""), specialized: row.label === "specialized" });
  });

  const cv = crossValidate(items, folds);
  const mean = cv.foldKappas.reduce((a, b) => a + b, 0) / cv.foldKappas.length;
  const sd = Math.sqrt(cv.foldKappas.reduce((a, k) => a + (k - mean) ** 2, 0) / cv.foldKappas.length);
  const model = fitBinary(items);
  const weights = [...model.weights]
    .map(([f, w]): [string, number] => [f, round(w)])
    .filter(([, w]) => w !== 0)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

  const fitted: ModelFile = {
    format: MODEL_FILE_FORMAT,
    version: MODEL_FILE_VERSION,
    attribution: ATTRIBUTION,
    specialized: {
      target: "specialized (vs AI-exposed)",
      trainedOn: basename(path),
      trainingSha256: file.sha256,
      rows: items.length,
      settings: { ...FIT_SETTINGS },
      crossValidation: {
        folds,
        groupedBy: "task_id",
        kappa: round(cv.pooled.kappa),
        accuracy: round(cv.pooled.accuracy),
        macroF1: round(cv.pooled.macroF1),
        foldKappaMean: round(mean),
        foldKappaSd: round(sd),
      },
      bias: round(model.bias),
      weights,
    },
  };
  const text = serializeModelFile(fitted);

  process.stdout.write(
    `${items.length} rows, ${weights.length} weighted features\n` +
      `${folds}-fold cross-validation (held-out predictions pooled): kappa ${cv.pooled.kappa.toFixed(3)}, ` +
      `accuracy ${cv.pooled.accuracy.toFixed(3)}, macro-F1 ${cv.pooled.macroF1.toFixed(3)} ` +
      `(per fold: kappa ${mean.toFixed(3)} ± ${sd.toFixed(3)})\n`,
  );
  if (values.check) {
    const same = readFileSync(OUTPUT, "utf8") === text;
    process.stdout.write(same ? "fitted-model.json is up to date\n" : "fitted-model.json differs from a fresh fit\n");
    return same ? 0 : 1;
  }
  writeFileSync(OUTPUT, text);
  process.stdout.write(`wrote ${OUTPUT.pathname}\n`);
  return 0;
}

runLabelledScript(main);
