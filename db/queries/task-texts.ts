import { and, eq } from "drizzle-orm";
import type { Db } from "../connection";
import { taskTexts } from "../schema";

export interface TaskTextRef {
  id: number;
  norm: string;
  text: string;
}

/**
 * One task text of a workspace by id; undefined when the id is unknown or belongs to another
 * workspace (forms carry ids, and an id is only meaningful inside its workspace).
 */
export function getTaskText(db: Db, workspaceId: number, textId: number): TaskTextRef | undefined {
  return db
    .select({ id: taskTexts.id, norm: taskTexts.norm, text: taskTexts.text })
    .from(taskTexts)
    .where(and(eq(taskTexts.workspaceId, workspaceId), eq(taskTexts.id, textId)))
    .get();
}
