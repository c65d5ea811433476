import type { ImportSummary } from "../../imports/types";
import { formatUtc, RecordTable, type RecordColumn } from "../record-table";

const KIND_LABELS: Record<ImportSummary["kind"], string> = { jobs: "Job descriptions", logs: "Task logs", roster: "Roster", survey: "Survey responses" };

/** How the file was read, from its notes: the recognized format (besides Orbital's own) and any column mapping. */
const readingNotes = (notes: readonly string[]) =>
  notes.filter((n) => (n.startsWith("Format: ") && !n.startsWith("Format: Orbital")) || n.startsWith("Mapping: "));

const COLUMNS: RecordColumn<ImportSummary>[] = [
  { header: "#", numeric: true, cell: (item) => item.id },
  { header: "File", cell: (item) => item.fileName },
  {
    header: "Kind",
    cell: (item) => (
      <>
        {KIND_LABELS[item.kind]}
        {readingNotes(item.notes).map((note) => (
          <span key={note} className="muted">
            <br />
            {note}
          </span>
        ))}
      </>
    ),
  },
  { header: "Checksum (sha256)", cell: (item) => <code title={item.checksum}>{item.checksum.slice(0, 12)}</code> },
  {
    header: "Rows imported / read",
    numeric: true,
    cell: (item) => `${item.rowsImported.toLocaleString("en")} / ${item.rowsRead.toLocaleString("en")}`,
  },
  { header: "Status", cell: (item) => item.status },
  { header: "Finished (UTC)", cell: (item) => formatUtc(item.finishedAt) },
  { header: "By", cell: (item) => item.actor },
];

export function ImportHistory({ history }: { history: ImportSummary[] }) {
  if (!history.length) return <p className="muted">Nothing imported yet.</p>;
  return <RecordTable label="Past imports" rows={history} rowKey={(item) => item.id} columns={COLUMNS} />;
}
