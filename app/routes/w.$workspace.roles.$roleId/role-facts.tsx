/**
 * The role's header: who it is (department, level, location, headcount, cost), how its time is
 * weighted, and how that time splits over the three classes.
 */
import { format } from "d3-format";
import { CLASS_LABELS, TASK_CLASSES } from "../../analyzer/taxonomy";
import { formatHeadcount, formatHours, formatShare, suppressedLabel } from "../../charts/format";
import { describeShareRange, explainShareRanges } from "../../dashboard/describe";
import type { RolePageView } from "./role.server";

const money = format(",.0f");

export function RoleFacts({ view }: { view: RolePageView }) {
  const { role, cost, time, shell } = view;
  const k = shell.kThreshold;
  const costText = cost.suppressed ? suppressedLabel(k) : cost.perFte === null ? "not given" : `${money(cost.perFte)} a year`;
  return (
    <>
      <dl className="role-facts">
        <Fact label="Department" value={role.department} />
        <Fact label="Level" value={role.levelLabel === role.levelName ? role.levelName : `${role.levelName} (${role.levelLabel})`} />
        <Fact label="Location" value={role.location ?? "not given"} />
        <Fact label="Headcount" value={headcountText(view)} />
        <Fact label="Cost per FTE" value={costText} />
      </dl>
      <p className="muted weighting-note">{weightingSentence(view, k)}</p>
      {time?.shares ? (
        <div className="cards role-shares" aria-label="Share of the role's time by class">
          {TASK_CLASSES.map((c) => (
            <div key={c} className={`card card-${c}`}>
              <div className="label">{CLASS_LABELS[c]}</div>
              <div className="value">{formatShare(time.shares![c])}</div>
              <div className="label">{formatHours(time.classHours[c])} a year</div>
              {time.ranges ? <div className="label">{describeShareRange(time.ranges[c])}</div> : null}
            </div>
          ))}
          <div className="card">
            <div className="label">Atomization</div>
            <div className="value">{time.atomization === null ? "–" : formatShare(time.atomization)}</div>
            <div className="label">in well-defined pieces AI can take</div>
          </div>
        </div>
      ) : null}
      {time?.shares && time.ranges ? <p className="muted weighting-note range-note">{explainShareRanges(time.shares, time.ranges)}</p> : null}
      {time?.mainCues.length ? (
        <p className="muted main-cues">
          <span className="main-cues-label">Main cues behind the classification:</span> {time.mainCues.join(", ")}
        </p>
      ) : null}
    </>
  );
}

function weightingSentence({ weighting, time }: RolePageView, k: number): string {
  const year = (hours: number) => `${formatHours(hours)} a year for the whole headcount (1,760 h per FTE)`;
  if (weighting === "logs") {
    return time
      ? `Weighted by logged hours: ${formatHours(time.hoursLogged)} logged by ${formatHeadcount(time.loggers)} people, scaled to ${year(time.hours)}.`
      : `Weighted by logged hours. Time figures are hidden: logged by ${suppressedLabel(k)}.`;
  }
  if (weighting === "statements") {
    return `No task logs: each task in the job description counts the same${time ? `, ${year(time.hours)}` : ""}.`;
  }
  return "Not analysed yet: the role has no task statements and no logged tasks.";
}

/** Where the headcount comes from, and a flag when the roster and the job description disagree. */
function headcountText({ role, headcount }: RolePageView): string {
  const shown = formatHeadcount(role.headcount);
  if (!headcount || headcount.source !== "roster") return `${shown} (job description)`;
  const jd = formatHeadcount(headcount.fromJobDescription);
  return headcount.disagrees ? `${shown} (roster; the job description says ${jd}: more than 10 % apart)` : `${shown} (roster)`;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div className="role-fact">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
