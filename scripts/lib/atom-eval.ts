/**
 * Runs the atom evaluation: the GPTs-are-GPTs dev statements that O*NET links to work
 * activities, each with its O*NET-derived atom (onet-atom-map.ts), against classifyTask's atom.
 */
import { join } from "node:path";
import { classifyTask } from "../../app/analyzer/classify/index";
import { atomAgreement, type AtomAgreement, type AtomRow } from "./atom-agreement";
import type { Atom } from "../../app/analyzer/taxonomy";
import { ACTIVITY_LINKS, readTaskActivities } from "./onet-activities";
import { taskAtoms } from "./onet-atom-map";
import { readLabelledFile, type LabelledFile } from "./read-labelled";

export interface AtomEvaluation {
  agreement: AtomAgreement;
  /** Statements in the file, and how many O*NET links to activities. */
  statements: number;
  linked: number;
  rows: (AtomRow & { task: string })[];
}

export function evaluateAtoms(referenceDir: string): AtomEvaluation {
  const { file, linked } = linkedStatements(referenceDir);
  const rows = linked.map((s) => ({ ...s, predicted: classifyTask(s.task).atom }));
  return { agreement: atomAgreement(rows), statements: file.rows.length, linked: rows.length, rows };
}

/** A GPTs-are-GPTs dev statement that O*NET links to work activities, with its O*NET-derived atoms. */
export interface LinkedStatement {
  task: string;
  /** The atom most of its activities map to. */
  reference: Atom;
  /** Every atom its activities map to. */
  any: ReadonlySet<Atom>;
}

/** The statements the atom figures and the atom stage's fit are made of, one per task id. */
export function linkedStatements(referenceDir: string): { file: LabelledFile; activityFile: string; linked: LinkedStatement[] } {
  const activities = readTaskActivities(join(referenceDir, "onet"));
  const file = readLabelledFile(join(referenceDir, "dev_gptsgpts.csv"), ["task_id", "task"]);
  const linked: LinkedStatement[] = [];
  const seen = new Set<string>();
  for (const r of file.rows) {
    const atoms = taskAtoms(activities.get(r.task_id) ?? []);
    // One row per statement: the same task under two occupations is one task.
    if (atoms === null || seen.has(r.task_id)) continue;
    seen.add(r.task_id);
    linked.push({ task: r.task ?? "", reference: atoms.primary, any: atoms.all });
  }
  return { file, activityFile: join(referenceDir, "onet", ACTIVITY_LINKS), linked };
}
