/**
 * The report's downloads behind /w/:workspace/report.pdf (and the other formats): a viewer of the
 * workspace gets the file for the filter and scenario in the URL, and an audit event records who
 * downloaded what, as for CSV exports. A non-member gets 404 (requireWorkspace).
 */
import type { Params } from "@remix-run/react";
import { recordAudit } from "../../db/queries/audit";
import { requireWorkspace } from "../access.server";
import { getDb } from "../db.server";
import { reportQuery } from "./load-report.server";
import type { ReportView } from "./report.server";

export interface ReportFile {
  body: Uint8Array | string;
  contentType: string;
  /** File name without the workspace prefix, e.g. "report.pdf". */
  name: string;
}

const text = (message: string, status: number) =>
  new Response(message.endsWith("\n") ? message : `${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * Access check, query, audit, then `render`. A render that fails with a message for the user
 * (no Chromium) becomes a 503 that says how to get one.
 */
export async function reportDownload(
  request: Request,
  params: Params,
  format: string,
  render: (view: ReportView) => Promise<ReportFile> | ReportFile,
  isUserError: (error: unknown) => error is Error = (_e): _e is Error => false,
): Promise<Response> {
  const access = await requireWorkspace(request, params.workspace, "viewer");
  const url = new URL(request.url);
  const query = reportQuery(access.workspace, url.searchParams);
  if (!query.ok) return text(`This link is not valid: ${query.message}.`, 400);
  const db = getDb();
  const view = query.load(db);
  let file: ReportFile;
  try {
    file = await render(view);
  } catch (error) {
    if (isUserError(error)) return text(error.message, 503);
    throw error;
  }
  recordAudit(db, {
    workspaceId: access.workspace.id,
    workspaceSlug: access.workspace.slug,
    actor: access.actor.label,
    actorUserId: access.actor.userId,
    action: "export.report",
    detail: { format, query: Object.fromEntries(url.searchParams) },
  });
  return new Response(typeof file.body === "string" ? file.body : new Blob([new Uint8Array(file.body)]), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${access.workspace.slug}-${file.name}"`,
    },
  });
}
