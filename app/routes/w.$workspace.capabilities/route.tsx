import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { formatShare, suppressedLabel } from "../../charts/format";
import { GapHeatmap } from "../../charts/gap-heatmap";
import { ShareStackBars } from "../../charts/share-stack-bars";
import { DashboardPage, Section } from "../../components/dashboard-page";
import { ShowAll } from "../../components/show-all";
import { loadDashboardContext } from "../../dashboard/dashboard.server";
import { filterQuery } from "../../dashboard/filter";
import { readContext } from "../../load-context";
import { loadCapabilities, type CapabilitiesView } from "./capabilities.server";
import { AdoptionTable, AiUseTable, SupplyTable, TrainFirstTable, WeeklyTable } from "./tables";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Capabilities · ${data?.shell.workspace.name ?? "Workspace"} · Orbital` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  // The request id lets the page cache keep this view's audit record with the answer it stores.
  return loadCapabilities(await loadDashboardContext(request, params), readContext(context).requestId);
}

/** Light to dark: Never … Several times a day. */
const AI_USE_COLORS = ["#e3e6ea", "#b9d3ea", "#74a9cf", "#2b6cb0", "#153e75"];

export default function Capabilities() {
  const view = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const { shell } = view;
  const slug = shell.workspace.slug;
  return (
    <DashboardPage
      shell={shell}
      title="People's readiness"
      intro="Do people already have the orchestrator capabilities the redesigned work will need? What people report in the capability survey, set against what the roles will ask of them once AI takes its share, and how much of the work AI could help with already uses it according to the task logs."
    >
      <p className="muted">
        <Link to={`/w/${slug}/survey`}>The survey</Link>: questions, Microsoft Forms and Google Forms instructions, the CSV template and a printable
        version. {shell.role !== "viewer" ? <Link to={`/w/${slug}/import`}>Import responses</Link> : null}
      </p>
      {view.surveyed ? <SurveyFigures view={view} search={search} /> : (
        <p role="status" className="empty-state">
          No survey responses yet. Send the survey to your organization, then import the Forms export.
        </p>
      )}
      <LogEvidence view={view} search={search} />
    </DashboardPage>
  );
}

function Answers({ view, search }: { view: CapabilitiesView; search: string }) {
  const { answers, shell } = view;
  const k = shell.kThreshold;
  const adoptionQuery = answers.adoption === null ? "" : `adoption=${Math.round(answers.adoption * 100)}`;
  const filter = filterQuery(search);
  const redesignHref = `/w/${shell.workspace.slug}/redesign${filter ? `${filter}&` : "?"}${adoptionQuery}`;
  return (
    <ul className="readiness-answers" aria-label="The answers in short">
      <li>
        <strong>Train first: </strong>
        {answers.trainFirst
          ? `${answers.trainFirst.capability} in ${answers.trainFirst.department} (people report ${Math.round(answers.trainFirst.gap * 100)} points less than the work will need; mostly ${answers.trainFirst.roles.join(", ")}).`
          : `no department with at least ${k} respondents reports less than its redesigned work will need.`}
      </li>
      <li>
        <strong>Juniors: </strong>
        {answers.juniors === null
          ? "no Entry or Junior roles in this selection."
          : answers.juniors.suppressed
            ? `${answers.juniors.level}: ${suppressedLabel(k)} answered.`
            : answers.juniors.short.length
              ? `${answers.juniors.level} people report less than the redesigned work will ask of them in ${answers.juniors.short.join(", ")}.`
              : `${answers.juniors.level} people already report what the redesigned work will ask of them.`}
      </li>
      <li>
        <strong>AI use today: </strong>
        {answers.adoption === null ? (
          "the task logs hold no AI-tool use for this selection (or it comes from fewer than k people)."
        ) : (
          <>
            measured: {formatShare(answers.adoption)} of the hours AI could help with (automatable or democratized work) already use an AI tool.{" "}
            <Link to={redesignHref}>Start the Redesign scenario from the measured adoption</Link>
          </>
        )}
      </li>
    </ul>
  );
}

function SurveyFigures({ view, search }: { view: CapabilitiesView; search: string }) {
  const { readiness, shell, capabilities } = view;
  const k = shell.kThreshold;
  const columns = capabilities.map((c) => ({ key: c.key, label: c.label }));
  const csvHref = `/w/${shell.workspace.slug}/export/capabilities.csv${filterQuery(search)}`;
  const respondentsNote = (n: number | null) => (n === null ? suppressedLabel(k) : `${n} respondent${n === 1 ? "" : "s"}`);
  return (
    <>
      <Section title="In short" id="answers">
        <p>
          {readiness.respondents.toLocaleString("en")} people answered out of a headcount of {Math.round(readiness.headcount).toLocaleString("en")}
          {readiness.responseRate === null ? "" : ` (response rate ${formatShare(readiness.responseRate)})`}. Scores are 0 % (strongly disagree with
          both statements) to 100 % (strongly agree); the work&apos;s need is 75 % (agree) for a capability that at least 40 % of a role&apos;s hours call on,
          less in proportion below that.
        </p>
        <Answers view={view} search={search} />
      </Section>

      <Section title="Where to train first" id="train-first">
        <p className="muted definition">
          Gap × the hours a year that depend on the capability, per department: the largest shortfalls in the most work come first.
        </p>
        <TrainFirstTable rows={readiness.trainFirst} slug={shell.workspace.slug} search={search} />
      </Section>

      <Section title="Gap by department" id="gap-department">
        <GapHeatmap
          title="Capability gap by department"
          description="What the redesigned work will need minus what people report, in points of the scale. Orange: a shortfall; blue: people report more than the work needs."
          columns={columns}
          rows={readiness.gapByDepartment.map((row) => ({ key: row.key, label: row.label, note: respondentsNote(row.respondents), cells: row.cells.map((c) => ({ ...c, column: c.capability })) }))}
          rowLabel="Department"
          kThreshold={k}
          defaultWidth={900}
          fileName="capability-gap-by-department"
        />
        <ShowAll summary={view.lists.departments} search={search} list="departments" noun="departments (the largest by headcount)" anchor="gap-department" csv="capabilities.csv" />
      </Section>

      <Section title="Capability by level" id="levels">
        <p className="muted definition">
          Do juniors already show the capabilities the redesigned work asks of them? The same gap, per level of the ladder.
        </p>
        <GapHeatmap
          title="Capability gap by level"
          description="What the redesigned work at each level will need minus what people at that level report, in points of the scale."
          columns={columns}
          rows={readiness.gapByLevel.map((row) => ({ key: row.key, label: row.label, note: respondentsNote(row.respondents), cells: row.cells.map((c) => ({ ...c, column: c.capability })) }))}
          rowLabel="Level"
          kThreshold={k}
          defaultWidth={900}
          fileName="capability-gap-by-level"
        />
        <SupplyTable caption="Reported capability and the work's need, by level" rows={readiness.byLevel} demand={readiness.demandByLevel} groupLabel="Level" capabilities={capabilities} k={k} />
      </Section>

      <Section title="Supply: what people report" id="supply">
        <SupplyTable caption="Reported capability by department" rows={readiness.byDepartment} demand={readiness.demandByDepartment} groupLabel="Department" capabilities={capabilities} k={k} />
        <SupplyTable caption="Reported capability by role" rows={readiness.byRole} groupLabel="Role" capabilities={capabilities} k={k} />
        <ShowAll summary={view.lists.supplyRoles} search={search} list="roles" noun="roles (the most respondents first)" anchor="supply" csv="capabilities.csv" />
      </Section>

      <Section title="How often people use AI" id="ai-use">
        <ShareStackBars
          title="How often people use AI tools, by department"
          description="Answers to “How often do you use AI tools in your work?”, as shares of each department's respondents."
          categories={view.aiUseLabels}
          colors={AI_USE_COLORS}
          rows={readiness.aiUse.map((row) => ({ key: row.key, label: row.label, shares: row.shares, suppressed: row.suppressed }))}
          rowLabel="Department"
          kThreshold={k}
          defaultWidth={900}
          fileName="ai-use-by-department"
        />
        <AiUseTable rows={readiness.aiUse} logs={view.evidence.byDepartment} k={k} />
      </Section>

      <section className="csv-downloads" aria-labelledby="capabilities-csv-heading">
        <h2 id="capabilities-csv-heading">Download CSV</h2>
        <p>
          <a href={csvHref} download>
            Capabilities <span className="muted">(capabilities.csv)</span>
          </a>
          : supply, need and gap per department and level, and where to train first, for this selection. Figures from fewer than {k} people
          read &ldquo;fewer than {k} people&rdquo;; individual answers are never exported.
        </p>
      </section>
    </>
  );
}

function LogEvidence({ view, search }: { view: CapabilitiesView; search: string }) {
  const { evidence, shell } = view;
  const k = shell.kThreshold;
  if (!evidence.hasLogs) return null;
  return (
    <Section title="Evidence in the task logs" id="logs">
      <p className="muted definition">
        The task logs&apos; <code>tool</code> column: the share of logged hours done with an AI tool, and adoption against potential — AI-assisted hours
        on the work the analyzer calls automatable or democratized ÷ all hours of that work. Behaviour, beside the survey&apos;s self-assessment.
      </p>
      <AdoptionTable caption="AI use in the task logs, by department" groupLabel="Department" rows={[evidence.overall, ...evidence.byDepartment]} k={k} />
      <AdoptionTable caption="AI use in the task logs, by level" groupLabel="Level" rows={evidence.byLevel} k={k} />
      <AdoptionTable caption="AI use in the task logs, by role" groupLabel="Role" rows={evidence.byRole} k={k} />
      <ShowAll summary={view.lists.logRoles} search={search} list="roles" noun="roles (the most logged hours first)" anchor="logs" />
      <AdoptionTable caption="AI use in the task logs, by atom" groupLabel="Atom" rows={evidence.byAtom} k={k} />
      <WeeklyTable rows={evidence.weekly} k={k} />
      <table>
        <caption>AI tools named in the logs (normalized), by share of AI-assisted hours</caption>
        <thead>
          <tr>
            <th scope="col">Tool</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">Share of AI-assisted hours</th>
          </tr>
        </thead>
        <tbody>
          {evidence.tools.map((tool) => (
            <tr key={tool.name}>
              <th scope="row">{tool.name}</th>
              <td>{tool.kind === "assistant" ? "Assistant" : tool.kind === "generic" ? "Unnamed AI" : "In-house or other, as written"}</td>
              <td className="num">{tool.suppressed || tool.share === null ? suppressedLabel(k) : formatShare(tool.share)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.surveyed ? null : <Answers view={view} search={search} />}
    </Section>
  );
}
