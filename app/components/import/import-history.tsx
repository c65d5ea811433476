import type { ImportSummary } from "../../imports/types";

const KIND_LABELS: Record<ImportSummary["kind"], string> = { jobs: "Job descriptions", logs: "Task logs", roster: "Roster", survey: "Survey responses" };

/** How the file was read, from its notes: the recognized format (besides Orbital's own) and any column mapping. */
const readingNotes = (notes: readonly string[]) =>
  notes.filter((n) => (n.startsWith("Format: ") && !n.startsWith("Format: Orbital")) || n.startsWith("Mapping: "));

export function ImportHistory({ history }: { history: ImportSummary[] }) {
  if (!history.length) return <p className="muted">Nothing imported yet.</p>;
  return (
    <table aria-label="Past imports">
      <thead>
        <tr>
          <th scope="col" className="num">#</th>
          <th scope="col">File</th>
          <th scope="col">Kind</th>
          <th scope="col">Checksum (sha256)</th>
          <th scope="col" className="num">Rows imported / read</th>
          <th scope="col">Status</th>
          <th scope="col">Finished (UTC)</th>
          <th scope="col">By</th>
        </tr>
      </thead>
      <tbody>
        {history.map((item) => (
          <tr key={item.id}>
            <td className="num">{item.id}</td>
            <td>{item.fileName}</td>
            <td>
              {KIND_LABELS[item.kind]}
              {readingNotes(item.notes).map((note) => (
                <span key={note} className="muted">
                  <br />
                  {note}
                </span>
              ))}
            </td>
            <td>
              <code title={item.checksum}>{item.checksum.slice(0, 12)}</code>
            </td>
            <td className="num">
              {item.rowsImported.toLocaleString("en")} / {item.rowsRead.toLocaleString("en")}
            </td>
            <td>{item.status}</td>
            <td>{item.finishedAt.slice(0, 19).replace("T", " ")}</td>
            <td>{item.actor}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
