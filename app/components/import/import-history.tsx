import type { ImportSummary } from "../../imports/types";
import { formatUtc, RecordTable, type RecordColumn } from "../record-table";

const COLUMNS: RecordColumn<ImportSummary>[] = [
  { header: "#", numeric: true, cell: (item) => item.id },
  { header: "File", cell: (item) => item.fileName },
  { header: "Kind", cell: (item) => (item.kind === "jobs" ? "Job descriptions" : "Task logs") },
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
