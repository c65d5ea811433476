/**
 * The columns and shapes of the files format version 2 added to a workspace backup
 * (docs/decisions/144-backup-format-2.md), shared by the exporter and the restore, and the
 * checks a restore applies to each row before it writes anything. Pure.
 *
 * People appear only as the stored keyed hashes (64 hex digits). A restore copies them as
 * they are: recomputing is impossible (raw identifiers were never stored) and unnecessary
 * (the task logs and survey answers are restored under the same hashes).
 */
import { z } from "zod";
import { PSEUDONYM_PATTERN } from "../../importers/backup-cells";

export const ROSTER_COLUMNS = ["person", "role", "employee_id_hash", "email_hash", "name_hash"] as const;
export const SURVEY_QUESTIONS = ["q1", "q2", "q3", "q4", "q5", "q6", "q7", "q8", "q9", "q10"] as const;
export const SURVEY_COLUMNS = ["import", "employee_id", "role", "submitted_at", ...SURVEY_QUESTIONS, "ai_use"] as const;

const hash = z.string().regex(PSEUDONYM_PATTERN, "a keyed hash (64 lower-case hex digits, as `orbital workspace export` writes it)");
const optionalHash = z.union([z.literal(""), hash]).transform((v) => v || null);
const roleKey = z.string().min(1, "a role_id of jobs.csv");
const isoTime = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, "an ISO-8601 UTC time like 2026-11-25T15:44:06.000Z");
const answer = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `a whole number from ${min} to ${max}`).max(max, `a whole number from ${min} to ${max}`));

export const RosterRowSchema = z
  .object({ person: hash, role: roleKey, employee_id_hash: optionalHash, email_hash: optionalHash, name_hash: optionalHash })
  .refine((r) => r.employee_id_hash || r.email_hash || r.name_hash, { message: "at least one identifier hash", path: ["employee_id_hash"] });

const one5 = answer(1, 5);
export const SurveyRowSchema = z.object({
  import: z.string().regex(/^[1-9]\d*$/, "the survey import's number (1, 2, …)").transform(Number),
  employee_id: hash,
  role: roleKey,
  submitted_at: z
    .string()
    .regex(/^$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, "empty or a submission time like 2026-11-03T09:15:40")
    .transform((v) => v || null),
  q1: one5,
  q2: one5,
  q3: one5,
  q4: one5,
  q5: one5,
  q6: one5,
  q7: one5,
  q8: one5,
  q9: one5,
  q10: one5,
  ai_use: answer(0, 4),
});

export const MappingsFileSchema = z.object({
  mappings: z.array(
    z.object({
      kind: z.enum(["jobs", "logs", "roster"]),
      name: z.string().min(1).max(200),
      headerKey: z.string().max(1_000_000),
      mapping: z.record(z.string().max(300)),
      createdAt: isoTime,
    }),
  ),
});
export type MappingsFile = z.infer<typeof MappingsFileSchema>;

export const CoverFileSchema = z.object({
  cover: z
    .object({
      preparedFor: z.string().nullable(),
      preparedBy: z.string().nullable(),
      /** A PNG as a data: URL; checked again as an upload would be (decision 134). */
      logo: z
        .string()
        .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, "null or a PNG as a data: URL")
        .nullable(),
      notes: z.record(z.string()),
      updatedAt: isoTime,
    })
    .nullable(),
});
export type CoverFile = z.infer<typeof CoverFileSchema>;

/** The first problem of a zod result, as `column "x": expected …`. */
export function describeIssue(error: z.ZodError, columnName: (path: string) => string = (p) => p): string {
  const issue = error.issues[0];
  const path = issue.path.join(".");
  const missing = issue.code === "invalid_type" && issue.received === "undefined";
  const where = path ? `${columnName(path)}` : "the top level";
  return missing ? `${where} is missing` : `${where}: expected ${issue.message.replace(/^Expected /, "")}`;
}
