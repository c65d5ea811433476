/**
 * Scores the classifier on a labelled CSV (columns `task`, `label`).
 *
 *   npm run eval -- FILE [--contains COLUMN=TEXT]
 *   npm run eval [-- --reference DIR] [--misses]
 *
 * Without a FILE it runs the suite (scripts/lib/eval-suite.ts): the labelled timesheet lines
 * and the atom agreement with O*NET work activities (reference files in DIR, by default the
 * first of ../shared/reference and ../../shared/reference that exists).
 *
 * `--contains` keeps only rows whose COLUMN contains TEXT, e.g. WORKBank's expert-unanimous
 * subset: --contains source_rating=expert_unanimous_class=1
 */
import { parseArgs } from "node:util";
import { FITTED_MODEL } from "../app/analyzer/classify/fitted-model";
import { automatableReport, calibrationText, storedCalibrationText } from "./lib/eval-extras";
import { evaluateRows, formatAgreement } from "./lib/evaluate";
import { runSuite } from "./lib/eval-suite";
import { LabelledFileError, readLabelledFile, runLabelledScript } from "./lib/read-labelled";

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { contains: { type: "string" }, reference: { type: "string" }, misses: { type: "boolean" } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\nusage: npm run eval -- FILE.csv [--contains COLUMN=TEXT], or npm run eval [-- --reference DIR] [--misses]\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const path = positionals[0];
  if (!path && !values.contains) return runSuite({ reference: values.reference, misses: values.misses ?? false });
  if (!path || positionals.length > 1) {
    process.stderr.write("usage: npm run eval -- FILE.csv [--contains COLUMN=TEXT], or npm run eval [-- --reference DIR] [--misses]\n");
    return 2;
  }
  const file = readLabelledFile(path);
  let rows = file.rows;
  if (values.contains) {
    const at = values.contains.indexOf("=");
    const column = values.contains.slice(0, at);
    const text = values.contains.slice(at + 1);
    if (at <= 0 || !file.columns.includes(column)) {
      throw new LabelledFileError(`${path}: --contains needs COLUMN=TEXT with a column of the file (found: ${file.columns.join(", ")})`);
    }
    rows = rows.filter((r) => (r[column] ?? "").includes(text));
    process.stdout.write(`kept ${rows.length} of ${file.rows.length} rows whose '${column}' contains '${text}'\n`);
  }
  let evaluation;
  let labelled: { task: string; label: string; task_id?: string }[] = [];
  try {
    evaluation = evaluateRows(rows.map((r) => ({ task: r.task ?? "", label: r.label ?? "" })));
    labelled = rows.map((r) => ({ task: r.task ?? "", label: r.label ?? "", task_id: r.task_id }));
  } catch (error) {
    throw new LabelledFileError(`${path}: ${(error as Error).message}`);
  }
  const fittedOn = [FITTED_MODEL.specialized, FITTED_MODEL.split].find((m) => m.training.some((t) => t.sha256 === file.sha256));
  if (fittedOn) {
    const cv = fittedOn.crossValidation;
    process.stdout.write(
      `\nWARNING: this is a file the shipped weights were fitted on (sha256 ${file.sha256.slice(0, 12)}…).\n` +
        `The figures below measure memory, not quality. The honest figure is the ${cv.folds}-fold cross-validation\n` +
        `from the fitting script: kappa ${cv.kappa}, accuracy ${cv.accuracy}, macro-F1 ${cv.macroF1}.\n\n`,
    );
  }
  const title = evaluation.scheme === "binary" ? "specialized vs ai_exposed (automatable + democratized count as ai_exposed)" : "three classes";
  process.stdout.write(`${path}: ${title}\n${formatAgreement(evaluation.result)}\n`);
  if (evaluation.collapsed) {
    process.stdout.write(`\nthe same predictions, specialized vs exposed:\n${formatAgreement(evaluation.collapsed)}\n`);
  }
  const results = evaluation.results;
  const labels = new Set(labelled.map((r) => r.label));
  if (labels.has("automatable")) process.stdout.write(`\n${automatableReport(path, labelled, results)}\n`);
  // Calibration on this file's labels (memory when the model was fitted on it), then the held-out figures.
  const memory = fittedOn ? " (fitted on this file: memory, see the held-out figures below)" : "";
  if (labels.has("specialized") || labels.has("ai_exposed")) {
    process.stdout.write(`\n${calibrationText(`p_specialized against the file's labels${memory}:`, results.map((r) => r.probabilities.specialized), labelled.map((r) => r.label === "specialized"))}\n`);
  }
  if (labels.has("automatable")) {
    process.stdout.write(`\n${calibrationText(`p_automatable against the file's labels${memory}:`, results.map((r) => r.probabilities.automatable), labelled.map((r) => r.label === "automatable"))}\n`);
  }
  process.stdout.write(`\n${storedCalibrationText("specialized")}\n\n${storedCalibrationText("split")}\n`);
  return 0;
}

runLabelledScript(main);
