import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { ClassShareBars, JudgmentDumbbell } from "../../charts";
import { formatHeadcount, formatHours, suppressedLabel } from "../../charts/format";
import { CsvDownloads } from "../../components/csv-downloads";
import { DashboardPage, Section } from "../../components/dashboard-page";
import { ShowAll } from "../../components/show-all";
import { levelName } from "../../../importers/levels";
import { cachedPage, loadDashboardContext } from "../../dashboard/dashboard.server";
import { describeCompression, describeShareRange, explainShareRanges, shareOrDash } from "../../dashboard/describe";
import { filterQuery } from "../../dashboard/filter";
import { loadOverview } from "./overview.server";
import { FigureCard } from "../../components/figure-card";
import { KNOWLEDGE_WORK_NOTE } from "../../report/plain-seniority";
import { ErrorPage } from "../../components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Overview · ${data?.shell.workspace.name ?? "Workspace"} · Orbital` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return cachedPage(await loadDashboardContext(request, params), loadOverview);
}

/** The card's note with the share's uncertainty range after it, when there is one. */
const withRange = (note: string, range: Parameters<typeof describeShareRange>[0]) => (range ? `${note}; ${describeShareRange(range)}` : note);

export default function Overview() {
  const view = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const { shell, summary } = view;
  const k = shell.kThreshold;
  const base = `/w/${shell.workspace.slug}`;
  const keep = filterQuery(search);
  const noRoles = summary.roles === 0;

  return (
    <DashboardPage
      shell={shell}
      title="Overview"
      intro="Where AI is changing this organization's work: how much of it AI could carry, where people could do more with AI, and the judgment work that stays human."
    >
      {noRoles ? (
        <p role="status" className="empty-state">
          No roles match this selection.{" "}
          {shell.role !== "viewer" ? <Link to={`${base}/import`}>Import job descriptions</Link> : "Ask an editor to import job descriptions."}
        </p>
      ) : null}
      <div className="cards" aria-label="Headline figures">
        <FigureCard label="Roles" value={formatHeadcount(summary.roles)} />
        <FigureCard label="Headcount" value={formatHeadcount(summary.headcount)} />
        <FigureCard
          label="Hours logged"
          value={summary.logs.suppressed ? suppressedLabel(k) : formatHours(summary.logs.figures.hoursLogged)}
          note={summary.logs.suppressed ? undefined : `${formatHeadcount(summary.logs.figures.employees)} people`}
        />
        <FigureCard label="Automatable" value={shareOrDash(view.organization?.automatable)} note={withRange("of working time", view.organizationRanges?.automatable)} tone="automatable" />
        <FigureCard label="Democratized" value={shareOrDash(view.organization?.democratized)} note={withRange("of working time", view.organizationRanges?.democratized)} tone="democratized" />
        <FigureCard label="Specialized" value={shareOrDash(view.organization?.specialized)} note={withRange("of working time", view.organizationRanges?.specialized)} tone="specialized" />
      </div>
      <p className="muted weighting-note">
        {summary.rolesByWeighting.logs} role{summary.rolesByWeighting.logs === 1 ? "" : "s"} weighted by logged hours,{" "}
        {summary.rolesByWeighting.statements} by equal weights over their job-description tasks (no task logs)
        {summary.rolesByWeighting.none ? `, ${summary.rolesByWeighting.none} not analysed yet` : ""}. Hours are per year for the
        whole headcount (1,760 h per FTE).
        {summary.analyzedAt ? ` Last analysed ${summary.analyzedAt.slice(0, 16).replace("T", " ")} UTC.` : ""}
      </p>
      {view.organizationRanges ? <p className="muted weighting-note range-note">{explainShareRanges(view.organization, view.organizationRanges)}</p> : null}

      <p>
        <Link to={`${base}/report${keep}`}>The readiness report: summary, PDF, slides and role profiles →</Link>
      </p>

      <div className="dashboard-grid">
        <Section title="Biggest redesign opportunities" id="opportunities" aside={<Link to={`${base}/redesign${keep}`}>All roles and scenarios →</Link>}>
          <p>
            At {Math.round(view.scenario.adoption * 100)}% adoption, AI could free about{" "}
            <strong>{formatHours(view.freed.hours)}</strong> a year (<strong>{formatHeadcount(view.freed.fte)} FTE</strong>) in this
            selection.
          </p>
          {view.topOpportunities.length ? (
            <ol className="opportunity-list">
              {view.topOpportunities.map((o) => (
                <li key={o.roleId}>
                  <Link to={`${base}/roles/${o.roleId}${keep}`}>{o.title}</Link>{" "}
                  <span className="muted">
                    {o.department} · {o.levelLabel} · {formatHeadcount(o.headcount)} people
                  </span>
                  <br />
                  {formatHours(o.freedHours)} freed ({formatHeadcount(o.freedFte)} FTE), {formatHours(o.movableHours)} could move to
                  less senior people with AI
                </li>
              ))}
            </ol>
          ) : (
            <p className="muted">No role in this selection has work AI could take over or spread.</p>
          )}
        </Section>

        <Section title="Seniority compression" id="compression" aside={<Link to={`${base}/seniority${keep}`}>By level →</Link>}>
          <p className="compression-plain">
            <strong>{view.seniority.plain}</strong>
          </p>
          <p className="muted">
            {KNOWLEDGE_WORK_NOTE}
            {view.seniority.index.value === null ? "" : ` Compression index ${view.seniority.index.value.toFixed(2)}: ${describeCompression(view.seniority.index)}`}
          </p>
          <JudgmentDumbbell
            title="Judgment share of knowledge work by level, before and after AI"
            description="Specialized hours as a share of all knowledge-work hours (before) and of the hours left once automatable work goes to AI (after); hands-on work and log lines that name no work left out."
            rows={view.seniority.rows.map((r) => ({ key: r.key, label: levelName(r.level), before: r.before, after: r.after, suppressed: r.suppressed }))}
            kThreshold={k}
            defaultWidth={560}
            fileName="judgment-by-level"
          />
        </Section>
      </div>

      <Section title="Share of working time by class" id="shares" aside={<Link to={`${base}/atomization${keep}`}>How work breaks into atoms →</Link>}>
        <ClassShareBars
          title="Automatable, democratized and specialized work, by department"
          description="Share of each department's yearly hours, weighted by logged time where task logs exist."
          rows={view.shareRows}
          mode="share"
          groupLabel="Department"
          kThreshold={k}
          defaultWidth={1180}
          fileName="class-shares-by-department"
        />
        <ShowAll
          summary={view.departmentsShown}
          search={search}
          list="departments"
          noun="departments (the largest by headcount)"
          anchor="shares"
          csv="departments.csv"
        />
      </Section>

      <CsvDownloads slug={shell.workspace.slug} search={search} names={["roles.csv", "departments.csv", "tasks.csv", "overrides.csv"]} kThreshold={k} />
    </DashboardPage>
  );
}

/** A failure here (bad filter, missing role, server error) keeps the header and navigation. */
export function ErrorBoundary() {
  return <ErrorPage page="Overview" />;
}
