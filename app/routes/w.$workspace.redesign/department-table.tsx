/**
 * The scenario per department: what AI could free, what could move, the judgment work to
 * grow, and the headcount the department would need, H × (1 − s·a)^(1 − ε).
 */
import { formatChangeShare, formatHeadcount, formatHeadcountChange, formatHours, formatShare, suppressedLabel } from "../../charts/format";
import { ColumnHeads } from "../../charts/data-table";
import { formatCost } from "./describe-cost";
import type { RedesignPageView } from "./redesign.server";

export function DepartmentTable({ departments, kThreshold }: { departments: RedesignPageView["departments"]; kThreshold: number }) {
  return (
    <div className="table-scroll">
      <table className="department-table">
        <caption className="visually-hidden">The scenario by department</caption>
        <ColumnHeads
          columns={[
            { label: "Department" },
            { label: "Headcount today", numeric: true },
            { label: "Automatable share (s)", numeric: true },
            { label: "AI could free", numeric: true },
            { label: "Cost freed a year", numeric: true },
            { label: "Could move", numeric: true },
            { label: "Judgment work to grow", numeric: true },
            { label: "Projected headcount", numeric: true },
          ]}
        />
        <tbody>
          {departments.map(({ department, figures: f, automatableRange }) => {
            const today = f ? f.currentHeadcount : 0;
            return (
              <tr key={department}>
                <th scope="row">{department}</th>
                {f === null ? (
                  <td colSpan={7} className="muted">
                    {suppressedLabel(kThreshold)}
                  </td>
                ) : (
                  <>
                    <td className="num">{formatHeadcount(today)}</td>
                    <td className="num">
                      {f.automatableShare === null ? "–" : formatShare(f.automatableShare)}
                      {automatableRange ? (
                        <div className="muted">
                          90% range {formatShare(automatableRange.low)}–{formatShare(automatableRange.high)}
                        </div>
                      ) : null}
                    </td>
                    <td className="num">
                      {formatHours(f.freedHours)}
                      <div className="muted">{formatHeadcount(f.freedFte)} FTE</div>
                    </td>
                    <td className="num">
                      {f.costFreed === null ? "–" : formatCost(f.costFreed)}
                      {f.costFreed !== null && f.costCoverage < 0.995 ? (
                        <div className="muted">for {formatShare(f.costCoverage)} of headcount</div>
                      ) : null}
                    </td>
                    <td className="num">{formatHours(f.movableHours)}</td>
                    <td className="num">{formatHours(f.specializedHours)}</td>
                    <td className="num">
                      {f.projectedHeadcount === null ? (
                        <span className="muted">{f.note}</span>
                      ) : (
                        <>
                          <strong>{formatHeadcount(f.projectedHeadcount)}</strong>
                          <div className="muted">
                            {formatHeadcountChange(f.projectedHeadcount - today)} ({formatChangeShare(today > 0 ? (f.projectedHeadcount - today) / today : 0)})
                          </div>
                        </>
                      )}
                    </td>
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
