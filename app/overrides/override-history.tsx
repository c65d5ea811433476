/** A task's override history: who, when, why, old → new; newest first. */
import { RecordTable, type RecordColumn } from "../components/record-table";

export interface OverrideHistoryRow {
  id: number;
  /** "2026-11-25 14:03" (UTC). */
  date: string;
  actor: string;
  reason: string;
  from: string;
  to: string;
  isCurrent: boolean;
}

const COLUMNS: RecordColumn<OverrideHistoryRow>[] = [
  {
    header: "When (UTC)",
    cell: (r) => (
      <>
        {r.date}
        {r.isCurrent ? <span className="muted"> (in force)</span> : null}
      </>
    ),
  },
  { header: "Who", cell: (r) => r.actor },
  {
    header: "Change",
    cell: (r) => (
      <>
        {r.from} → <strong>{r.to}</strong>
      </>
    ),
  },
  { header: "Reason", cell: (r) => r.reason },
];

export function OverrideHistory({ rows, taskText }: { rows: readonly OverrideHistoryRow[]; taskText: string }) {
  if (rows.length === 0) return <p className="muted">Nobody has overridden this task yet: the classifier&apos;s answer is in force.</p>;
  return <RecordTable className="override-history" caption={<>Override history of “{taskText}”</>} rows={rows} rowKey={(r) => r.id} columns={COLUMNS} />;
}
