/**
 * The readiness report as one React tree: the web page renders it inside the app, the PDF and
 * the CLI render it to a standalone HTML document (render-html.tsx), so the three agree. Pure:
 * a ReportView in, markup out; no Remix hooks, so it renders under plain react-dom/server.
 */
import type { ReactNode } from "react";
import { ClassShareBars, JudgmentDumbbell, QuadrantScatter, ScenarioProjection } from "../charts";
import { formatCount, formatHeadcount, formatHours, formatShare, suppressedLabel } from "../charts/format";
import { ColumnHeads } from "../charts/data-table";
import { ATOMIZATION_MEANING } from "../dashboard/describe";
import { ATOM_READING_NOTE, CLASSIFIER_QUALITY, GLOSSARY, METHODOLOGY } from "./methodology";
import type { ReportSectionId } from "./cover";
import type { ReportView } from "./report.server";
import { RoleProfileView } from "./role-profile-view";

/** Width of the charts' first render: about the text width of an A4 or Letter page. */
export const REPORT_CHART_WIDTH = 640;

export interface ReportDocumentProps {
  view: ReportView;
  /** Replaces the "People's readiness" section's content (drawn from `view.readiness` by default). */
  readiness?: ReactNode;
}

const money = (value: number) => Math.round(value).toLocaleString("en-US");
const dash = "–";

export function ReportDocument({ view, readiness }: ReportDocumentProps) {
  const k = view.kThreshold;
  const hide = suppressedLabel(k);
  const note = (id: ReportSectionId) => (view.cover.notes[id] ? <p className="report-note">{view.cover.notes[id]}</p> : null);
  let n = 0;
  const number = () => (n += 1);

  return (
    <article className={`report report-${view.paper}`} aria-label={`Readiness report: ${view.workspace.name}`}>
      <header className="report-cover">
        {view.cover.logo ? <img className="report-logo" src={view.cover.logo} alt={`${view.workspace.name} logo`} /> : null}
        <p className="report-kicker">AI-readiness report</p>
        <h1 className="report-title">{view.workspace.name}</h1>
        <dl className="report-cover-facts">
          <dt>Scope</dt>
          <dd>{view.scope}</dd>
          <dt>Scenario</dt>
          <dd>
            {view.scenario.adoptionPercent}% adoption, elasticity of demand {view.scenario.elasticity}
          </dd>
          <dt>Date</dt>
          <dd>{view.date}</dd>
          {view.cover.preparedFor ? (
            <>
              <dt>Prepared for</dt>
              <dd>{view.cover.preparedFor}</dd>
            </>
          ) : null}
          {view.cover.preparedBy ? (
            <>
              <dt>Prepared by</dt>
              <dd>{view.cover.preparedBy}</dd>
            </>
          ) : null}
          <dt>Produced with</dt>
          <dd>Orbital {view.version}</dd>
        </dl>
        <p className="report-cover-privacy">
          No figure in this report names or counts fewer than {k} people: such figures read "{hide}".
        </p>
      </header>

      <Section id="summary" title={`${number()}. Executive summary`}>
        {note("summary")}
        <div className="report-figures" aria-label="Headline figures">
          <Figure label="Automatable" value={view.headline.shares ? formatShare(view.headline.shares.automatable) : dash} note="of working time" />
          <Figure label="Democratized" value={view.headline.shares ? formatShare(view.headline.shares.democratized) : dash} note="of working time" />
          <Figure label="Specialized" value={view.headline.shares ? formatShare(view.headline.shares.specialized) : dash} note="of working time" />
          <Figure label="Hours AI could free" value={formatHours(view.headline.freedHours)} note={`${formatHeadcount(view.headline.freedFte)} FTE a year`} />
        </div>
        <ul className="report-summary">
          {view.summary.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      </Section>

      <Section id="time" title={`${number()}. Where the time goes`}>
        {note("time")}
        {view.time.sharesHidden ? <p>The selection's time split is hidden: {hide} logged time in it.</p> : null}
        <ClassShareBars
          title="Working time by class, by department"
          description="Share of each department's yearly hours that is automatable, democratized and specialized."
          rows={view.time.departmentRows}
          mode="share"
          groupLabel="Department"
          kThreshold={k}
          defaultWidth={REPORT_CHART_WIDTH}
          fileName="report-classes-by-department"
        />
        <ClassShareBars
          title="Working time by class, by level"
          description="The same split for each level of the ladder, Entry to Executive."
          rows={view.time.levelRows}
          mode="share"
          groupLabel="Level"
          kThreshold={k}
          defaultWidth={REPORT_CHART_WIDTH}
          fileName="report-classes-by-level"
        />
        <h3>The atoms that carry the most hours</h3>
        {view.time.atoms?.length ? (
          <table className="report-table">
            <caption className="visually-hidden">Hours per atom of work, largest first</caption>
            <ColumnHeads
              columns={[
                { label: "Atom" },
                { label: "Hours a year", numeric: true },
                { label: "Automatable", numeric: true },
                { label: "Democratized", numeric: true },
                { label: "Specialized", numeric: true },
              ]}
            />
            <tbody>
              {view.time.atoms.map((a) => (
                <tr key={a.label}>
                  <th scope="row">{a.label}</th>
                  <td className="num">{formatHours(a.total)}</td>
                  <td className="num">{a.shares ? formatShare(a.shares.automatable) : dash}</td>
                  <td className="num">{a.shares ? formatShare(a.shares.democratized) : dash}</td>
                  <td className="num">{a.shares ? formatShare(a.shares.specialized) : dash}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No atom's hours can be shown for this selection.</p>
        )}
        <p className="muted">{ATOMIZATION_MEANING}</p>
        <p className="muted">{ATOM_READING_NOTE}</p>
      </Section>

      <Section id="redesign" title={`${number()}. Redesign opportunities`}>
        {note("redesign")}
        <p>
          At {view.scenario.adoptionPercent}% adoption AI could free <strong>{formatHours(view.redesign.totals.freedHours)}</strong> a year (
          <strong>{formatHeadcount(view.redesign.totals.freedFte)} FTE</strong>)
          {view.redesign.totals.costFreed !== null ? `, about ${money(view.redesign.totals.costFreed)} in loaded cost,` : ""} and{" "}
          {formatHours(view.redesign.totals.movableHours)} could move to less senior people working with AI.
        </p>
        {view.redesign.topRoles.length ? (
          <table className="report-table">
            <caption>The {view.redesign.topRoles.length} roles whose work changes most</caption>
            <ColumnHeads
              columns={[
                { label: "#", numeric: true },
                { label: "Role" },
                { label: "People", numeric: true },
                { label: "Hours freed", numeric: true },
                { label: "Hours that could move", numeric: true },
                { label: "Judgment work to grow", numeric: true },
              ]}
            />
            <tbody>
              {view.redesign.topRoles.map((r) => (
                <tr key={r.roleId} data-role-id={r.roleId}>
                  <td className="num">{r.rank}</td>
                  <th scope="row">
                    {r.title}
                    <span className="report-sub">
                      {r.department} · {r.levelName}
                    </span>
                  </th>
                  <td className="num">{formatHeadcount(r.headcount)}</td>
                  <td className="num">{formatHours(r.freedHours)}</td>
                  <td className="num">{formatHours(r.movableHours)}</td>
                  <td className="num">{formatHours(r.specializedHours)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No role in this selection has work AI could take over or spread, or its figures are hidden.</p>
        )}
        {view.redesign.hiddenRoles ? (
          <p className="muted">
            {view.redesign.hiddenRoles} role{view.redesign.hiddenRoles === 1 ? " is" : "s are"} left out: {hide} logged time in{" "}
            {view.redesign.hiddenRoles === 1 ? "it" : "each"}.
          </p>
        ) : null}
        <QuadrantScatter
          title={view.redesign.pointsLeftOut ? "Where the roles whose work changes most sit" : "Where each role sits"}
          description={`Each dot is a role: automatable share across, specialized share up, dot area by headcount.${
            view.redesign.pointsLeftOut ? ` The other ${view.redesign.pointsLeftOut.toLocaleString("en")} roles are in redesign.csv.` : ""
          }`}
          points={view.redesign.points}
          kThreshold={k}
          defaultWidth={REPORT_CHART_WIDTH}
          fileName="report-quadrant"
        />
      </Section>

      <Section id="seniority" title={`${number()}. Seniority and hiring`}>
        {note("seniority")}
        <p className="report-lead">{view.seniority.plain}</p>
        <p className="muted">
          {view.seniority.note}
          {view.seniority.index !== null ? ` Compression index ${view.seniority.index.toFixed(2)} (1 − gap after ÷ gap before).` : ""}
          {view.seniority.allWorkIndex !== null ? ` With hands-on work included it reads ${view.seniority.allWorkIndex.toFixed(2)}.` : ""}
        </p>
        <JudgmentDumbbell
          title="Judgment share of knowledge work by level, before and after AI"
          description="Specialized hours as a share of all knowledge-work hours (before) and of the hours left once automatable work goes to AI (after)."
          rows={view.seniority.rows}
          kThreshold={k}
          defaultWidth={REPORT_CHART_WIDTH}
          fileName="report-judgment-by-level"
        />
        <h3>Roles whose work already looks a level up</h3>
        {view.seniority.rolesLookingUp.length ? (
          <table className="report-table">
            <ColumnHeads
              columns={[
                { label: "Role" },
                { label: "Judgment share after AI", numeric: true },
                { label: "Compared with" },
              ]}
            />
            <tbody>
              {view.seniority.rolesLookingUp.map((r) => (
                <tr key={`${r.title}|${r.department}|${r.levelName}`}>
                  <th scope="row">
                    {r.title}
                    <span className="report-sub">
                      {r.department} · {r.levelName}
                    </span>
                  </th>
                  <td className="num">{formatShare(r.judgmentAfter)}</td>
                  <td>
                    {r.comparedLevelName} before AI: {formatShare(r.comparedJudgmentBefore)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="muted">No role's post-AI work mix reaches the level above it.</p>
        )}
        <div className="report-keep">
          <h3>Headcount under the scenario</h3>
          <p>
            Projected headcount = <strong>{view.headcount.formula}</strong>. {view.headcount.elasticityNote}
          </p>
          <ScenarioProjection
            title="Headcount today and under the scenario, by department"
            description="Today's headcount against the headcount the scenario needs, per department."
            rows={view.headcount.projection}
            adoptionRate={view.scenario.adoptionPercent / 100}
            elasticity={view.scenario.elasticity}
            kThreshold={k}
            defaultWidth={REPORT_CHART_WIDTH}
            fileName="report-headcount-projection"
          />
        </div>
        <div className="report-keep">
          <h3>Assumptions</h3>
          <ul className="report-small">
            {view.headcount.assumptions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </div>
      </Section>

      <Section id="readiness" title={`${number()}. People's readiness`}>
        {note("readiness")}
        {readiness ?? <ReadinessSection view={view} />}
      </Section>

      <Section id="confidence" title={`${number()}. How sure we are`}>
        {note("confidence")}
        <ConfidenceSection view={view} />
      </Section>

      <Section id="next" title={`${number()}. Next 90 days`}>
        {note("next")}
        {view.actions.length ? (
          <ol className="report-actions">
            {view.actions.map((a) => (
              <li key={a.text}>
                {a.text} <span className="report-sub">See {sectionTitle(a.section)}.</span>
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">The figures suggest no action yet: import job descriptions and task logs first.</p>
        )}
      </Section>

      <Section id="appendix" title={`${number()}. Appendix`}>
        {note("appendix")}
        <h3>Methodology and formulas</h3>
        <dl className="report-glossary">
          {METHODOLOGY.map(([term, text]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        <h3>Glossary</h3>
        <dl className="report-glossary">
          {GLOSSARY.map(([term, text]) => (
            <div key={term}>
              <dt>{term}</dt>
              <dd>{text}</dd>
            </div>
          ))}
        </dl>
        {view.profiles.map((p) => (
          <RoleProfileView key={p.roleId} profile={p} headingLevel={3} />
        ))}
      </Section>
    </article>
  );
}

const SECTION_TITLES: Record<string, string> = {
  redesign: "Redesign opportunities",
  seniority: "Seniority and hiring",
  confidence: "How sure we are",
  time: "Where the time goes",
  readiness: "People's readiness",
};
const sectionTitle = (id: string) => `“${SECTION_TITLES[id] ?? id}”`;

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="report-section" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}

function Figure({ label, value, note }: { label: string; value: string; note: string }) {
  return (
    <div className="report-figure">
      <div className="report-figure-value">{value}</div>
      <div className="report-figure-label">{label}</div>
      <div className="report-figure-note">{note}</div>
    </div>
  );
}

function ConfidenceSection({ view }: { view: ReportView }) {
  const c = view.confidence;
  const hide = suppressedLabel(view.kThreshold);
  return (
    <>
      <h3>The data behind the figures</h3>
      <table className="report-table report-facts">
        <tbody>
          <tr>
            <th scope="row">Roles</th>
            <td>
              {formatHeadcount(c.roles)} roles, {formatHeadcount(c.headcount)} people
            </td>
          </tr>
          <tr>
            <th scope="row">Weighted by logged hours</th>
            <td>
              {c.weighting.logs} role{c.weighting.logs === 1 ? "" : "s"}
            </td>
          </tr>
          <tr>
            <th scope="row">Job descriptions only (no task logs)</th>
            <td>
              {c.weighting.statements} role{c.weighting.statements === 1 ? "" : "s"}
              {c.weighting.none ? `; ${c.weighting.none} not analysed yet` : ""}
            </td>
          </tr>
          <tr>
            <th scope="row">Hours logged</th>
            <td>{c.logs ? `${formatHours(c.logs.hoursLogged)} by ${formatHeadcount(c.logs.employees)} people` : c.logsHidden ? hide : dash}</td>
          </tr>
          <tr>
            <th scope="row">Last analysed</th>
            <td>{c.analyzedAt ? `${c.analyzedAt.slice(0, 16).replace("T", " ")} UTC` : "never"}</td>
          </tr>
          <tr>
            <th scope="row">Classifications reviewed by a person</th>
            <td>{formatHeadcount(c.review.reviewed)}</td>
          </tr>
          <tr>
            <th scope="row">Still in the review queue</th>
            <td>
              {formatCount(c.review.waiting, "task")}
              {c.review.waitingShare !== null ? `, ${formatShare(c.review.waitingShare)} of the hours` : ""}
            </td>
          </tr>
          <tr>
            <th scope="row">Hidden by the k-threshold (k = {view.kThreshold})</th>
            <td>
              {c.hiddenDepartments} department{c.hiddenDepartments === 1 ? "" : "s"}, {c.hiddenRoles} role{c.hiddenRoles === 1 ? "" : "s"},{" "}
              {c.hiddenLevels} level{c.hiddenLevels === 1 ? "" : "s"}
            </td>
          </tr>
        </tbody>
      </table>
      <h3>How good the classifier is</h3>
      <ul>
        {CLASSIFIER_QUALITY.map((q) => (
          <li key={q}>{q}</li>
        ))}
      </ul>
    </>
  );
}

const points = (gap: number) => `${gap > 0 ? "+" : ""}${Math.round(gap * 100)}`;

/** The survey against the redesigned work, in short; the Capabilities page has the detail. */
function ReadinessSection({ view }: { view: ReportView }) {
  const r = view.readiness;
  const k = view.kThreshold;
  const hide = suppressedLabel(k);
  if (!r.surveyed) {
    return (
      <p className="muted" data-testid="readiness-none">
        No capability survey yet: send the survey (questions, Forms instructions and a CSV template at <a href={r.surveyHref}>{r.surveyHref}</a>) and
        import the answers, and this section will set what people report against what the redesigned work will need.
      </p>
    );
  }
  const adoption =
    r.measuredAdoption === null
      ? `The task logs show no AI-tool use on the work AI could help with for this selection (or fewer than ${k} people logged it).`
      : `Measured in the task logs: ${formatShare(r.measuredAdoption)} of the hours AI could help with (automatable or democratized work) already use an AI tool.`;
  if (r.respondents === null || r.respondents === 0) {
    return (
      <>
        <p>{r.respondents === null ? `Survey figures for this selection are hidden: ${hide} answered.` : "No one in this selection has answered the capability survey yet."}</p>
        <p>{adoption}</p>
      </>
    );
  }
  return (
    <>
      <p>
        {formatHeadcount(r.respondents)} people answered the capability survey out of a headcount of {formatHeadcount(r.headcount)}
        {r.responseRate === null ? "" : ` (response rate ${formatShare(r.responseRate)})`}. Gaps are what the redesigned work will need minus what
        people report, in points of a 0–100 scale: positive means a shortfall.
      </p>
      <table className="report-table" aria-label="Capability gap by department">
        <caption>Capability gap by department (points)</caption>
        <thead>
          <tr>
            <th scope="col">Department</th>
            {r.capabilities.map((c) => (
              <th key={c.key} scope="col" className="num">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {r.gaps.map((row) => (
            <tr key={row.key}>
              <th scope="row">
                {row.label}
                <span className="report-sub">{row.respondents === null ? hide : `${row.respondents} respondent${row.respondents === 1 ? "" : "s"}`}</span>
              </th>
              {row.cells.map((c) => (
                <td key={c.capability} className="num">
                  {c.suppressed ? hide : c.gap === null ? dash : points(c.gap)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Where to train first</h3>
      {r.trainFirst.length ? (
        <ol className="report-train-first">
          {r.trainFirst.map((t) => (
            <li key={`${t.department}|${t.capability}`}>
              <strong>
                {t.capability} in {t.department}
              </strong>
              : people report {Math.round(t.gap * 100)} points less than the work will need, on {formatHours(t.dependentHours)} a year of work
              {t.roles.length ? <span className="report-sub">Roles: {t.roles.join(", ")}</span> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">No department with at least {k} respondents reports less than its redesigned work will need.</p>
      )}
      <p>{adoption}</p>
    </>
  );
}
