interface AuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  detail: string;
}

/** The workspace's audit log, newest first; everything in it is rendered as text. */
export function AuditLog({ events }: { events: AuditRow[] }) {
  return (
    <section aria-labelledby="audit-heading">
      <h2 id="audit-heading">Audit log</h2>
      {events.length === 0 ? (
        <p className="muted">Nothing recorded yet.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Who did what in this workspace, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>
                  <time dateTime={e.at}>{e.at.slice(0, 19).replace("T", " ")}</time>
                </td>
                <td>{e.actor}</td>
                <td>{e.action}</td>
                <td>{e.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
