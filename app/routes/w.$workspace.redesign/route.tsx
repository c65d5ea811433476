import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useLoaderData, useLocation } from "@remix-run/react";
import { QuadrantScatter, ScenarioProjection } from "../../charts";
import { formatHeadcount, formatHours, formatShare, suppressedLabel } from "../../charts/format";
import { CsvDownloads } from "../../components/csv-downloads";
import { DashboardPage, Section } from "../../components/dashboard-page";
import { Pager } from "../../components/pager";
import { ShowAll } from "../../components/show-all";
import { FigureCard } from "../../components/figure-card";
import { cachedPage, loadDashboardContext } from "../../dashboard/dashboard.server";
import { DepartmentTable } from "./department-table";
import { formatCost } from "./describe-cost";
import { OpportunityTable } from "./opportunity-table";
import { ScenarioFormula } from "./scenario-formula";
import { loadRedesign } from "./redesign.server";
import { ScenarioControls } from "./scenario-controls";
import { MeasuredAdoption } from "./measured-adoption";
import { ErrorPage } from "../../components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Redesign · ${data?.shell.workspace.name ?? "Workspace"} · Orbital` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return cachedPage(await loadDashboardContext(request, params), loadRedesign);
}

export default function Redesign() {
  const view = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const { shell, scenario, totals, rolesPage } = view;
  const isPaged = rolesPage.pageCount > 1;
  const k = shell.kThreshold;
  const adoption = scenario.adoptionPercent / 100;
  // The whole selection's headcount: the summary row, or the one department when there is only one.
  const plotted = view.projection.filter((r) => !r.suppressed && !r.isSummary);
  const summary = view.projection.find((r) => r.isSummary) ?? (plotted.length === 1 ? plotted[0] : undefined);

  return (
    <DashboardPage
      shell={shell}
      title="Redesign opportunities"
      intro="Per role and department: the hours AI could free, the work that could move to less senior people working with AI, the judgment work to grow, and the headcount each department would need, for the scenario you set."
    >
      <ScenarioControls scenario={scenario} />
      <MeasuredAdoption measured={view.measuredAdoption} current={scenario.adoptionPercent} />
      {view.roles.length === 0 ? (
        <p role="status" className="empty-state">
          No roles match this selection. Change the filters, or import job descriptions.
        </p>
      ) : null}
      <div className="cards" aria-label="Scenario totals">
        <FigureCard label="AI could free" value={formatHours(totals.freedHours)} note={`${formatHeadcount(totals.freedFte)} FTE a year`} tone="automatable" />
        <FigureCard
          label="Cost freed a year"
          value={totals.costFreed === null ? "–" : formatCost(totals.costFreed)}
          note={totals.costFreed === null ? "no costs known" : totals.costCoverage < 0.995 ? `for ${formatShare(totals.costCoverage)} of headcount with a known cost` : "in the jobs file's currency"}
        />
        <FigureCard label="Could move to less senior people" value={formatHours(totals.movableHours)} note="democratized work × adoption" tone="democratized" />
        <FigureCard label="Judgment work to grow" value={formatHours(totals.specializedHours)} note="specialized hours a year" tone="specialized" />
        <FigureCard
          label="Headcount needed"
          value={summary ? formatHeadcount(summary.projected) : "–"}
          note={summary ? `${formatHeadcount(summary.current)} today (${summary.isSummary ? summary.label.toLowerCase() : summary.label})` : "no department with figures"}
        />
      </div>
      {view.hiddenDepartments.length ? (
        <p className="muted">
          Totals leave out {view.hiddenDepartments.join(", ")}: {suppressedLabel(k)} logged there.
        </p>
      ) : null}

      <div className="redesign-grid">
        <Section title="Headcount each department would need" id="projection">
          <ScenarioProjection
            title={`Headcount today and projected, at ${formatShare(adoption)} adoption and ε = ${scenario.elasticity}`}
            description="Ring: headcount today. Dot: the headcount the department would need, H × (1 − s·a)^(1 − ε). The change is written at the right."
            rows={view.projection}
            adoptionRate={adoption}
            elasticity={scenario.elasticity}
            kThreshold={k}
            defaultWidth={760}
            fileName="headcount-projection"
          />
        </Section>
        <ScenarioFormula formula={view.formula} elasticityNote={view.elasticityNote} assumptions={view.assumptions} />
      </div>

      <Section title="By department" id="departments">
        {view.departments.length ? <DepartmentTable departments={view.departments} kThreshold={k} /> : <p className="muted">No departments in this selection.</p>}
        <ShowAll
          summary={{ ...view.departmentsShown, shown: view.departments.length }}
          search={search}
          list="departments"
          noun="departments (the largest by headcount)"
          anchor="departments"
        />
      </Section>

      <Section title="Roles ranked by the hours that change" id="roles">
        <p className="muted">
          Hours that change = hours AI could free + hours that could move to less senior people. Hours are per year for the whole role.
          {isPaged ? " Every role is in redesign.csv below." : ""}
        </p>
        {view.roles.length ? <OpportunityTable rows={view.roles} kThreshold={k} /> : <p className="muted">No roles in this selection.</p>}
        <Pager info={rolesPage} noun="roles" label="Pages of the roles ranked by the hours that change" />
      </Section>

      <Section title={isPaged ? "Where the roles on this page sit" : "Where each role sits"} id="quadrant">
        <QuadrantScatter
          title={isPaged ? `Automatable against specialized share, roles ${rolesPage.first.toLocaleString("en")}–${rolesPage.last.toLocaleString("en")} of ${rolesPage.total.toLocaleString("en")} ranked by the hours that change` : "Automatable against specialized share, by role"}
          description={`Right: more of the role's time AI could take over. Up: more judgment work that stays with people. Dot size: headcount; colour: department. Select a dot to open the role.${isPaged ? " The pager of the roles table above moves this chart too." : ""}`}
          points={view.points}
          kThreshold={k}
          defaultWidth={1240}
          fileName="redesign-quadrant"
        />
      </Section>

      <CsvDownloads slug={shell.workspace.slug} search={search} names={["redesign.csv", "roles.csv", "departments.csv"]} kThreshold={k} />
    </DashboardPage>
  );
}

/** A failure here (bad filter, missing role, server error) keeps the header and navigation. */
export function ErrorBoundary() {
  return <ErrorPage page="Redesign" />;
}
