/**
 * Scoring the classifier against labelled rows. Two label sets are understood:
 * - the three classes (automatable / democratized / specialized), scored as they are;
 * - `specialized` vs `ai_exposed` (GPTs-are-GPTs style), where automatable and democratized
 *   predictions both count as `ai_exposed`.
 */
import { classifyTask } from "../../app/analyzer/classify/index";
import { agreement, type Agreement } from "../../app/analyzer/classify/metrics";
import { TASK_CLASSES, type Classification } from "../../app/analyzer/taxonomy";

export type Scheme = "three-class" | "binary";

export interface Evaluation {
  scheme: Scheme;
  result: Agreement;
  /** For three-class files: the same predictions collapsed to specialized vs exposed. */
  collapsed?: Agreement;
  /** Every row's classification, in file order (for the calibration figures). */
  results: Classification[];
}

const BINARY = ["specialized", "ai_exposed"];
const toBinary = (label: string) => (label === "specialized" ? "specialized" : "ai_exposed");

/** Throws with the first offending line when a label is neither scheme's. */
export function evaluateRows(rows: readonly { task: string; label: string }[]): Evaluation {
  const labels = new Set(rows.map((r) => r.label));
  const binary = [...labels].every((l) => BINARY.includes(l));
  const known: readonly string[] = binary ? BINARY : TASK_CLASSES;
  const bad = rows.findIndex((r) => !known.includes(r.label));
  if (bad >= 0) {
    throw new Error(`line ${bad + 2}, column 'label': expected one of ${[...TASK_CLASSES, "ai_exposed"].join(", ")}, found '${rows[bad].label}'`);
  }
  const results = rows.map((r) => classifyTask(r.task));
  const predicted = results.map((r) => r.class as string);
  const truth = rows.map((r) => r.label);
  if (binary) return { scheme: "binary", result: agreement(truth, predicted.map(toBinary), BINARY), results };
  return {
    scheme: "three-class",
    results,
    result: agreement(truth, predicted, TASK_CLASSES),
    collapsed: agreement(truth.map(toBinary), predicted.map(toBinary), BINARY),
  };
}

export function formatAgreement(a: Agreement): string {
  const width = Math.max(12, ...a.labels.map((l) => l.length)) + 2;
  const pad = (s: string) => s.padStart(width);
  const lines = [
    `rows ${a.n}   accuracy ${a.accuracy.toFixed(3)}   Cohen's kappa ${a.kappa.toFixed(3)}   macro-F1 ${a.macroF1.toFixed(3)}`,
    "confusion matrix (rows: label in the file, columns: classifier):",
    pad("") + a.labels.map(pad).join(""),
    ...a.labels.map((l, i) => pad(l) + a.matrix[i].map((v) => pad(String(v))).join("")),
  ];
  return lines.join("\n");
}
