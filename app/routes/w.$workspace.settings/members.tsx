import { Form } from "@remix-run/react";

const ROLE_LABEL = { viewer: "Viewer", editor: "Editor", admin: "Administrator" } as const;

interface Member {
  userId: number;
  email: string;
  role: keyof typeof ROLE_LABEL;
  since: string;
}

export function Members(props: {
  members: Member[];
  me: number | null;
  grantErrors: Record<string, string>;
  revokeErrors: Record<string, string>;
}) {
  const { members, me, grantErrors, revokeErrors } = props;
  const revokeMessage = revokeErrors.email ?? revokeErrors.role ?? revokeErrors.form;
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <p className="muted">
        Viewers read the dashboards; editors also import files and override classifications; administrators also
        manage members, privacy settings and can delete the workspace.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Member since</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.userId}>
              <td>
                {m.email}
                {m.userId === me ? <span className="muted"> (you)</span> : null}
              </td>
              <td>{ROLE_LABEL[m.role]}</td>
              <td>{m.since.slice(0, 10)}</td>
              <td>
                <Form method="post">
                  <input type="hidden" name="intent" value="revoke" />
                  <input type="hidden" name="email" value={m.email} />
                  <button type="submit" className="secondary" aria-label={`Remove ${m.email}`}>
                    Remove
                  </button>
                </Form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {revokeMessage ? (
        <p role="alert" className="error">
          {revokeMessage}
        </p>
      ) : null}

      <h3>Add a member or change a role</h3>
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="grant" />
        <label htmlFor="grant-email">E-mail of an existing account</label>
        <input id="grant-email" name="email" type="email" required
          aria-invalid={grantErrors.email ? true : undefined}
          aria-describedby={grantErrors.email ? "grant-email-error" : undefined} />
        <label htmlFor="grant-role">Role</label>
        <select id="grant-role" name="role" defaultValue="viewer">
          <option value="viewer">Viewer</option>
          <option value="editor">Editor</option>
          <option value="admin">Administrator</option>
        </select>
        <button type="submit">Grant</button>
        {grantErrors.email ? <p id="grant-email-error" className="error">{grantErrors.email}</p> : null}
        {grantErrors.role ? <p className="error">{grantErrors.role}</p> : null}
        {grantErrors.workspace ? <p className="error">{grantErrors.workspace}</p> : null}
      </Form>
    </section>
  );
}
