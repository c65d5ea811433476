/** The per-level figures behind both charts, as a table people can read and copy. */
import { formatHeadcount, formatHours, formatShare, suppressedLabel } from "../../charts/format";
import type { SeniorityPageView } from "./seniority.server";

const points = (after: number, before: number) => {
  const change = Math.round((after - before) * 100);
  return change === 0 ? "±0 pts" : `${change > 0 ? "+" : "−"}${Math.abs(change)} pts`;
};

export function LevelTable({ levels, kThreshold }: { levels: SeniorityPageView["levels"]; kThreshold: number }) {
  if (levels.length === 0) return <p className="muted">No levels to show.</p>;
  return (
    <table className="level-table">
      <caption className="visually-hidden">Hours and judgment share per level</caption>
      <thead>
        <tr>
          <th scope="col">Level</th>
          <th scope="col">As written</th>
          <th scope="col" className="num">Roles</th>
          <th scope="col" className="num">Headcount</th>
          <th scope="col" className="num">Hours a year</th>
          <th scope="col" className="num">Judgment before AI</th>
          <th scope="col" className="num">After AI</th>
          <th scope="col" className="num">Change</th>
        </tr>
      </thead>
      <tbody>
        {levels.map((l) => (
          <tr key={l.key}>
            <th scope="row">{l.name}</th>
            <td>{l.labels.join(", ")}</td>
            <td className="num">{l.roles}</td>
            <td className="num">{formatHeadcount(l.headcount)}</td>
            {l.suppressed ? (
              <td className="num muted" colSpan={4}>
                {suppressedLabel(kThreshold)}
              </td>
            ) : (
              <>
                <td className="num">{formatHours(l.hours ?? 0)}</td>
                <td className="num">{l.before === null ? "–" : formatShare(l.before)}</td>
                <td className="num">{l.after === null ? "all automatable" : formatShare(l.after)}</td>
                <td className="num">{l.before === null || l.after === null ? "–" : points(l.after, l.before)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
