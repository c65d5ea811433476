import { resolve } from "node:path";
import { importFile, type ImportFileOptions } from "../../app/imports/import-file.server";
import { fileSource } from "../../app/imports/source.server";
import type { ImportOutcome } from "../../app/imports/types";
import type { Connection } from "../../db/connection";
import { ensureWorkspace } from "../../db/queries/workspaces";

export const QUIRKS = resolve(import.meta.dirname, "../../fixtures/quirks");
export const quirk = (name: string) => resolve(QUIRKS, name);

/** Imports a file into workspace "acme" through the one import path. */
export function importInto(
  conn: Connection,
  kind: "jobs" | "logs" | "roster" | "survey",
  path: string,
  extra: Partial<ImportFileOptions> = {},
): Promise<ImportOutcome> {
  const workspace = ensureWorkspace(conn.db, "acme", "Acme");
  return importFile({ connection: conn, workspace, kind, source: fileSource(path), actor: "test", ...extra });
}

export function expectImported(outcome: ImportOutcome) {
  if (outcome.status !== "imported") {
    throw new Error(`expected an import, got ${outcome.status}: ${JSON.stringify(outcome, null, 1).slice(0, 2000)}`);
  }
  return outcome;
}
