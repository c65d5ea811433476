import type Database from "better-sqlite3";
import type { Classification } from "../../app/analyzer/taxonomy";

export type Classify = (text: string) => Classification;
/**
 * Many texts at once, results in order: the real classifier reads them through wink-nlp in
 * batches, on every core for a large job (`total`: the texts of the whole job, this call's included).
 */
export type ClassifyMany = (texts: readonly string[], total: number) => Classification[];

/** Texts classified per call of ClassifyMany (and per progress report). */
const CHUNK = 4096;

/**
 * Classifies every task text of the workspace that this classifier version has not seen yet.
 * task_texts holds one row per distinct normalized text, so each distinct text is classified
 * exactly once however many log rows use it. Returns how many texts were classified.
 * With `classifyMany`, the texts go to it 4,096 at a time instead of one by one to `classify`.
 */
export function classifyPendingTexts(
  sqlite: Database.Database,
  workspaceId: number,
  classify: Classify,
  classifierVersion: string,
  onProgress?: (done: number, total: number) => void,
  classifyMany?: ClassifyMany,
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
  for (let from = 0; from < pending.length; from += CHUNK) {
    const rows = pending.slice(from, from + CHUNK);
    const results = classifyMany ? classifyMany(rows.map((row) => row.text), pending.length) : rows.map((row) => classify(row.text));
    rows.forEach((row, i) => {
      const c = results[i];
      const p = c.probabilities;
      update.run(c.class, c.confidence, p.automatable, p.democratized, p.specialized, c.atom, JSON.stringify(c.cues), c.rationale, classifierVersion, row.id);
    });
    onProgress?.(from + rows.length, pending.length);
  }
  return pending.length;
}
