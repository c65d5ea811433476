/**
 * Which workspace a command acts on: `--workspace SLUG` (created on first use by imports),
 * else the only workspace, else "default" when there is none; several is a usage error.
 */
import type { Db } from "../db/connection";
import { createWorkspace, ensureWorkspace, getWorkspaceBySlug, listWorkspaces, SLUG_PATTERN, type Workspace } from "../db/queries/workspaces";
import { CliError, EXIT } from "./errors";

export function chooseWorkspace(db: Db, slug: string | undefined, options: { create: boolean }): Workspace | undefined {
  if (slug !== undefined) {
    if (!SLUG_PATTERN.test(slug)) {
      throw new CliError(`orbital: --workspace "${slug}" must be lower-case letters, digits and dashes`, EXIT.usage);
    }
    if (options.create) return ensureWorkspace(db, slug);
    const found = getWorkspaceBySlug(db, slug);
    if (!found) throw new CliError(`orbital: there is no workspace "${slug}"`, EXIT.usage);
    return found;
  }
  const all = listWorkspaces(db);
  if (all.length === 1) return all[0];
  if (all.length === 0) return options.create ? createWorkspace(db, { slug: "default", name: "Default" }) : undefined;
  throw new CliError(
    `orbital: this database has ${all.length} workspaces; choose one with --workspace SLUG: ${all.map((w) => w.slug).join(", ")}`,
    EXIT.usage,
  );
}
