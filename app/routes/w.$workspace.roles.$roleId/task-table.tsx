/**
 * The role's tasks: job-description statements and logged task texts with the classification
 * in force, confidence, rationale and hours. `?task=ID` opens a row: the override form (editors
 * and admins) and the task's override history.
 */
import { Link, useLocation, useNavigation } from "@remix-run/react";
import { CLASS_LABELS } from "../../analyzer/taxonomy";
import { ClassBadge } from "../../components/class-badge";
import { formatHours, formatShare, suppressedLabel } from "../../charts/format";
import { OverrideForm } from "../../overrides/override-form";
import { OverrideHistory } from "../../overrides/override-history";
import type { OverrideResult } from "../../overrides/override-result";
import type { RolePageView, TaskRow } from "./role.server";
import { closeTaskHref, taskHref, withParam } from "./task-links";

const COLUMNS = 7;

export function TaskTable({ view, result }: { view: RolePageView; result: OverrideResult | null }) {
  const { search } = useLocation();
  // The action's answer arrives before the revalidated page: say "saved" once the page shows it.
  const settled = useNavigation().state === "idle";
  const { tasks, selected, canEdit } = view;
  const k = view.shell.kThreshold;
  const hidden = tasks.hiddenLogTexts ? (
    <p className="suppressed-note">
      {tasks.hiddenLogTexts} logged task{tasks.hiddenLogTexts === 1 ? " is" : "s are"} not listed: this role&apos;s logs come from{" "}
      {suppressedLabel(k)}, so the list would show what those few people did. Only the job description&apos;s tasks are listed.
    </p>
  ) : null;
  if (tasks.total === 0) {
    return hidden ?? <p className="empty-state">This role has no task statements and no logged tasks yet.</p>;
  }
  return (
    <>
      {hidden}
      <p className="muted">
        {tasks.timeSuppressed ? "In job-description order; hours are hidden." : "Largest first."} Hours are a year for the whole
        role; logged hours are what was actually logged. Confidence is the classifier&apos;s; a person&apos;s override wins
        everywhere.
        {canEdit ? " Use “Override” to set a task's class with a reason." : ""}
      </p>
      <table className="task-table">
        <caption className="visually-hidden">Tasks of {view.role.title}</caption>
        <thead>
          <tr>
            <th scope="col">Task and rationale</th>
            <th scope="col">Class</th>
            <th scope="col">Atom</th>
            <th scope="col" className="num">
              Confidence
            </th>
            <th scope="col" className="num">
              Hours a year
            </th>
            <th scope="col" className="num">
              Logged
            </th>
            <th scope="col">
              <span className="visually-hidden">Override and history</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tasks.rows.map((t) => {
            const open = selected?.textId === t.textId;
            return [
              <tr key={t.textId} id={`task-${t.textId}`} className={open ? "task-open" : undefined}>
                <td>
                  <div className="task-text">{t.text}</div>
                  <div className="muted task-source">{t.source}</div>
                  {t.rationale ? (
                    <div className="task-rationale">
                      {t.override ? "The classifier had said: " : ""}
                      {t.rationale}
                    </div>
                  ) : null}
                </td>
                <td>
                  <ClassCell task={t} />
                </td>
                <td>{t.atomLabel ?? "–"}</td>
                <td className="num">{t.confidence === null ? "–" : formatShare(t.confidence)}</td>
                <td className="num">{hoursCell(t, k)}</td>
                <td className="num">{t.loggedHours === null ? "–" : formatHours(t.loggedHours)}</td>
                <td>
                  {canEdit || t.override ? (
                    <Link to={open ? closeTaskHref(search, t.textId) : taskHref(search, t.textId)} preventScrollReset aria-expanded={open}
                      aria-label={`${open ? "Close" : canEdit ? "Override" : "History of"} “${t.text}”`}>
                      {open ? "Close" : canEdit ? "Override" : "History"}
                    </Link>
                  ) : null}
                </td>
              </tr>,
              open && selected ? (
                <tr key={`${t.textId}-detail`} className="task-detail">
                  <td colSpan={COLUMNS}>
                    {settled && result?.ok && result.textId === t.textId ? (
                      <p role="status" className="success">
                        Saved: {result.message} The dashboards now count it that way.
                      </p>
                    ) : null}
                    {canEdit ? (
                      <OverrideForm
                        // A new override remounts the form, so its fields start from the class now in force.
                        key={selected.history[0]?.id ?? 0}
                        textId={t.textId}
                        taskText={t.text}
                        currentClass={selected.class}
                        currentAtom={selected.atom}
                        result={result && result.textId === t.textId ? result : null}
                      />
                    ) : null}
                    <OverrideHistory rows={selected.history} taskText={t.text} />
                  </td>
                </tr>
              ) : null,
            ];
          })}
        </tbody>
      </table>
      {!tasks.showAll && tasks.total > tasks.rows.length ? (
        <p>
          <Link to={withParam(search, "tasks", "all")} preventScrollReset>
            Show all {tasks.total} tasks
          </Link>{" "}
          <span className="muted">({tasks.rows.length} largest shown)</span>
        </p>
      ) : null}
    </>
  );
}

function hoursCell(t: TaskRow, k: number): string {
  if (t.suppressed) return suppressedLabel(k);
  if (t.hours === null) return "–";
  if (t.hours === 0 && !t.logged) return "not logged";
  return formatHours(t.hours);
}

function ClassCell({ task }: { task: TaskRow }) {
  if (!task.class) return <span className="muted">not classified</span>;
  return (
    <>
      <ClassBadge taskClass={task.class} />
      {task.override ? (
        <p className="override-note">
          Overridden by {task.override.actor} on {task.override.date}: {task.override.reason}
          {task.override.classifierClass && task.override.classifierClass !== task.class
            ? ` (classifier: ${CLASS_LABELS[task.override.classifierClass].toLowerCase()})`
            : ""}
        </p>
      ) : null}
    </>
  );
}
