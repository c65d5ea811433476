/**
 * The report's editable cover and section notes: the sections, the limits and the validation,
 * shared by the form (client) and the action (server). Pure.
 */

export interface ReportCover {
  preparedFor: string | null;
  preparedBy: string | null;
  /** A data: URL of the sanitized logo, or null. */
  logo: string | null;
  /** A short note per section id, shown at the top of that section. */
  notes: Partial<Record<ReportSectionId, string>>;
}

export const REPORT_SECTIONS = [
  ["summary", "Executive summary"],
  ["time", "Where the time goes"],
  ["redesign", "Redesign opportunities"],
  ["seniority", "Seniority and hiring"],
  ["readiness", "People's readiness"],
  ["confidence", "How sure we are"],
  ["next", "Next 90 days"],
  ["appendix", "Appendix"],
] as const;
export type ReportSectionId = (typeof REPORT_SECTIONS)[number][0];

export const EMPTY_COVER: ReportCover = { preparedFor: null, preparedBy: null, logo: null, notes: {} };

export const MAX_COVER_TEXT = 120;
export const MAX_NOTE = 1200;

export interface CoverInput {
  preparedFor: string;
  preparedBy: string;
  notes: Partial<Record<ReportSectionId, string>>;
  /** undefined: keep the logo; null: remove it; a string: the new (already sanitized) data URL. */
  logo: string | null | undefined;
}

export type CoverErrors = Partial<Record<"preparedFor" | "preparedBy" | "logo" | `note-${ReportSectionId}`, string>>;

/** Trims and checks lengths; the field errors name what is wrong. */
export function validateCover(input: CoverInput): { ok: true; cover: CoverInput } | { ok: false; errors: CoverErrors } {
  const errors: CoverErrors = {};
  // Control characters (other than tab and line breaks) have no place in a cover and can upset a PDF.
  // eslint-disable-next-line no-control-regex
  const clean = (s: string) => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").trim();
  const preparedFor = clean(input.preparedFor);
  const preparedBy = clean(input.preparedBy);
  if (preparedFor.length > MAX_COVER_TEXT) errors.preparedFor = `At most ${MAX_COVER_TEXT} characters (got ${preparedFor.length}).`;
  if (preparedBy.length > MAX_COVER_TEXT) errors.preparedBy = `At most ${MAX_COVER_TEXT} characters (got ${preparedBy.length}).`;
  const notes: Partial<Record<ReportSectionId, string>> = {};
  for (const [id] of REPORT_SECTIONS) {
    const text = clean(input.notes[id] ?? "");
    if (text.length > MAX_NOTE) errors[`note-${id}`] = `At most ${MAX_NOTE} characters (got ${text.length}).`;
    else if (text) notes[id] = text;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, cover: { preparedFor, preparedBy, notes, logo: input.logo } };
}

