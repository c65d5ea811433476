/**
 * The report's editable cover: read for every form of the report, saved from the report page by
 * editors and administrators (each change audited, without the texts themselves).
 */
import type { Db } from "../../db/connection";
import { recordAudit } from "../../db/queries/audit";
import { getStoredReportCover, saveReportCover } from "../../db/queries/report-cover";
import { EMPTY_COVER, REPORT_SECTIONS, type CoverInput, type ReportCover, type ReportSectionId } from "./cover";

export function getReportCover(db: Db, workspaceId: number): ReportCover {
  const stored = getStoredReportCover(db, workspaceId);
  if (!stored) return EMPTY_COVER;
  const ids = new Set<string>(REPORT_SECTIONS.map(([id]) => id));
  const notes: Partial<Record<ReportSectionId, string>> = {};
  for (const [id, text] of Object.entries(stored.notes)) if (ids.has(id) && typeof text === "string" && text) notes[id as ReportSectionId] = text;
  return { preparedFor: stored.preparedFor, preparedBy: stored.preparedBy, logo: stored.logo, notes };
}

export function saveCover(db: Db, workspace: { id: number; slug: string }, actor: { label: string; userId: number | null }, input: CoverInput): void {
  const before = getReportCover(db, workspace.id);
  const logo = input.logo === undefined ? before.logo : input.logo;
  db.transaction((tx) => {
    saveReportCover(tx, workspace.id, { preparedFor: input.preparedFor || null, preparedBy: input.preparedBy || null, logo, notes: input.notes });
    recordAudit(tx, {
      workspaceId: workspace.id,
      workspaceSlug: workspace.slug,
      actor: actor.label,
      actorUserId: actor.userId,
      action: "report.cover",
      detail: {
        changed: [
          (input.preparedFor || null) !== before.preparedFor ? "preparedFor" : null,
          (input.preparedBy || null) !== before.preparedBy ? "preparedBy" : null,
          logo !== before.logo ? (logo ? "logo" : "logo removed") : null,
          JSON.stringify(input.notes) !== JSON.stringify(before.notes) ? "notes" : null,
        ].filter(Boolean),
      },
    });
  });
}
