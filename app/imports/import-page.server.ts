/**
 * Server side of /w/:workspace/import: the upload is streamed to a temp file, checked in
 * full (preview + every problem), and imported on a second request through the same path
 * as the CLI.
 */
import {
  data,
  unstable_composeUploadHandlers,
  unstable_createMemoryUploadHandler,
  unstable_parseMultipartFormData,
  type UploadHandler,
} from "@remix-run/node";
import { basename } from "node:path";
import { z } from "zod";
import { listImports } from "../../db/queries/imports";
import { requireWorkspace } from "../access.server";
import { getConnection } from "../db.server";
import { importFile, toSummary } from "./import-file.server";
import { previewFile } from "./preview-file.server";
import { fileSource } from "./source.server";
import type { FilePreview, ImportOutcome } from "./types";
import { findUpload, maxUploadBytes, rememberUpload, removeUpload, saveUpload, UploadTooLarge } from "./uploads.server";

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
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) return checkUpload(request, access);

  const parsed = ImportFormSchema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return data<ImportActionData>({ intent: "error", message: "That form was not understood; upload the file again." }, { status: 400 });
  const upload = await findUpload(parsed.data.token, access.workspace.id);
  if (!upload) {
    return data<ImportActionData>({ intent: "error", message: "This upload has expired or was already imported; upload the file again." }, { status: 410 });
  }
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
  } finally {
    await removeUpload(upload.token);
  }
}

async function checkUpload(request: Request, access: Awaited<ReturnType<typeof requireWorkspace>>) {
  let saved: { token: string; path: string; size: number; fileName: string } | undefined;
  const fileHandler: UploadHandler = async ({ name, filename, data: bytes }) => {
    if (name !== "file" || !filename) return undefined;
    const result = await saveUpload(bytes, maxUploadBytes());
    saved = { ...result, fileName: basename(filename.replace(/\\/g, "/")) };
    return result.token;
  };
  let form: FormData;
  try {
    form = await unstable_parseMultipartFormData(
      request,
      unstable_composeUploadHandlers(fileHandler, unstable_createMemoryUploadHandler({ maxPartSize: 10_000 })),
    );
  } catch (error) {
    if (error instanceof UploadTooLarge) return data<ImportActionData>({ intent: "error", message: error.message }, { status: 413 });
    throw error;
  }
  const kind = KindSchema.safeParse(form.get("kind"));
  if (!saved || !kind.success) {
    if (saved) await removeUpload(saved.token);
    const message = !kind.success ? kind.error.issues[0].message : "Choose a CSV file to upload.";
    return data<ImportActionData>({ intent: "error", message }, { status: 400 });
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
