import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { ImportHistory } from "../components/import/import-history";
import { FileFactsLine, ImportPreview } from "../components/import/import-preview";
import { ImportProblems } from "../components/import/import-problems";
import { MappingForm } from "../components/import/mapping-form";
import { importPageAction, loadImportPage, type ImportActionData } from "../imports/import-page.server";
import { ErrorPage } from "../components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Import · ${data?.workspace.name ?? "Orbital"}` }];

export const loader = ({ request, params }: LoaderFunctionArgs) => loadImportPage(request, params.workspace);
export const action = ({ request, params }: ActionFunctionArgs) => importPageAction(request, params.workspace);

export default function ImportPage() {
  const { workspace, history, maxUploadMb } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as ImportActionData | undefined;
  const busy = useNavigation().state !== "idle";

  return (
    <main className="page">
      <h1>Import data</h1>
      <p className="muted">
        Workspace: {workspace.name}. Files up to {maxUploadMb} MB: CSV (UTF-8, UTF-16 or Windows-1252; comma, semicolon or tab separated) or an Excel workbook (.xlsx).
      </p>

      <Form method="post" encType="multipart/form-data" aria-label="Upload a file">
        <fieldset>
          <legend>What does the file hold?</legend>
          <label>
            <input type="radio" name="kind" value="jobs" defaultChecked /> Job descriptions (one row per role)
          </label>
          <label>
            <input type="radio" name="kind" value="logs" /> Task logs (Orbital&apos;s CSV, or a Toggl, Clockify, Harvest or Tempo export)
          </label>
          <label>
            <input type="radio" name="kind" value="roster" /> Roster (one row per person: employee id, e-mail or name, and role)
          </label>
          <label>
            <input type="radio" name="kind" value="survey" /> Survey responses (Google Forms, Microsoft Forms or{" "}
            <Link to={`/w/${workspace.slug}/survey`}>Orbital&apos;s template</Link>)
          </label>
        </fieldset>
        <details>
          <summary>Options for task logs</summary>
          <label htmlFor="import-format">Format</label>{" "}
          <select id="import-format" name="format" defaultValue="auto">
            <option value="auto">Recognize from the header</option>
            <option value="toggl">Toggl Track detailed report</option>
            <option value="clockify">Clockify detailed report</option>
            <option value="harvest">Harvest detailed time report</option>
            <option value="tempo">Jira Tempo worklogs</option>
            <option value="orbital">Orbital task log</option>
          </select>{" "}
          <label htmlFor="import-date-format">Slash dates</label>{" "}
          <select id="import-date-format" name="dateFormat" defaultValue="auto">
            <option value="auto">Infer from the file</option>
            <option value="DMY">Day/month/year</option>
            <option value="MDY">Month/day/year</option>
          </select>{" "}
          <label>
            <input type="checkbox" name="skipUnknownPeople" value="1" /> Skip rows of people not in the roster
          </label>
        </details>
        <label htmlFor="import-file">CSV or Excel file</label>
        <input id="import-file" type="file" name="file" accept=".csv,.tsv,.txt,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required />{" "}
        <button type="submit" disabled={busy}>
          {busy ? "Working…" : "Check file"}
        </button>
      </Form>

      <ActionResult result={result} busy={busy} />

      <h2>Past imports</h2>
      <ImportHistory history={history} />
    </main>
  );
}

function ActionResult({ result, busy }: { result: ImportActionData | undefined; busy: boolean }) {
  if (!result) return null;
  if (result.intent === "error") {
    return (
      <p role="alert" className="error">
        {result.message}
      </p>
    );
  }
  if (result.intent === "import") {
    const outcome = result.outcome;
    if (outcome.status === "imported") {
      return (
        <p role="status" className="success">
          Imported {outcome.import.rowsImported.toLocaleString("en")} {{ jobs: "roles", logs: "task log rows", roster: "people", survey: "survey responses" }[outcome.import.kind]} from{" "}
          {outcome.import.fileName}.
        </p>
      );
    }
    if (outcome.status === "duplicate") {
      return <p role="status">{outcome.existing.fileName} was already imported (import #{outcome.existing.id}); nothing changed.</p>;
    }
    return <ImportProblems issues={outcome.issues} issueCount={outcome.issueCount} fileName={outcome.fileName} />;
  }

  if (result.intent === "mapping") return <MappingForm form={result.form} busy={busy} />;
  const { preview, token, sheetChoice } = result;
  return (
    <section aria-labelledby="preview-heading">
      <h2 id="preview-heading">Checked {preview.fileName}</h2>
      <FileFactsLine facts={preview.facts} rowsRead={preview.rowsRead} />
      {sheetChoice ? (
        <Form method="post" aria-label="Choose the sheet">
          <input type="hidden" name="intent" value="sheet" />
          <input type="hidden" name="token" value={sheetChoice.token} />
          <label htmlFor="import-sheet">This workbook has {sheetChoice.sheets.length} sheets; read</label>{" "}
          <select id="import-sheet" name="sheet" defaultValue={sheetChoice.current ?? undefined}>
            {sheetChoice.sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>{" "}
          <button type="submit" disabled={busy}>
            Check this sheet
          </button>
        </Form>
      ) : null}
      {preview.notes.length ? (
        <ul className="muted" aria-label="Notes">
          {preview.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      ) : null}
      {preview.issueCount > 0 ? (
        <ImportProblems issues={preview.issues} issueCount={preview.issueCount} fileName={preview.fileName} />
      ) : (
        <>
          {preview.duplicateOf ? (
            <p role="status">
              This exact file was already imported (import #{preview.duplicateOf.id}). Importing it again replaces those rows.
            </p>
          ) : null}
          <ImportPreview kind={preview.kind} rows={preview.rows} survey={preview.survey} />
          {token ? (
            <Form method="post">
              <input type="hidden" name="intent" value="import" />
              <input type="hidden" name="token" value={token} />
              {preview.duplicateOf ? <input type="hidden" name="replace" value="1" /> : null}
              <button type="submit" disabled={busy}>
                {preview.duplicateOf ? "Import again (replace)" : `Import ${preview.rowsRead.toLocaleString("en")} rows`}
              </button>
            </Form>
          ) : null}
        </>
      )}
    </section>
  );
}

/** A failure here (bad filter, missing role, server error) keeps the header and navigation. */
export function ErrorBoundary() {
  return <ErrorPage page="Import" />;
}
