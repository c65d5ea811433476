/**
 * Fits the calibration of log lines (app/analyzer/classify/index.ts, decision 184) and writes it,
 * with its training files' checksums and the held-out figures, to
 * app/analyzer/classify/fitted-log-lines.json (schema: log-line-calibration-file.ts).
 *
 * The statements' Platt scaling (fitted on O*NET statements) leaves log lines about half as sure
 * as they are right. Here the same two logits (specialized; automatable given exposed) of every
 * labelled timesheet line that the classifier reads as a log line are scaled on their own labels.
 * Held out by part: each labelled part (dev, held-out, fresh, second fresh) is scored with a
 * scaling fitted on the other parts. The classes do not change: only the probabilities and the
 * confidence. Run it after `npm run fit:classifier` (the logits come from the shipped model).
 * Deterministic: the same files and classifier give the same file, byte for byte.
 *
 *   npm run fit:log-lines [-- --check]
 */
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { FITTED_MODEL } from "../app/analyzer/classify/fitted-model";
import { CLASSIFIER_VERSION, classifyParsed, decisionLogits } from "../app/analyzer/classify/index";
import { isLogLine } from "../app/analyzer/classify/log-line";
import { LOG_LINE_FILE_FORMAT, LOG_LINE_FILE_VERSION, serializeLogLineFile, type LogLineFile } from "../app/analyzer/classify/log-line-calibration-file";
import { parseTask } from "../app/analyzer/classify/parse";
import type { TaskClass } from "../app/analyzer/taxonomy";
import { applyPlatt, calibrationReport, fitPlattSlope, type Platt } from "./lib/calibration";
import { writeOrCheck } from "./lib/fitted-output";
import { fileSha256, runLabelledScript } from "./lib/read-labelled";
import { FRESH_2_FILE, FRESH_FILE, PARTS, readTimesheetLines, TIMESHEET_FILE } from "./lib/timesheet-eval";

const OUTPUT = new URL("../app/analyzer/classify/fitted-log-lines.json", import.meta.url);
const FILES = [TIMESHEET_FILE, FRESH_FILE, FRESH_2_FILE];

interface Line {
  part: string;
  label: TaskClass;
  /** What the classifier reads (the same with any scaling). */
  read: TaskClass;
  specialized: number;
  split: number;
}

interface Scaling {
  specialized: Platt;
  split: Platt;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

function fitScaling(lines: readonly Line[]): Scaling {
  const exposed = lines.filter((l) => l.label !== "specialized");
  return {
    specialized: fitPlattSlope(
      lines.map((l) => l.specialized),
      lines.map((l) => (l.label === "specialized" ? 1 : 0)),
    ),
    split: fitPlattSlope(
      exposed.map((l) => l.split),
      exposed.map((l) => (l.label === "automatable" ? 1 : 0)),
    ),
  };
}

/** The three probabilities as the classifier forms them from a scaling. */
function probabilities(line: Line, scaling: Scaling): Record<TaskClass, number> {
  const specialized = applyPlatt(scaling.specialized, line.specialized);
  const automatable = (1 - specialized) * applyPlatt(scaling.split, line.split);
  return { specialized, automatable, democratized: 1 - specialized - automatable };
}

function heldOutPart(part: string, lines: readonly Line[], before: Scaling, after: Scaling) {
  const p0 = lines.map((l) => probabilities(l, before));
  const p1 = lines.map((l) => probabilities(l, after));
  const isSpecialized = lines.map((l) => l.label === "specialized");
  const right = lines.map((l) => l.read === l.label);
  const confidence = (ps: Record<TaskClass, number>[]) => ps.map((p, i) => p[lines[i].read]);
  return {
    part,
    lines: lines.length,
    eceSpecializedBefore: round(calibrationReport(p0.map((p) => p.specialized), isSpecialized).ece),
    eceSpecialized: round(calibrationReport(p1.map((p) => p.specialized), isSpecialized).ece),
    eceConfidenceBefore: round(calibrationReport(confidence(p0), right).ece),
    eceConfidence: round(calibrationReport(confidence(p1), right).ece),
    meanConfidenceBefore: round(mean(confidence(p0))),
    meanConfidence: round(mean(confidence(p1))),
    accuracy: round(mean(right.map((r) => (r ? 1 : 0)))),
  };
}

function main(): number {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { check: { type: "boolean", default: false } } });
  if (positionals.length > 0) {
    process.stderr.write("usage: npm run fit:log-lines [-- --check]\n");
    return 2;
  }
  const lines: Line[] = [];
  const training = FILES.map((path) => {
    const read = readTimesheetLines(path);
    let used = 0;
    for (const l of read) {
      const parsed = parseTask(l.task);
      if (!isLogLine(parsed)) continue;
      const logits = decisionLogits(parsed);
      lines.push({ part: l.part, label: l.label as TaskClass, read: classifyParsed(parsed).class, ...logits });
      used++;
    }
    return { file: basename(path), sha256: fileSha256(path), rows: used, use: "rubric labels of the lines read as log lines (4 content words or fewer)" };
  });

  const statements: Scaling = { specialized: FITTED_MODEL.specialized.calibration, split: FITTED_MODEL.split.calibration };
  const heldOut = PARTS.filter((part) => lines.some((l) => l.part === part)).map((part) =>
    heldOutPart(
      part,
      lines.filter((l) => l.part === part),
      statements,
      fitScaling(lines.filter((l) => l.part !== part)),
    ),
  );
  const scaling = fitScaling(lines);
  const fitted: LogLineFile = {
    format: LOG_LINE_FILE_FORMAT,
    version: LOG_LINE_FILE_VERSION,
    training,
    classifierVersion: CLASSIFIER_VERSION,
    specialized: { slope: round(scaling.specialized.slope), intercept: round(scaling.specialized.intercept) },
    split: { slope: round(scaling.split.slope), intercept: round(scaling.split.intercept) },
    heldOut,
  };
  const text = serializeLogLineFile(fitted);
  process.stdout.write(
    `log lines: ${lines.length} labelled lines read as log lines; p_specialized = sigmoid(${fitted.specialized.slope} z + ${fitted.specialized.intercept}), ` +
      `p(automatable | exposed) = sigmoid(${fitted.split.slope} z + ${fitted.split.intercept})\n` +
      heldOut
        .map(
          (h) =>
            `  ${h.part} held out (${h.lines}): ECE p_specialized ${h.eceSpecializedBefore.toFixed(3)} -> ${h.eceSpecialized.toFixed(3)}, ` +
            `ECE confidence ${h.eceConfidenceBefore.toFixed(3)} -> ${h.eceConfidence.toFixed(3)}, mean confidence ${h.meanConfidenceBefore.toFixed(2)} -> ${h.meanConfidence.toFixed(2)} (read right: ${h.accuracy.toFixed(2)})\n`,
        )
        .join(""),
  );
  return writeOrCheck(OUTPUT, text, values.check!);
}

runLabelledScript(main);
