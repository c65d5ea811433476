/**
 * manifest.json of a workspace backup: what the folder holds, so `orbital workspace import`
 * can refuse a folder that is incomplete, altered, or from a newer Orbital before it writes
 * anything (docs/decisions/081-workspace-backup-format.md).
 */
import { z } from "zod";

export const BACKUP_FORMAT = "orbital-workspace-backup";
/**
 * Raised when the files' meaning changes; an Orbital reads its own version and older ones.
 * 1: jobs, task logs, overrides. 2 (decision 144): also the roster, saved column mappings,
 * survey responses and the report cover.
 */
export const BACKUP_FORMAT_VERSION = 2;

export const BACKUP_FILES = {
  jobs: "jobs.csv",
  logs: "task_logs.csv",
  overrides: "overrides.csv",
  roster: "roster.csv",
  survey: "survey_responses.csv",
  mappings: "column_mappings.json",
  cover: "report_cover.json",
} as const;
export type BackupFileKey = keyof typeof BACKUP_FILES;

/** The files each format version has (a version has its predecessor's files and more). */
const FILES_SINCE: Record<BackupFileKey, number> = { jobs: 1, logs: 1, overrides: 1, roster: 2, survey: 2, mappings: 2, cover: 2 };

/** The files a backup of this version holds. */
export function backupFilesOf(manifest: Pick<BackupManifest, "formatVersion">): BackupFileKey[] {
  return (Object.keys(FILES_SINCE) as BackupFileKey[]).filter((key) => FILES_SINCE[key] <= manifest.formatVersion);
}

/** The parts of a workspace a backup of an earlier version does not carry, in words for the restore summary. */
export const PART_NAMES: Record<"roster" | "survey" | "mappings" | "cover", string> = {
  roster: "the roster",
  mappings: "the saved column mappings",
  survey: "the survey responses",
  cover: "the report cover (prepared for/by, logo, section notes)",
};

const FileEntrySchema = z.object({
  /** Data rows (the header not counted). */
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, "a sha256 checksum (64 hex digits)"),
});
export type BackupFileEntry = z.infer<typeof FileEntrySchema>;

export const BackupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { errorMap: () => ({ message: `"${BACKUP_FORMAT}"` }) }),
  formatVersion: z.number().int().positive(),
  orbitalVersion: z.string(),
  exportedAt: z.string(),
  workspace: z.object({
    slug: z.string().min(1),
    name: z.string().min(1).max(200),
    kThreshold: z.number().int().min(2),
  }),
  /**
   * How task_logs.csv identifies people. Always "hmac-sha256": the stored keyed hashes; the
   * raw identifiers were never stored, so no backup can contain them.
   */
  employeeIds: z.literal("hmac-sha256", { errorMap: () => ({ message: `"hmac-sha256"` }) }),
  /**
   * The workspace's pseudonym key, only with `--include-pseudonym-key`: the restored workspace
   * then pseudonymizes later imports the same way. null: it gets a new key.
   */
  pseudonymKey: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "a 64-hex-digit key")
    .nullable(),
  /** How cells are escaped: a leading apostrophe to strip (see importers/backup-cells.ts). */
  cellEscape: z.literal("leading-apostrophe", { errorMap: () => ({ message: `"leading-apostrophe"` }) }),
  files: z.object({
    jobs: FileEntrySchema,
    logs: FileEntrySchema,
    overrides: FileEntrySchema,
    // Format 2 on (required there: see parseManifest).
    roster: FileEntrySchema.optional(),
    survey: FileEntrySchema.optional(),
    mappings: FileEntrySchema.optional(),
    cover: FileEntrySchema.optional(),
  }),
  counts: z.object({
    roles: z.number().int().nonnegative(),
    taskStatements: z.number().int().nonnegative(),
    taskLogRows: z.number().int().nonnegative(),
    /** Distinct pseudonyms in task_logs.csv. */
    employees: z.number().int().nonnegative(),
    overrides: z.number().int().nonnegative(),
    // Format 2 on (required there).
    rosterPeople: z.number().int().nonnegative().optional(),
    surveyResponses: z.number().int().nonnegative().optional(),
    mappings: z.number().int().nonnegative().optional(),
    /** 1 when the workspace had a report cover, else 0. */
    reportCover: z.number().int().min(0).max(1).optional(),
  }),
});

const VERSION_2_COUNTS = ["rosterPeople", "surveyResponses", "mappings", "reportCover"] as const;
export type BackupManifest = z.infer<typeof BackupManifestSchema>;

/** The manifest, or a sentence saying what is wrong with it. */
export function parseManifest(text: string): { ok: true; manifest: BackupManifest } | { ok: false; message: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `manifest.json is not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  // The version first: a newer format may differ anywhere else, and "too new" is the useful message.
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version === "number" && version > BACKUP_FORMAT_VERSION) {
    return {
      ok: false,
      message: `manifest.json: this backup has format version ${version}, written by a newer Orbital; this Orbital reads version ${BACKUP_FORMAT_VERSION}. Upgrade Orbital to import it.`,
    };
  }
  const parsed = BackupManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? `"${issue.path.join(".")}"` : "the top level";
    const missing = issue.code === "invalid_type" && issue.received === "undefined";
    const what = missing ? "is missing" : `expected ${issue.message.replace(/^Expected /, "")}`;
    return { ok: false, message: `manifest.json: ${where} ${what}` };
  }
  const manifest = parsed.data;
  // What a version has, it must list: a format-2 manifest without the roster's entry was edited.
  for (const key of backupFilesOf(manifest)) {
    if (!manifest.files[key]) return { ok: false, message: `manifest.json: "files.${key}" is missing (format version ${manifest.formatVersion} has ${BACKUP_FILES[key]})` };
  }
  if (manifest.formatVersion >= 2) {
    const absent = VERSION_2_COUNTS.find((key) => manifest.counts[key] === undefined);
    if (absent) return { ok: false, message: `manifest.json: "counts.${absent}" is missing` };
  }
  return { ok: true, manifest };
}
