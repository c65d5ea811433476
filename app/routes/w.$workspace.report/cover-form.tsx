/** Editors and administrators: who the report is for and by, a logo, and a note per section. */
import { Form } from "@remix-run/react";
import { MAX_COVER_TEXT, MAX_NOTE, REPORT_SECTIONS, type ReportCover } from "../../report/cover";
import type { CoverActionData } from "./report-page.server";

export function CoverForm({ cover, result }: { cover: ReportCover; result: CoverActionData | undefined }) {
  const errors = result && !result.ok ? result.errors : {};
  const error = (name: keyof typeof errors) =>
    errors[name] ? (
      <p id={`${name}-error`} className="error">
        {errors[name]}
      </p>
    ) : null;
  return (
    <details className="report-toolbar report-cover-form" open={result !== undefined}>
      <summary>Edit the cover and section notes</summary>
      {result?.ok ? (
        <p role="status" className="success">
          {result.message}
        </p>
      ) : null}
      <Form method="post" encType="multipart/form-data">
        <label htmlFor="preparedFor">Prepared for</label>
        <input id="preparedFor" name="preparedFor" maxLength={MAX_COVER_TEXT} defaultValue={cover.preparedFor ?? ""} aria-invalid={errors.preparedFor ? true : undefined} />
        {error("preparedFor")}
        <label htmlFor="preparedBy">Prepared by</label>
        <input id="preparedBy" name="preparedBy" maxLength={MAX_COVER_TEXT} defaultValue={cover.preparedBy ?? ""} aria-invalid={errors.preparedBy ? true : undefined} />
        {error("preparedBy")}
        <label htmlFor="logo">Logo (PNG or SVG, up to 200 KB)</label>
        <input id="logo" name="logo" type="file" accept="image/png,image/svg+xml,.png,.svg" aria-invalid={errors.logo ? true : undefined} />
        {error("logo")}
        {cover.logo ? (
          <label>
            <input type="checkbox" name="removeLogo" /> Remove the current logo
          </label>
        ) : null}
        {REPORT_SECTIONS.map(([id, title]) => (
          <div key={id}>
            <label htmlFor={`note-${id}`}>Note for “{title}”</label>
            <textarea id={`note-${id}`} name={`note-${id}`} rows={2} maxLength={MAX_NOTE} defaultValue={cover.notes[id] ?? ""} />
            {error(`note-${id}`)}
          </div>
        ))}
        <p>
          <button type="submit">Save cover and notes</button>
        </p>
      </Form>
    </details>
  );
}
