import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation, useNavigate } from "@remix-run/react";
import { AtomizationIcicle, ClassShareBars } from "../../charts";
import { formatHours, suppressedLabel } from "../../charts/format";
import { DashboardPage, Section } from "../../components/dashboard-page";
import { cachedPage, loadDashboardContext } from "../../dashboard/dashboard.server";
import { ATOMIZATION_MEANING, shareOrDash } from "../../dashboard/describe";
import { filterQuery } from "../../dashboard/filter";
import { loadAtomization } from "./atomization.server";
import { RoleTable } from "./role-table";
import { zoomSearch } from "./zoom-search";
import { Pager } from "../../components/pager";
import { exportHref } from "../../dashboard/export-links";
import { ErrorPage } from "../../components/error-page";
import { ATOM_READING_NOTE } from "../../report/methodology";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Atomization · ${data?.shell.workspace.name ?? "Workspace"} · Orbital` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return cachedPage(await loadDashboardContext(request, params), loadAtomization);
}

export default function Atomization() {
  const view = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const navigate = useNavigate();
  const { shell, zoom, selection } = view;
  const k = shell.kThreshold;
  const base = `/w/${shell.workspace.slug}`;
  const keep = filterQuery(search);
  const scopeName = zoom ?? "the selection";
  const noRoles = view.icicle.length === 0;

  return (
    <DashboardPage
      shell={shell}
      title="Atomization"
      intro="How the organization's work breaks into atoms: well-defined units such as research, drafting or analysis, each classed as work AI could take over, work others could do with AI, or judgment that stays with specialists."
    >
      <p className="atomization-summary">
        {noRoles ? null : selection ? (
          <>
            <strong className="big-figure">{shareOrDash(selection.atomization)} atomized</strong> of{" "}
            {formatHours(selection.hours)} a year in this selection
            {view.focus ? `; ${view.focus.name}: ${shareOrDash(view.focus.atomization)} of ${formatHours(view.focus.hours)}` : ""}.{" "}
          </>
        ) : (
          <strong>The selection's total is hidden: {suppressedLabel(k)} logged in it. </strong>
        )}
        {ATOMIZATION_MEANING}
      </p>
      {noRoles ? (
        <p role="status" className="empty-state">
          No analysed roles match this selection. Change the filters, or import job descriptions or task logs.
        </p>
      ) : null}

      <Section
        title="How the work breaks into atoms"
        id="icicle"
        aside={zoom ? <Link to={{ search: zoomSearch(search, null) }} preventScrollReset>Show the whole organization</Link> : null}
      >
        <AtomizationIcicle
          // Remounts when the URL's zoom changes (Back, a link), since the chart keeps its zoom in state.
          key={`${zoom ?? ""}:${view.after}`}
          title="Organization → department → role → atom"
          description="Each block's height is its hours a year; atoms are coloured by class. Select a department to zoom in, a role to open it. Roles show their atomization measure."
          departments={view.icicle}
          initialDepartment={zoom}
          departmentHref={(d) => zoomSearch(search, d.name)}
          onZoom={(department) => navigate({ search: zoomSearch(search, department) }, { preventScrollReset: true })}
          moreHref={(department, after) => zoomSearch(search, department, after)}
          onMore={(department, after) => navigate({ search: zoomSearch(search, department, after) }, { preventScrollReset: true })}
          roleHref={(role) => `${base}/roles/${role.id}${keep}`}
          kThreshold={k}
          defaultWidth={1240}
          headingLevel={3}
          fileName="atomization"
        />
        {view.suppressedDepartments.length || view.hiddenRoleCount ? (
          <p className="muted">
            {view.suppressedDepartments.length
              ? `Departments hidden because ${suppressedLabel(k)} logged in them: ${view.suppressedDepartments.join(", ")}. `
              : ""}
            The chart adds up the roles it shows; the hours above include the hidden ones.
          </p>
        ) : null}
      </Section>

      <Section title={`Hours per atom in ${scopeName}`} id="atoms">
        {view.atoms ? (
          <ClassShareBars
            title={`Hours a year per atom, by class${zoom ? `: ${zoom}` : ""}`}
            description="Each bar is one atom (unit of work), split into automatable, democratized and specialized hours; largest first."
            rows={view.atoms.map((a) => ({ key: a.atom, label: a.label, hours: a.hours }))}
            mode="hours"
            groupLabel="Atom"
            kThreshold={k}
            defaultWidth={1240}
            fileName={zoom ? `atoms-${zoom}` : "atoms"}
          />
        ) : (
          <p className="muted">Hours per atom are hidden: {suppressedLabel(k)} logged in this selection.</p>
        )}
        <p className="muted">{ATOM_READING_NOTE}</p>
      </Section>
      <Section title={zoom ? `Roles in ${zoom}` : "Roles"} id="roles">
        {view.roles.length ? (
          <>
            <RoleTable
              rows={view.roles}
              sort={view.sort}
              base={base}
              kThreshold={k}
              caption={`${zoom ? `Roles in ${zoom}` : "Roles in the selection"}${view.rolePage.pageCount > 1 ? `, ${view.rolePage.first}–${view.rolePage.last} of ${view.rolePage.total}` : ""}`}
            />
            {view.rolePage.pageCount > 1 ? (
              <Pager info={view.rolePage} noun="roles" label="Pages of the role table">
                <a href={exportHref(shell.workspace.slug, "roles.csv", search)} download>
                  All {view.rolePage.total.toLocaleString("en-US")} roles as CSV
                </a>
              </Pager>
            ) : null}
          </>
        ) : (
          <p className="muted">No analysed roles in this selection.</p>
        )}
      </Section>
    </DashboardPage>
  );
}

/** A failure here (bad filter, missing role, server error) keeps the header and navigation. */
export function ErrorBoundary() {
  return <ErrorPage page="Atomization" />;
}
