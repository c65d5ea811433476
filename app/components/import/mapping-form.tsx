import { Form } from "@remix-run/react";
import type { MappingForm as MappingFormData } from "../../imports/import-page.server";
import { ImportProblems } from "./import-problems";

/**
 * Shown instead of a bare refusal when a file's headers are not recognized: each Orbital
 * field with a select of the file's columns. "Check with this mapping" reads the file again
 * and shows its first rows as they would be stored; a name saves the mapping for the next
 * file with the same headers.
 */
export function MappingForm({ form, busy }: { form: MappingFormData; busy: boolean }) {
  return (
    <section aria-labelledby="mapping-heading">
      <h2 id="mapping-heading">Which column is which in {form.fileName}?</h2>
      <p>
        Orbital did not recognize every column it needs. Choose, for each field, the file&apos;s column that holds it; fields marked * are
        required.
      </p>
      {form.saved ? (
        <p role="status">
          The saved mapping “{form.saved}” fits these headers: it is filled in below.
        </p>
      ) : null}
      <ImportProblems issues={form.issues} issueCount={form.issueCount} fileName={form.fileName} />
      <Form method="post" aria-label="Map the file's columns">
        <input type="hidden" name="intent" value="map" />
        <input type="hidden" name="token" value={form.token} />
        <table>
          <caption>Orbital fields and the file&apos;s columns</caption>
          <thead>
            <tr>
              <th scope="col">Orbital field</th>
              <th scope="col">Column in the file</th>
            </tr>
          </thead>
          <tbody>
            {form.fields.map((field) => (
              <tr key={field.name}>
                <th scope="row">
                  <label htmlFor={`map-${field.name}`}>
                    {field.name}
                    {field.required ? " *" : ""}
                  </label>
                </th>
                <td>
                  <select id={`map-${field.name}`} name={`map:${field.name}`} defaultValue={field.chosen}>
                    <option value="">(recognize from the header)</option>
                    {form.columns.map((column) => (
                      <option key={column} value={column}>
                        {column}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label htmlFor="mapping-name">Save this mapping as (optional)</label>{" "}
        <input id="mapping-name" name="saveAs" maxLength={100} placeholder="e.g. Workday job profiles" />{" "}
        <button type="submit" disabled={busy}>
          {busy ? "Working…" : "Check with this mapping"}
        </button>
      </Form>
    </section>
  );
}
