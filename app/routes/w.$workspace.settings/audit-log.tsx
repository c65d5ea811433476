import { formatUtc, RecordTable, type RecordColumn } from "../../components/record-table";

interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  detail: string;
}

const COLUMNS: RecordColumn<AuditRow>[] = [
  { header: "When (UTC)", cell: (e) => <time dateTime={e.at}>{formatUtc(e.at)}</time> },
  { header: "Who", cell: (e) => e.actor },
  { header: "What", cell: (e) => e.action },
  { header: "Details", cell: (e) => e.detail },
];

/** The workspace's audit log, newest first; everything in it is rendered as text. */
export function AuditLog({ events }: { events: AuditRow[] }) {
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      {events.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <RecordTable caption="Who did what in this workspace, newest first" hideCaption rows={events} rowKey={(e) => e.id} columns={COLUMNS} />
      )}
    </section>
  );
}
