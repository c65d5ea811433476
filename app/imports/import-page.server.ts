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
import { toSummary } from "./import-file.server";
import { importFileOffThread, previewFileOffThread } from "./off-thread.server";
import type { FilePreview, ImportKind, ImportOutcome } from "./types";
import { receiveUpload, UploadRefused } from "./upload-form.server";
import { findUpload, maxUploadBytes, rememberUpload, removeUpload, type PendingUpload } from "./uploads.server";
import { findImportMapping, saveImportMapping, type SavedMapping } from "../../db/queries/import-mappings";
import { headerKey, type ColumnSpec } from "../../importers/headers";
import { JOB_COLUMNS, LOG_COLUMNS } from "../../importers";
import { ROSTER_COLUMNS } from "../../importers/roster-table";
import { LOG_FORMATS, type LogFormatId } from "../../importers/tracker-formats";
import type { ReadChoices } from "./read-setup.server";

/** The form the page shows when a file's headers are not recognized: each Orbital field, a select of the file's columns. */
export interface MappingForm {
  token: string;
  kind: ImportKind;
  fileName: string;
  /** The file's header row, as written. */
  columns: string[];
  fields: { name: string; required: boolean; chosen: string }[];
  /** A saved mapping for files with these same headers, pre-filled. */
  saved: string | null;
  issues: FilePreview["issues"];
  issueCount: number;
}

export type ImportActionData =
  | {
      intent: "preview";
      preview: FilePreview;
      token: string | null;
      /** A workbook of several sheets keeps its upload so another sheet can be checked. */
      sheetChoice?: { token: string; sheets: string[]; current: string | null };
    }
  | { intent: "mapping"; form: MappingForm }
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

const KindSchema = z.enum(["jobs", "logs", "roster", "survey"], {
  message: "Choose what the file holds: job descriptions, task logs, a roster or survey responses.",
});
const ChoicesSchema = z.object({
  format: z.enum(["auto", ...LOG_FORMATS] as [string, ...string[]]).default("auto"),
  dateFormat: z.enum(["auto", "DMY", "MDY"]).default("auto"),
  skipUnknownPeople: z.enum(["1"]).optional(),
});
const SheetFormSchema = z.object({
  intent: z.literal("sheet"),
  token: z.string().regex(/^[0-9a-f]{32}$/),
  sheet: z.string().trim().min(1).max(200),
});
const MapFormSchema = z.object({
  intent: z.literal("map"),
  token: z.string().regex(/^[0-9a-f]{32}$/),
  saveAs: z.string().trim().max(100).optional(),
});

// A survey's headers are the questions themselves (matched tolerantly): it has no mapping form.
const COLUMNS: Record<Exclude<ImportKind, "survey">, readonly ColumnSpec[]> = { jobs: JOB_COLUMNS, logs: LOG_COLUMNS, roster: ROSTER_COLUMNS };
const headerRowKey = (columns: readonly string[]) => columns.map((c) => headerKey(c)).join("|");

function choicesOf(fields: Record<string, string>, kind: ImportKind): ReadChoices {
  const sheet = fields.sheet?.trim().slice(0, 200) || undefined;
  return { ...logChoicesOf(fields, kind), ...(sheet ? { sheet } : {}) };
}

function logChoicesOf(fields: Record<string, string>, kind: ImportKind): ReadChoices {
  const parsed = ChoicesSchema.safeParse({
    format: fields.format || undefined,
    dateFormat: fields.dateFormat || undefined,
    skipUnknownPeople: fields.skipUnknownPeople || undefined,
  });
  if (!parsed.success || kind !== "logs") return {};
  const { format, dateFormat, skipUnknownPeople } = parsed.data;
  return {
    format: format === "auto" ? null : (format as LogFormatId),
    dateOrder: dateFormat === "auto" ? null : dateFormat,
    skipUnknownPeople: skipUnknownPeople === "1",
  };
}

/** A refusal about the header row only (no row was read): the mapping form can fix it. */
const isHeaderRefusal = (preview: FilePreview) =>
  preview.issueCount > 0 && preview.rowsRead === 0 && preview.facts.header.length > 0 && !preview.facts.headerRefused;

function mappingForm(upload: PendingUpload & { kind: Exclude<ImportKind, "survey"> }, preview: FilePreview, saved: SavedMapping | undefined): MappingForm {
  const mapping = upload.choices?.mapping ?? saved?.mapping ?? {};
  return {
    token: upload.token,
    kind: upload.kind,
    fileName: upload.fileName,
    columns: preview.facts.header.map((c) => c.trim()).filter(Boolean),
    fields: COLUMNS[upload.kind].map((c) => ({ name: c.name, required: c.required, chosen: mapping[c.name] ?? "" })),
    saved: upload.choices?.mapping ? null : (saved?.name ?? null),
    issues: preview.issues,
    issueCount: preview.issueCount,
  };
}
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

  const form = await request.formData();
  if (form.get("intent") === "map") return applyMapping(form, access);
  if (form.get("intent") === "sheet") return chooseSheet(form, access);
  const parsed = ImportFormSchema.safeParse(Object.fromEntries(form));
  if (!parsed.success) return refused("That form was not understood; upload the file again.", 400);
  const upload = await findUpload(parsed.data.token, access.workspace.id);
  if (!upload) return refused("This upload has expired or was already imported; upload the file again.", 410);
  try {
    // On a thread of its own (decision 115): this thread keeps answering pages meanwhile.
    const outcome = await importFileOffThread({
      dbPath: getConnection().path,
      workspace: access.workspace,
      kind: upload.kind,
      path: upload.path,
      fileName: upload.fileName,
      replace: parsed.data.replace === "1",
      choices: upload.choices,
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
  const upload: PendingUpload = {
    token: saved.token,
    path: saved.path,
    workspaceId: access.workspace.id,
    kind: kind.data,
    fileName: saved.fileName,
    size: saved.size,
    choices: choicesOf(fields, kind.data),
  };
  return checkPending(upload, access);
}

/** Checks a kept upload with its choices: a preview to import, the mapping form, or the problems. */
async function checkPending(upload: PendingUpload, access: Access) {
  const db = getConnection().db;
  // Every row is read and checked: on a thread, like the import (decision 115).
  const preview = await previewFileOffThread({
    dbPath: getConnection().path,
    workspace: access.workspace,
    kind: upload.kind,
    path: upload.path,
    fileName: upload.fileName,
    choices: upload.choices,
  });
  const severalSheets = preview.facts.sheets.length > 1;
  // In a workbook of several sheets whose sheet was not chosen, unknown headers more likely
  // mean another sheet than another naming: the sheet choice comes before the mapping form.
  if (upload.kind !== "survey" && isHeaderRefusal(preview) && !(severalSheets && !upload.choices?.sheet)) {
    // Headers not recognized: keep the upload and ask which column is which.
    await rememberUpload(upload);
    const saved = findImportMapping(db, access.workspace.id, upload.kind, headerRowKey(preview.facts.header));
    return data<ImportActionData>({ intent: "mapping", form: mappingForm({ ...upload, kind: upload.kind }, preview, saved) }, { status: 422 });
  }
  const sheetChoice = severalSheets ? { token: upload.token, sheets: preview.facts.sheets, current: preview.facts.sheet } : undefined;
  if (preview.issueCount > 0) {
    // A workbook's upload stays while another of its sheets may be the right one.
    if (sheetChoice) await rememberUpload(upload);
    else await removeUpload(upload.token);
    return data<ImportActionData>({ intent: "preview", preview, token: null, sheetChoice }, { status: 422 });
  }
  await rememberUpload(upload);
  return data<ImportActionData>({ intent: "preview", preview, token: upload.token, sheetChoice });
}

/** "Check this sheet": read the kept workbook again from the sheet chosen. */
async function chooseSheet(form: FormData, access: Access) {
  const parsed = SheetFormSchema.safeParse({ intent: form.get("intent"), token: form.get("token"), sheet: form.get("sheet") });
  if (!parsed.success) return refused("That form was not understood; upload the file again.", 400);
  const upload = await findUpload(parsed.data.token, access.workspace.id);
  if (!upload) return refused("This upload has expired or was already imported; upload the file again.", 410);
  return checkPending({ ...upload, choices: { ...upload.choices, sheet: parsed.data.sheet } }, access);
}

/** The mapping form's answer: read the kept upload again with it, and save it under a name when asked. */
async function applyMapping(form: FormData, access: Access) {
  const parsed = MapFormSchema.safeParse({ intent: form.get("intent"), token: form.get("token"), saveAs: form.get("saveAs") || undefined });
  if (!parsed.success) return data<ImportActionData>({ intent: "error", message: "That form was not understood; upload the file again." }, { status: 400 });
  const upload = await findUpload(parsed.data.token, access.workspace.id);
  if (!upload || upload.kind === "survey") return refused("This upload has expired or was already imported; upload the file again.", 410);
  const mapping: Record<string, string> = {};
  for (const column of COLUMNS[upload.kind]) {
    const header = form.get(`map:${column.name}`);
    if (typeof header === "string" && header.trim()) mapping[column.name] = header.trim().slice(0, 300);
  }
  const withMapping: PendingUpload = { ...upload, choices: { ...upload.choices, mapping } };
  if (parsed.data.saveAs && Object.keys(mapping).length) {
    const header = await readHeaderRow(withMapping, access);
    saveImportMapping(getConnection().db, { workspaceId: access.workspace.id, kind: upload.kind, name: parsed.data.saveAs, headerKey: headerRowKey(header), mapping });
  }
  return checkPending(withMapping, access);
}

async function readHeaderRow(upload: PendingUpload, access: Access): Promise<string[]> {
  const preview = await previewFileOffThread({ dbPath: getConnection().path, workspace: access.workspace, kind: upload.kind, path: upload.path, fileName: upload.fileName, choices: upload.choices, limit: 0, maxIssues: 1 });
  return preview.facts.header;
}

type Access = Awaited<ReturnType<typeof requireWorkspace>>;
