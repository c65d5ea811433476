/**
 * Roles ranked by the hours that change under the scenario: hours and FTE AI could free, the
 * democratized work that could move to less senior people (and what that changes in cost),
 * and the judgment work to grow. Roles with hidden figures come last, unranked.
 */
import { Link } from "@remix-run/react";
import { formatHeadcount, formatHours, suppressedLabel } from "../../charts/format";
import { ColumnHeads } from "../../charts/data-table";
import { levelName } from "../../../importers/levels";
import { describeMove, formatCost } from "./describe-cost";
import type { OpportunityRow } from "./redesign.server";

export function OpportunityTable({ rows, kThreshold }: { rows: OpportunityRow[]; kThreshold: number }) {
  const hidden = suppressedLabel(kThreshold);
  return (
    <div className="table-scroll">
      <table className="opportunity-table">
        <caption className="visually-hidden">Roles ranked by hours that change under this scenario</caption>
        <ColumnHeads
          columns={[
            { label: "#", numeric: true },
            { label: "Role" },
            { label: "Headcount", numeric: true },
            { label: "AI could free", numeric: true },
            { label: "Cost freed a year", numeric: true },
            { label: "Could move to less senior people", numeric: true },
            { label: "Where it would go, cost difference" },
            { label: "Judgment work to grow", numeric: true },
          ]}
        />
        <tbody>
          {rows.map((r) => (
            <tr key={r.roleId}>
              <td className="num">{r.rank ?? ""}</td>
              <th scope="row">
                <Link to={r.href}>{r.title}</Link>
                <div className="muted role-meta">
                  {r.department} · {levelName(r.level)}
                </div>
              </th>
              <td className="num">{formatHeadcount(r.headcount)}</td>
              {r.time === null ? (
                <td colSpan={5} className="muted">
                  {hidden}
                </td>
              ) : !r.time.isAnalysed ? (
                <td colSpan={5} className="muted">
                  not analysed yet (no tasks)
                </td>
              ) : (
                <>
                  <td className="num">
                    {formatHours(r.time.freedHours)}
                    <div className="muted">{formatHeadcount(r.time.freedFte)} FTE</div>
                  </td>
                  <td className="num">{r.cost === null ? <span className="muted">{hidden}</span> : r.cost.costFreed === null ? "–" : formatCost(r.cost.costFreed)}</td>
                  <td className="num">{formatHours(r.time.movableHours)}</td>
                  <td>{describeMove(r.cost, r.time.movableHours, hidden)}</td>
                  <td className="num">{formatHours(r.time.specializedHours)}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
