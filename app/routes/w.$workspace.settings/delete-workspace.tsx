import { Form } from "@remix-run/react";

export function DeleteWorkspace(props: { slug: string; name: string; errors: Record<string, string> }) {
  const { slug, name, errors } = props;
  return (
    <section aria-labelledby="delete-heading" className="danger-zone">
      <h2 id="delete-heading">Delete this workspace</h2>
      <p>
        Deletes {name} with all its imports, roles, task logs, overrides and analysis, for everyone. This cannot be
        undone; the audit log keeps a record that it happened.
      </p>
      <Form method="post" className="inline-form">
        <input type="hidden" name="intent" value="delete" />
        <label htmlFor="confirm-slug">
          Type <code>{slug}</code> to confirm
        </label>
        <input id="confirm-slug" name="confirm" autoComplete="off" required
          aria-invalid={errors.confirm ? true : undefined}
          aria-describedby={errors.confirm ? "confirm-slug-error" : undefined} />
        <button type="submit" className="danger">
          Delete workspace
        </button>
        {errors.confirm ? <p id="confirm-slug-error" className="error">{errors.confirm}</p> : null}
      </Form>
    </section>
  );
}
