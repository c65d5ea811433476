import type { ImportIssue } from "../../../importers/issues";
import { RecordTable, type RecordColumn } from "../record-table";

const COLUMNS: RecordColumn<ImportIssue>[] = [
  { header: "Line", numeric: true, cell: (p) => p.line || "—" },
  { header: "Column", cell: (p) => p.column ?? "—" },
  { header: "Expected", cell: (p) => p.expected },
  { header: "Found", cell: (p) => <code>{p.found}</code> },
];

/** Every problem found, as a table a person can work through; cell text is rendered as text only. */
export function ImportProblems({ issues, issueCount, fileName }: { issues: ImportIssue[]; issueCount: number; fileName: string }) {
  const more = issueCount - issues.length;
  return (
    <section aria-labelledby="problems-heading">
      <h2 id="problems-heading" className="error">
        {issueCount === 1 ? "1 problem" : `${issueCount.toLocaleString("en")} problems`} in {fileName}: nothing was imported
      </h2>
      <p>Fix these in the file and upload it again. Line numbers are the file&apos;s own lines, counting the header as line 1.</p>
      <RecordTable caption="Problems found in the file" hideCaption rows={issues} rowKey={(_, i) => i} columns={COLUMNS} />
      {more > 0 ? <p>… and {more.toLocaleString("en")} more problems (the first {issues.length.toLocaleString("en")} are listed).</p> : null}
    </section>
  );
}
