/**
 * The role's redesign card: hand to AI (with the instruction and check each kind of task
 * needs), move to others with AI, keep and grow. Grouped by atom; the largest groups first.
 */
import { formatHours, formatShare, suppressedLabel } from "../../charts/format";
import type { CardSectionView, RolePageView } from "./role.server";

/** Tasks listed per atom before the rest fold away. */
const TASKS_PER_GROUP = 4;

type Card = NonNullable<RolePageView["redesign"]>["card"];

const SECTIONS = [
  { key: "handToAi", title: "Hand to AI", tone: "automatable", intro: "Automatable work: AI does it, a person briefs it and checks the result." },
  {
    key: "moveWithAi",
    title: "Move to others with AI",
    tone: "democratized",
    intro: "Democratized work: with AI, a less senior colleague can take it on; the expert reviews.",
  },
  { key: "keepAndGrow", title: "Keep and grow", tone: "specialized", intro: "Specialized work: judgment, accountability, trust or presence." },
] as const;

export function RedesignCardView({ card, kThreshold }: { card: Card; kThreshold: number }) {
  return (
    <div className="redesign-card">
      {SECTIONS.map((s) => (
        <CardColumn key={s.key} title={s.title} tone={s.tone} intro={s.intro} section={card[s.key]} kThreshold={kThreshold} />
      ))}
    </div>
  );
}

function CardColumn(props: { title: string; tone: string; intro: string; section: CardSectionView; kThreshold: number }) {
  const { title, tone, intro, section, kThreshold } = props;
  const headingId = `card-${tone}-heading`;
  return (
    <section className={`redesign-column redesign-${tone}`} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="redesign-total">
        <strong>{formatHours(section.hours)}</strong> a year
        {section.share !== null ? ` · ${formatShare(section.share)} of the role's time` : ""} · {section.taskCount} task
        {section.taskCount === 1 ? "" : "s"}
      </p>
      <p className="muted redesign-intro">{intro}</p>
      {section.groups.length === 0 ? <p className="muted">Nothing in this role.</p> : null}
      {section.groups.map((g) => (
        <div key={g.atom} className="redesign-group">
          <h4>
            {g.atomLabel}{" "}
            <span className="muted">
              {g.hours > 0 || g.suppressedTasks === 0 ? formatHours(g.hours) : ""}
              {g.suppressedTasks > 0 ? `${g.hours > 0 ? " + " : ""}${g.suppressedTasks} task${g.suppressedTasks === 1 ? "" : "s"} by ${suppressedLabel(kThreshold)}` : ""}
            </span>
          </h4>
          <dl className="redesign-guidance">
            {g.guidance.map(([label, sentence]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{sentence}</dd>
              </div>
            ))}
          </dl>
          <TaskList tasks={g.tasks.slice(0, TASKS_PER_GROUP)} kThreshold={kThreshold} />
          {g.tasks.length > TASKS_PER_GROUP ? (
            <details className="redesign-more">
              <summary>
                {g.tasks.length + g.moreTasks - TASKS_PER_GROUP} more {g.atomLabel.toLowerCase()} task
                {g.tasks.length + g.moreTasks - TASKS_PER_GROUP === 1 ? "" : "s"}
              </summary>
              <TaskList tasks={g.tasks.slice(TASKS_PER_GROUP)} kThreshold={kThreshold} />
              {g.moreTasks ? <p className="muted redesign-rest">and {g.moreTasks} smaller ones: see the task list below.</p> : null}
            </details>
          ) : null}
        </div>
      ))}
    </section>
  );
}

function TaskList({ tasks, kThreshold }: { tasks: CardSectionView["groups"][number]["tasks"]; kThreshold: number }) {
  return (
    <ul className="redesign-tasks">
      {tasks.map((t) => (
        <li key={t.textId}>
          {t.text} <span className="muted">· {t.hours === null ? suppressedLabel(kThreshold) : formatHours(t.hours)}</span>
          {t.because ? <span className="muted redesign-because"> · cue: {t.because}</span> : null}
        </li>
      ))}
    </ul>
  );
}
