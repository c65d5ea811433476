import type Database from "better-sqlite3";
import type { Classification } from "../../app/analyzer/taxonomy";

export type Classify = (text: string) => Classification;

/**
 * Classifies every task text of the workspace that this classifier version has not seen yet.
 * task_texts holds one row per distinct normalized text, so each distinct text is classified
 * exactly once however many log rows use it. Returns how many texts were classified.
 */
export function classifyPendingTexts(
  sqlite: Database.Database,
  workspaceId: number,
  classify: Classify,
  classifierVersion: string,
  onProgress?: (done: number, total: number) => void,
): number {
  const pending = sqlite
    .prepare<[number, string], { id: number; text: string }>(
      `SELECT id, text FROM task_texts
       WHERE workspace_id = ? AND (classifier_version IS NULL OR classifier_version <> ?)
       ORDER BY id`,
    )
    .all(workspaceId, classifierVersion);
  const update = sqlite.prepare(
    `UPDATE task_texts SET class = ?, confidence = ?, p_automatable = ?, p_democratized = ?, p_specialized = ?, atom = ?, cues = ?, rationale = ?, classifier_version = ?
     WHERE id = ?`,
  );
  pending.forEach((row, i) => {
    const c = classify(row.text);
    const p = c.probabilities;
    update.run(c.class, c.confidence, p.automatable, p.democratized, p.specialized, c.atom, JSON.stringify(c.cues), c.rationale, classifierVersion, row.id);
    if (onProgress && (i % 1000 === 999 || i === pending.length - 1)) onProgress(i + 1, pending.length);
  });
  return pending.length;
}
