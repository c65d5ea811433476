import type { ImportIssue } from "../../../importers/issues";

/** Every problem found, as a table a person can work through; cell text is rendered as text only. */
export function ImportProblems({ issues, issueCount, fileName }: { issues: ImportIssue[]; issueCount: number; fileName: string }) {
  const more = issueCount - issues.length;
  return (
    <section aria-labelledby="problems-heading">
      <h2 id="problems-heading" className="error">
        {issueCount === 1 ? "1 problem" : `${issueCount.toLocaleString("en")} problems`} in {fileName}: nothing was imported
      </h2>
      <p>Fix these in the file and upload it again. Line numbers are the file&apos;s own lines, counting the header as line 1.</p>
      <table>
        <caption className="visually-hidden">Problems found in the file</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Line</th>
            <th scope="col">Column</th>
            <th scope="col">Expected</th>
            <th scope="col">Found</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((problem, i) => (
            <tr key={i}>
              <td className="num">{problem.line || "—"}</td>
              <td>{problem.column ?? "—"}</td>
              <td>{problem.expected}</td>
              <td>
                <code>{problem.found}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 ? <p>… and {more.toLocaleString("en")} more problems (the first {issues.length.toLocaleString("en")} are listed).</p> : null}
    </section>
  );
}
