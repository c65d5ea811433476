import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs, type MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { requireWorkspace } from "../../access.server";
import { getConnection, getDb } from "../../db.server";
import { AuditLog } from "./audit-log";
import { DeleteWorkspace } from "./delete-workspace";
import { Members } from "./members";
import { MAX_K_THRESHOLD } from "./limits";
import { loadSettings, runSettingsAction } from "./settings.server";
import { readForm } from "../../forms";
import { ErrorPage } from "../../components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `Settings · ${data?.workspace.name ?? "Workspace"} · Orbital` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspace(request, params.workspace, "admin");
  return loadSettings(getDb(), access);
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireWorkspace(request, params.workspace, "admin");
  const result = runSettingsAction(getConnection(), access, await readForm(request));
  if (result.ok && result.redirectTo) throw redirect(result.redirectTo);
  return data(result, { status: result.ok ? 200 : result.status });
}

export default function WorkspaceSettings() {
  const { workspace, members, audit, me } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errorsFor = (intent: string) => (result && !result.ok && result.intent === intent ? result.fieldErrors : {});
  const kErrors = errorsFor("k");
  return (
    <main className="page">
      <h1>Settings: {workspace.name}</h1>
      {result?.ok ? (
        <p role="status" className="success">
          {result.message}
        </p>
      ) : null}

      <Members members={members} me={me} grantErrors={errorsFor("grant")} revokeErrors={errorsFor("revoke")} />

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>
          Every chart, table and export of this workspace hides figures computed from fewer than <strong>k</strong>{" "}
          distinct employees and shows &ldquo;fewer than k people&rdquo; instead.
        </p>
        <Form method="post" className="inline-form">
          <input type="hidden" name="intent" value="k" />
          <label htmlFor="k">k (at least 2)</label>
          <input id="k" name="k" type="number" min={2} max={MAX_K_THRESHOLD} step={1} required
            defaultValue={workspace.kThreshold} key={workspace.kThreshold}
            aria-invalid={kErrors.k ? true : undefined} aria-describedby={kErrors.k ? "k-error" : undefined} />
          <button type="submit">Save k</button>
          {kErrors.k ? <p id="k-error" className="error">{kErrors.k}</p> : null}
        </Form>
      </section>

      <AuditLog events={audit} />
      <DeleteWorkspace slug={workspace.slug} name={workspace.name} errors={errorsFor("delete")} />
    </main>
  );
}

/** A failure here (bad filter, missing role, server error) keeps the header and navigation. */
export function ErrorBoundary() {
  return <ErrorPage page="Settings" />;
}
