/** A task's override history: who, when, why, old → new; newest first. */
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

export function OverrideHistory({ rows, taskText }: { rows: readonly OverrideHistoryRow[]; taskText: string }) {
  if (rows.length === 0) return <p className="muted">Nobody has overridden this task yet: the classifier&apos;s answer is in force.</p>;
  return (
    <table className="override-history">
      <caption>Override history of “{taskText}”</caption>
      <thead>
        <tr>
          <th scope="col">When (UTC)</th>
          <th scope="col">Who</th>
          <th scope="col">Change</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <td>
              {r.date}
              {r.isCurrent ? <span className="muted"> (in force)</span> : null}
            </td>
            <td>{r.actor}</td>
            <td>
              {r.from} → <strong>{r.to}</strong>
            </td>
            <td>{r.reason}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
