/**
 * Server side of /w/:workspace/import: the upload is streamed to a temp file, checked in
 * full (preview + every problem), and imported on a second request through the same path
 * as the CLI.
 */
import { data } from "@remix-run/node";
import { z } from "zod";
import { listImports } from "../../db/queries/imports";
import { isBusyError } from "../../db/write-lock";
import { requireWorkspace } from "../access.server";
import { getConnection } from "../db.server";
import { importFile, toSummary } from "./import-file.server";
import { previewFile } from "./preview-file.server";
import { fileSource } from "./source.server";
import type { FilePreview, ImportOutcome } from "./types";
import { receiveUpload, UploadRefused } from "./upload-form.server";
import { findUpload, maxUploadBytes, rememberUpload, removeUpload } from "./uploads.server";

export type ImportActionData =
  | { intent: "preview"; preview: FilePreview; token: string | null }
  | { intent: "import"; outcome: ImportOutcome }
  | { intent: "error"; message: string };

export async function loadImportPage(request: Request, slug: string | undefined) {
  const { workspace } = await requireWorkspace(request, slug, "editor");
  return {
    workspace: { slug: workspace.slug, name: workspace.name },
    history: listImports(getConnection().db, workspace.id).map(toSummary),
    maxUploadMb: Math.round(maxUploadBytes() / 1048576),
  };
}

const KindSchema = z.enum(["jobs", "logs", "survey"], { message: "Choose what the file holds: job descriptions, task logs or survey responses." });
const ImportFormSchema = z.object({
  intent: z.literal("import"),
  token: z.string().regex(/^[0-9a-f]{32}$/),
  replace: z.enum(["1"]).optional(),
});

export async function importPageAction(request: Request, slug: string | undefined) {
  const access = await requireWorkspace(request, slug, "editor");
  const contentType = (request.headers.get("content-type") ?? "").toLowerCase();
  if (contentType.startsWith("multipart/form-data")) return checkUpload(request, access);
  if (!contentType.startsWith("application/x-www-form-urlencoded")) {
    return refused("That request was not a form this page sends: upload the file with the form above.", 415);
  }

  const parsed = ImportFormSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return refused("That form was not understood; upload the file again.", 400);
  const upload = await findUpload(parsed.data.token, access.workspace.id);
  if (!upload) return refused("This upload has expired or was already imported; upload the file again.", 410);
  try {
    const outcome = await importFile({
      connection: getConnection(),
      workspace: access.workspace,
      kind: upload.kind,
      source: fileSource(upload.path, upload.fileName),
      replace: parsed.data.replace === "1",
      actor: access.actor.label,
      actorUserId: access.actor.userId,
    });
    return data<ImportActionData>({ intent: "import", outcome });
  } catch (error) {
    // Another process (a CLI import, a restore) held the database past the wait: nothing landed.
    if (!isBusyError(error)) throw error;
    return refused("Another import is being written to this database right now, so nothing was imported. Try again when it has finished.", 503);
  } finally {
    await removeUpload(upload.token);
  }
}

function refused(message: string, status: number) {
  return data<ImportActionData>({ intent: "error", message }, { status });
}

async function checkUpload(request: Request, access: Awaited<ReturnType<typeof requireWorkspace>>) {
  let received;
  try {
    received = await receiveUpload(request, maxUploadBytes());
  } catch (error) {
    if (error instanceof UploadRefused) return refused(error.message, error.status);
    throw error;
  }
  const { file: saved, fields } = received;
  const kind = KindSchema.safeParse(fields.kind);
  if (!saved || !kind.success) {
    if (saved) await removeUpload(saved.token);
    return refused(!kind.success ? kind.error.issues[0].message : "Choose a CSV file to upload.", 400);
  }
  const preview = await previewFile({
    connection: getConnection(),
    workspace: access.workspace,
    kind: kind.data,
    source: fileSource(saved.path, saved.fileName),
  });
  if (preview.issueCount > 0) {
    await removeUpload(saved.token);
    return data<ImportActionData>({ intent: "preview", preview, token: null }, { status: 422 });
  }
  await rememberUpload({ token: saved.token, path: saved.path, workspaceId: access.workspace.id, kind: kind.data, fileName: saved.fileName, size: saved.size });
  return data<ImportActionData>({ intent: "preview", preview, token: saved.token });
}
