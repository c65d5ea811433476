/** The report's cover details per workspace (schema: report_covers). */
import { eq } from "drizzle-orm";
import type { Db } from "../connection";
import { reportCovers } from "../schema";

export interface StoredReportCover {
  preparedFor: string | null;
  preparedBy: string | null;
  logo: string | null;
  notes: Record<string, string>;
}

export function getStoredReportCover(db: Db, workspaceId: number): StoredReportCover | undefined {
  const row = db.select().from(reportCovers).where(eq(reportCovers.workspaceId, workspaceId)).get();
  if (!row) return undefined;
  let notes: Record<string, string> = {};
  try {
    const parsed = JSON.parse(row.notes) as unknown;
    if (parsed && typeof parsed === "object") notes = parsed as Record<string, string>;
  } catch {
    // A hand-edited row: no notes rather than no report.
  }
  return { preparedFor: row.preparedFor, preparedBy: row.preparedBy, logo: row.logo, notes };
}

export function saveReportCover(db: Db, workspaceId: number, cover: StoredReportCover): void {
  const values = { ...cover, notes: JSON.stringify(cover.notes), updatedAt: new Date().toISOString() };
  db.insert(reportCovers)
    .values({ workspaceId, ...values })
    .onConflictDoUpdate({ target: reportCovers.workspaceId, set: values })
    .run();
}
