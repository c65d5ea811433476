import type { FileFacts } from "../../../importers/read-table";
import type { FilePreview, ImportKind, JobPreviewRow, LogPreviewRow, RosterPreviewRow } from "../../imports/types";

const hours = (minutes: number) => (minutes / 60).toLocaleString("en", { maximumFractionDigits: 2 });

export function FileFactsLine({ facts, rowsRead }: { facts: FileFacts; rowsRead: number }) {
  return (
    <ul className="muted" aria-label="What was detected">
      {facts.container === "xlsx" ? (
        <li>Excel workbook, sheet &ldquo;{facts.sheet}&rdquo;</li>
      ) : (
        <>
          <li>Encoding: {facts.encodingNote || "unknown"}</li>
          <li>Delimiter: {facts.delimiterName || "unknown"}</li>
        </>
      )}
      {facts.format ? <li>Format: {facts.format}</li> : null}
      {Object.keys(facts.mapped).length ? (
        <li>
          Mapping:{" "}
          {Object.entries(facts.mapped)
            .map(([field, header]) => `${field} ← "${header}"`)
            .join(", ")}
        </li>
      ) : null}
      <li>Rows read: {rowsRead.toLocaleString("en")}</li>
      {facts.ignoredColumns.length ? <li>Columns not imported: {facts.ignoredColumns.join(", ")}</li> : null}
    </ul>
  );
}

/** The first rows as they will be stored: normalized level, minutes, and employees only as a short pseudonym. */
export function ImportPreview({ kind, rows, survey }: { kind: ImportKind; rows: JobPreviewRow[] | LogPreviewRow[] | RosterPreviewRow[]; survey?: FilePreview["survey"] }) {
  if (kind === "roster") {
    const people = rows as RosterPreviewRow[];
    return (
      <table>
        <caption>First {people.length} people as they will be stored (pseudonyms only)</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Line</th>
            <th scope="col">Person (pseudonym)</th>
            <th scope="col">Identified by</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {people.map((row) => (
            <tr key={row.line}>
              <td className="num">{row.line}</td>
              <td>
                <code>{row.person}</code>
              </td>
              <td>{row.identifiers}</td>
              <td>{row.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  if (kind === "survey") {
    // Counts only: individual answers are never shown.
    return (
      <p role="status">
        {survey?.respondents.toLocaleString("en")} respondent(s) in {survey?.roles} role(s) will be stored under pseudonyms; no e-mail
        or name is kept.
        {survey?.duplicates ? ` ${survey.duplicates} earlier answer(s) of people who answered twice are left out: the latest answer counts.` : ""}
      </p>
    );
  }
  if (kind === "jobs") {
    const jobs = rows as JobPreviewRow[];
    return (
      <table>
        <caption>First {jobs.length} roles as they will be stored</caption>
        <thead>
          <tr>
            <th scope="col" className="num">Line</th>
            <th scope="col">Role id</th>
            <th scope="col">Title</th>
            <th scope="col">Department</th>
            <th scope="col">Level</th>
            <th scope="col" className="num">Headcount</th>
            <th scope="col">Tasks</th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((row) => (
            <tr key={row.line}>
              <td className="num">{row.line}</td>
              <td>{row.roleKey}</td>
              <td>{row.title}</td>
              <td>{row.department}</td>
              <td>
                {row.level} <span className="muted">({row.levelWritten})</span>
              </td>
              <td className="num">{row.headcount}</td>
              <td>
                <ol>
                  {row.statements.map((statement, i) => (
                    <li key={i}>{statement}</li>
                  ))}
                </ol>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }
  const logs = rows as LogPreviewRow[];
  return (
    <table>
      <caption>First {logs.length} task log rows as they will be stored</caption>
      <thead>
        <tr>
          <th scope="col" className="num">Line</th>
          <th scope="col">Employee (pseudonym)</th>
          <th scope="col">Role</th>
          <th scope="col">Date</th>
          <th scope="col">Task</th>
          <th scope="col" className="num">Hours</th>
          <th scope="col">Tool</th>
          <th scope="col">Outcome</th>
        </tr>
      </thead>
      <tbody>
        {logs.map((row) => (
          <tr key={row.line}>
            <td className="num">{row.line}</td>
            <td>
              <code>{row.employee}</code>
            </td>
            <td>{row.role}</td>
            <td>{row.date}</td>
            <td>{row.task}</td>
            <td className="num">{hours(row.minutes)}</td>
            <td>{row.tool ?? ""}</td>
            <td>{row.outcome ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
