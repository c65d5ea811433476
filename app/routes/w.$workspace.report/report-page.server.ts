/**
 * The report page's loader and action. Loader: access (viewer), the filter, scenario and paper
 * from the URL, the view from the same query modules as the pages, and whether this server can
 * make the PDF. Action: editors and administrators save the cover (texts, notes, logo).
 */
import {
  data,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  MaxPartSizeExceededError,
  type UploadHandler,
} from "@remix-run/node";
import { requireWorkspace } from "../../access.server";
import { cachedFigures, type DashboardContext } from "../../dashboard/dashboard.server";
import { auditView } from "../../dashboard/page-cache.server";
import { getDb } from "../../db.server";
import { saveCover } from "../../report/cover.server";
import { reportQuery } from "../../report/load-report.server";
import { logoFromUpload, MAX_LOGO_BYTES } from "../../report/logo";
import { findChromium } from "../../report/pdf.server";
import { REPORT_SECTIONS, type ReportSectionId, validateCover, type CoverErrors } from "../../report/cover";

/**
 * `requestId` lets the page cache keep the view's audit record with the answer it stores: the
 * report shows the survey's figures ("People's readiness"), so every view of it is audited like
 * the Capabilities page's, also one answered from the cache (decision 168).
 */
export function loadReportPage(ctx: DashboardContext, requestId?: string) {
  const query = reportQuery(ctx.access.workspace, ctx.url.searchParams);
  if (!query.ok) throw data({ message: `This link is not valid: ${query.message}.` }, { status: 400 });
  // Building the view reads what the six pages read (seconds at 3,000 roles): keep it per
  // database revision and URL like their figures; the date is in the key so it turns at midnight.
  const view = cachedFigures(ctx, `report|${new Date().toISOString().slice(0, 10)}`, () => query.load(ctx.db));
  if (view.readiness.surveyed) {
    const { access } = ctx;
    auditView(ctx.db, requestId, {
      workspaceId: access.workspace.id,
      workspaceSlug: access.workspace.slug,
      actor: access.actor.label,
      actorUserId: access.actor.userId,
      action: "survey.view",
      detail: { page: "report", query: Object.fromEntries(ctx.url.searchParams) },
    });
  }
  let pdfProblem: string | null = null;
  try {
    findChromium();
  } catch (error) {
    pdfProblem = (error as Error).message;
  }
  return { shell: ctx.shell, canEdit: ctx.access.role !== "viewer", view, pdfProblem };
}

export type CoverActionData = { ok: true; message: string } | { ok: false; errors: CoverErrors };

export async function saveCoverAction(request: Request, slug: string | undefined) {
  const access = await requireWorkspace(request, slug, "editor");
  let logoBytes: { name: string; bytes: Uint8Array } | undefined;
  const logoHandler: UploadHandler = async ({ name, filename, data: stream }) => {
    if (name !== "logo" || !filename) return undefined;
    const chunks: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of stream) {
      size += chunk.length;
      // Stop reading early: the limit is small and the rest would only fill memory.
      if (size > MAX_LOGO_BYTES) throw new MaxPartSizeExceededError(name, MAX_LOGO_BYTES);
      chunks.push(chunk);
    }
    logoBytes = { name: filename, bytes: Buffer.concat(chunks) };
    return filename;
  };
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(request, unstable_composeUploadHandlers(logoHandler, unstable_createMemoryUploadHandler({ maxPartSize: 20_000 })));
  } catch (error) {
    if (error instanceof MaxPartSizeExceededError) {
      return data<CoverActionData>({ ok: false, errors: { logo: `The logo is larger than ${MAX_LOGO_BYTES / 1024} KB.` } }, { status: 413 });
    }
    throw error;
  }
  const field = (name: string) => String(form.get(name) ?? "");
  let logo: string | null | undefined;
  if (form.get("removeLogo") === "on") logo = null;
  else if (logoBytes) {
    const result = logoFromUpload(logoBytes.name, logoBytes.bytes);
    if (!result.ok) return data<CoverActionData>({ ok: false, errors: { logo: result.message } }, { status: 400 });
    logo = result.dataUrl;
  }
  const notes: Partial<Record<ReportSectionId, string>> = {};
  for (const [id] of REPORT_SECTIONS) notes[id] = field(`note-${id}`);
  const valid = validateCover({ preparedFor: field("preparedFor"), preparedBy: field("preparedBy"), notes, logo });
  if (!valid.ok) return data<CoverActionData>({ ok: false, errors: valid.errors }, { status: 400 });
  saveCover(getDb(), access.workspace, access.actor, valid.cover);
  return data<CoverActionData>({ ok: true, message: "Cover and notes saved." });
}
