/**
 * Form validation for actions: zod over FormData, returning per-field messages the page shows
 * next to each input (a result, not an exception).
 */
import type { z } from "zod";

export type FormResult<T> = { ok: true; data: T } | { ok: false; fieldErrors: Record<string, string> };

export function parseForm<S extends z.ZodTypeAny>(formData: FormData, schema: S): FormResult<z.infer<S>> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData) {
    // Files are not for these forms; a string field sent as a file is simply missing.
    if (typeof value === "string") values[key] = value;
  }
  const parsed = schema.safeParse(values);
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? "form");
    fieldErrors[field] ??= issue.message;
  }
  return { ok: false, fieldErrors };
}
