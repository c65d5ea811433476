import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { requireWorkspace } from "../../access.server";
import { HourBarList } from "../../charts";
import { suppressedLabel } from "../../charts/format";
import { Section } from "../../components/dashboard-page";
import { cachedPage, loadDashboardContext } from "../../dashboard/dashboard.server";
import { filterQuery } from "../../dashboard/filter";
import { getDb } from "../../db.server";
import { overrideResponse } from "../../overrides/override-task.server";
import { CapabilityList } from "./capability-list";
import { RedesignCardView } from "./redesign-card";
import { RoleFacts } from "./role-facts";
import { loadRolePage, requireRole } from "./role.server";
import { TaskTable } from "./task-table";
import { ErrorPage } from "../../components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.role.title ?? "Role"} · ${data?.shell.workspace.name ?? "Workspace"} · Orbital` },
];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return cachedPage(await loadDashboardContext(request, params), (ctx) => loadRolePage(ctx, params.roleId));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const access = await requireWorkspace(request, params.workspace, "editor");
  requireRole(getDb(), access.workspace.id, params.roleId);
  return overrideResponse(request, access);
}

export default function RolePage() {
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { search } = useLocation();
  const { shell, role } = view;
  const k = shell.kThreshold;
  const base = `/w/${shell.workspace.slug}`;
  const keep = filterQuery(search);

  return (
    <main className="page dashboard role-page">
      <div className="dashboard-head">
        <p className="dashboard-workspace muted">
          {shell.workspace.name} · <Link to={`${base}${keep}`}>Overview</Link> ·{" "}
          <Link to={`${base}/redesign${keep}`}>Redesign</Link>
        </p>
        <h1>{role.title}</h1>
        <p className="dashboard-intro">
          What this role&apos;s work is made of, what AI could take on, and the judgment work that stays with people.
        </p>
      </div>
      <RoleFacts view={view} />

      {view.weighting === null ? (
        <p className="empty-state">
          No analysed time yet: this role has no job-description tasks and no logged tasks, so there is nothing to split into
          atoms or redesign.
        </p>
      ) : (
        <>
          <Section title="Hours per atom" id="atoms">
            {view.time ? (
              <HourBarList
                title={`${role.title}: hours per atom`}
                description="Hours a year for the whole role in each unit of work, coloured by class (an atom whose tasks fall in two classes has a bar for each)."
                items={view.time.atoms}
                itemLabel="Atom"
                kThreshold={k}
                defaultWidth={1180}
                fileName={`hours-per-atom-${role.roleId}`}
              />
            ) : (
              <p className="suppressed-note">Hours per atom are hidden: this role&apos;s time was logged by {suppressedLabel(k)}.</p>
            )}
          </Section>

          <Section title="Orchestrator capabilities this role will need" id="capabilities">
            {view.redesign ? (
              <CapabilityList capabilities={view.redesign.capabilities} />
            ) : (
              <p className="suppressed-note">Hidden: this role&apos;s time was logged by {suppressedLabel(k)}.</p>
            )}
          </Section>

          <Section
            title="Redesign card"
            id="redesign"
            aside={
              <span>
                Download role profile:{" "}
                <a href={`${base}/roles/${view.role.roleId}/profile.docx`} download>
                  Word
                </a>{" "}
                ·{" "}
                <a href={`${base}/roles/${view.role.roleId}/profile.md`} download>
                  Markdown
                </a>
              </span>
            }
          >
            {view.redesign ? (
              <RedesignCardView card={view.redesign.card} kThreshold={k} />
            ) : (
              <p className="suppressed-note">Hidden: this role&apos;s time was logged by {suppressedLabel(k)}.</p>
            )}
          </Section>

          <Section title="Tasks" id="tasks">
            <TaskTable view={view} result={result ?? null} />
          </Section>
        </>
      )}
    </main>
  );
}

/** A failure here (bad filter, missing role, server error) keeps the header and navigation. */
export function ErrorBoundary() {
  return <ErrorPage page="Role" />;
}
