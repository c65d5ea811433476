/**
 * Form validation for actions: zod over FormData, returning per-field messages the page shows
 * next to each input (a result, not an exception).
 */
import { data } from "@remix-run/node";
import type { z } from "zod";

/**
 * The body of a form POST, or a 4xx with a sentence: our pages send
 * application/x-www-form-urlencoded, and anything else (text/plain, JSON, a multipart body
 * with no boundary or a broken one) is refused here instead of failing inside the action
 * with a 500 (decision 112). The Import page reads its multipart upload itself.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0].trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") {
    throw data({ message: `This page accepts forms sent as application/x-www-form-urlencoded, not ${type ? `"${type.slice(0, 60)}"` : "a body without a content type"}.` }, { status: 415 });
  }
  try {
    return await request.formData();
  } catch {
    throw data({ message: "The form's body could not be read." }, { status: 400 });
  }
}

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
