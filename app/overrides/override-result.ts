/** What an override POST answers, shared by the server command and the forms that show it. */
export const REASON_MAX = 500;

export type OverrideFormField = "textId" | "class" | "atom" | "reason" | "form";

export type OverrideResult =
  | { ok: true; textId: number; message: string }
  | { ok: false; textId: number | null; fieldErrors: Partial<Record<OverrideFormField, string>> };
