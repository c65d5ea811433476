/**
 * Runs the atom evaluation: the GPTs-are-GPTs dev statements that O*NET links to work
 * activities, each with its O*NET-derived atom (onet-atom-map.ts), against classifyTask's atom.
 */
import { join } from "node:path";
import { classifyTask } from "../../app/analyzer/classify/index";
import { atomAgreement, type AtomAgreement, type AtomRow } from "./atom-agreement";
import { readTaskActivities } from "./onet-activities";
import { taskAtoms } from "./onet-atom-map";
import { readLabelledFile } from "./read-labelled";

export interface AtomEvaluation {
  agreement: AtomAgreement;
  /** Statements in the file, and how many O*NET links to activities. */
  statements: number;
  linked: number;
  rows: (AtomRow & { task: string })[];
}

export function evaluateAtoms(referenceDir: string): AtomEvaluation {
  const activities = readTaskActivities(join(referenceDir, "onet"));
  const file = readLabelledFile(join(referenceDir, "dev_gptsgpts.csv"), ["task_id", "task"]);
  const rows: (AtomRow & { task: string })[] = [];
  const seen = new Set<string>();
  for (const r of file.rows) {
    const atoms = taskAtoms(activities.get(r.task_id) ?? []);
    // One row per statement: the same task under two occupations is one task.
    if (atoms === null || seen.has(r.task_id)) continue;
    seen.add(r.task_id);
    rows.push({ task: r.task, reference: atoms.primary, any: atoms.all, predicted: classifyTask(r.task).atom });
  }
  return { agreement: atomAgreement(rows), statements: file.rows.length, linked: rows.length, rows };
}
