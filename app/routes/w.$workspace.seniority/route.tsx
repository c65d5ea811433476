import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData, useLocation } from "@remix-run/react";
import { ClassShareBars, JudgmentDumbbell } from "../../charts";
import { DashboardPage, Section } from "../../components/dashboard-page";
import { cachedPage, loadDashboardContext } from "../../dashboard/dashboard.server";
import { JudgmentSwitch } from "./judgment-switch";
import { LevelTable } from "./level-table";
import { ReadingNote } from "./reading-note";
import { RolesLookingUp } from "./roles-looking-up";
import { loadSeniority, type SeniorityPageView as SeniorityView } from "./seniority.server";
import { ErrorPage } from "../../components/error-page";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Seniority · ${data?.shell.workspace.name ?? "Workspace"} · Orbital` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return cachedPage(await loadDashboardContext(request, params), loadSeniority);
}

export default function Seniority() {
  const view = useLoaderData<typeof loader>();
  const { search } = useLocation();
  const { shell, levels } = view;

  return (
    <DashboardPage
      shell={shell}
      title="Seniority compression"
      intro="Once AI takes over the automatable work, does junior work start to look like senior work? For each level: where the hours go, the share of judgment work before and after AI, and the roles already doing work like the level above."
    >
      {levels.length || view.judgment !== "all" ? <JudgmentSwitch current={view.judgment} search={search} /> : null}
      {levels.length === 0 ? (
        <p role="status" className="empty-state">
          No level in this selection has analysed hours yet.{" "}
          {shell.role !== "viewer" ? <Link to={`/w/${shell.workspace.slug}/import`}>Import data</Link> : null}
        </p>
      ) : (
        <SeniorityFigures view={view} search={search} />
      )}
    </DashboardPage>
  );
}

function SeniorityFigures({ view, search }: { view: SeniorityView; search: string }) {
  const { shell, index, levels } = view;
  const k = shell.kThreshold;
  const scope = view.judgment === "without-hands-on" ? " (hands-on work left out)" : "";
  return (
    <>
      <Section title={`Compression index${scope}`} id="index">
        <p className="compression-figure">
          {index.value === null ? null : <strong className="big-figure">Index {index.value.toFixed(2)} </strong>}
          {view.indexText}
        </p>
        <p className="muted definition">
          <strong>Compression index</strong> = 1 − (gap after AI ÷ gap before AI), where the gap is the judgment share of the top
          level present minus that of the bottom level present. 0: no compression; 1: junior and senior work look alike; below 0
          the gap widened; above 1 it flipped. The <strong>judgment share</strong> is specialized hours ÷ all hours before AI, and
          specialized hours ÷ the hours left once AI takes the automatable work, after.
          {view.suppressedLevels.length ? ` Left out (${view.suppressedLevels.join(", ")}): logged by fewer than ${k} people.` : ""}
          {view.levelsWithoutHours.length ? ` No analysed hours yet: ${view.levelsWithoutHours.join(", ")}.` : ""}
        </p>
        <ReadingNote judgment={view.judgment} search={search} />
      </Section>

      <div className="dashboard-grid">
        <Section title={`Hours by class at each level${scope}`} id="hours">
          <ClassShareBars
            title={`Hours a year by class, per level${scope}`}
            description="Automatable, democratized and specialized hours a year at each level of the ladder, for the whole headcount."
            rows={levels.map((l) => ({ key: l.key, label: l.name, hours: l.classHours ?? { automatable: 0, democratized: 0, specialized: 0 }, suppressed: l.suppressed }))}
            mode="hours"
            groupLabel="Level"
            kThreshold={k}
            defaultWidth={560}
            fileName="hours-by-class-per-level"
          />
        </Section>
        <Section title={`Judgment share before and after AI${scope}`} id="judgment">
          <JudgmentDumbbell
            title={`Judgment share by level, before and after AI${scope}`}
            description="Specialized hours as a share of all hours (before) and of the hours left once automatable work goes to AI (after)."
            rows={levels.map((l) => ({ key: l.key, label: l.name, before: l.before ?? 0, after: l.after ?? 0, suppressed: l.suppressed }))}
            kThreshold={k}
            defaultWidth={560}
            fileName="judgment-share-by-level"
          />
        </Section>
      </div>

      <Section title="Levels in figures" id="levels">
        <LevelTable levels={levels} kThreshold={k} />
      </Section>

      <Section title="Roles whose work after AI already looks a level up" id="looking-up">
        <RolesLookingUp roles={view.rolesLookingUp} page={view.rolesLookingUpPage} workspaceSlug={shell.workspace.slug} search={search} />
      </Section>
    </>
  );
}

/** A failure here (bad filter, missing role, server error) keeps the header and navigation. */
export function ErrorBoundary() {
  return <ErrorPage page="Seniority" />;
}
