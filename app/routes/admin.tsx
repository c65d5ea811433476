import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { requireInstallationAdmin } from "../access.server";
import { adminOverview } from "../auth/admin-overview.server";
import { AccountError, createAccount } from "../auth/accounts.server";
import { createWorkspaceAsAdmin } from "../auth/create-workspace.server";
import { PASSWORD_MIN_LENGTH } from "../auth/password-policy";
import { getDb } from "../db.server";
import { parseForm, readForm } from "../forms";
import { RecordTable } from "../components/record-table";

export const meta: MetaFunction = () => [{ title: "Administration · Orbital" }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireInstallationAdmin(request);
  return adminOverview(getDb());
}

const AccountSchema = z.object({
  email: z.string().trim().min(1, "Enter an e-mail address."),
  password: z.string(),
  isAdmin: z.literal("on").optional(),
});
const WorkspaceSchema = z.object({
  slug: z.string().trim().min(1, "Enter a slug."),
  name: z.string().trim().min(1, "Enter a name."),
});

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireInstallationAdmin(request);
  const formData = await readForm(request);
  const intent = String(formData.get("intent") ?? "");
  const actor = { userId: user.id, label: user.email };
  const fail = (fieldErrors: Record<string, string>) => data({ intent, ok: false as const, fieldErrors, message: "" }, { status: 400 });
  try {
    if (intent === "add-account") {
      const form = parseForm(formData, AccountSchema);
      if (!form.ok) return fail(form.fieldErrors);
      const { user: created } = await createAccount(getDb(), { ...form.data, isAdmin: form.data.isAdmin === "on" }, actor);
      return { intent, ok: true as const, fieldErrors: {}, message: `Created the account ${created.email}. Give it access from a workspace's settings.` };
    }
    if (intent === "create-workspace") {
      const form = parseForm(formData, WorkspaceSchema);
      if (!form.ok) return fail(form.fieldErrors);
      const workspace = createWorkspaceAsAdmin(getDb(), form.data, actor);
      throw redirect(`/w/${workspace.slug}/settings`);
    }
    return fail({ form: `Unknown action "${intent}".` });
  } catch (error) {
    if (!(error instanceof AccountError)) throw error;
    return fail({ [error.field ?? "form"]: error.message });
  }
}

export default function Administration() {
  const { users } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errorsFor = (intent: string) => (result && !result.ok && result.intent === intent ? result.fieldErrors : {});
  const accountErrors = errorsFor("add-account");
  const workspaceErrors = errorsFor("create-workspace");
  return (
    <main className="page">
      <h1>Administration</h1>
      <p className="muted">
        Installation administrators create accounts and workspaces. They see a workspace&apos;s data only when they are
        members of it.
      </p>
      {result?.ok ? <p role="status" className="success">{result.message}</p> : null}

      <section aria-labelledby="accounts-heading">
        <h2 id="accounts-heading">Accounts</h2>
        <RecordTable
          rows={users}
          rowKey={(u) => u.id}
          columns={[
            { header: "E-mail", cell: (u) => u.email },
            { header: "Installation administrator", cell: (u) => (u.isAdmin ? "yes" : "no") },
            { header: "Workspaces", numeric: true, cell: (u) => u.workspaces },
            { header: "Created", cell: (u) => u.createdAt.slice(0, 10) },
          ]}
        />
        <h3>Add an account</h3>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="add-account" />
          <label htmlFor="new-email">E-mail</label>
          <input id="new-email" name="email" type="email" autoComplete="off" required
            aria-invalid={accountErrors.email ? true : undefined} aria-describedby={accountErrors.email ? "new-email-error" : undefined} />
          {accountErrors.email ? <p id="new-email-error" className="error">{accountErrors.email}</p> : null}
          <label htmlFor="new-password">First password (at least {PASSWORD_MIN_LENGTH} characters; they change it under their account)</label>
          <input id="new-password" name="password" type="password" autoComplete="new-password" required
            aria-invalid={accountErrors.password ? true : undefined} aria-describedby={accountErrors.password ? "new-password-error" : undefined} />
          {accountErrors.password ? <p id="new-password-error" className="error">{accountErrors.password}</p> : null}
          <label>
            <input name="isAdmin" type="checkbox" /> Installation administrator
          </label>
          {accountErrors.form ? <p role="alert" className="error">{accountErrors.form}</p> : null}
          <p><button type="submit">Add account</button></p>
        </Form>
      </section>

      <section aria-labelledby="workspace-heading">
        <h2 id="workspace-heading">Create a workspace</h2>
        <p className="muted">You become its administrator and can then give others access.</p>
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="create-workspace" />
          <label htmlFor="ws-name">Name</label>
          <input id="ws-name" name="name" required aria-invalid={workspaceErrors.name ? true : undefined} />
          {workspaceErrors.name ? <p className="error">{workspaceErrors.name}</p> : null}
          <label htmlFor="ws-slug">Slug (in the address: lower-case letters, digits, dashes)</label>
          <input id="ws-slug" name="slug" required pattern="[a-z0-9][a-z0-9-]*"
            aria-invalid={workspaceErrors.slug || workspaceErrors.workspace ? true : undefined} />
          {workspaceErrors.slug ? <p className="error">{workspaceErrors.slug}</p> : null}
          {workspaceErrors.workspace ? <p className="error">{workspaceErrors.workspace}</p> : null}
          <p><button type="submit">Create workspace</button></p>
        </Form>
      </section>
    </main>
  );
}
