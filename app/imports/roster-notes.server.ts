/** What a roster import's summary says about headcounts: which roles the roster and the job descriptions disagree on. */
import type { Db } from "../../db/connection";
import { listRoleHeadcounts } from "../../db/queries/roster";

export function rosterNotes(db: Db, workspaceId: number): string[] {
  const headcounts = listRoleHeadcounts(db, workspaceId);
  const fromRoster = headcounts.filter((h) => h.source === "roster").length;
  const notes = [`Headcount: ${fromRoster} role(s) now count people from the roster; ${headcounts.length - fromRoster} keep the job description's headcount`];
  const disagreeing = headcounts.filter((h) => h.disagrees);
  if (disagreeing.length) {
    const listed = disagreeing.slice(0, 10).map((h) => `${h.title} (roster ${h.fromRoster}, job description ${h.fromJobDescription})`);
    notes.push(
      `Headcount differs by more than 10 % for ${disagreeing.length} role(s): ${listed.join("; ")}${disagreeing.length > 10 ? "; …" : ""}`,
    );
  }
  return notes;
}
