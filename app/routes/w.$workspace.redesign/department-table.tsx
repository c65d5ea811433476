/**
 * The scenario per department: what AI could free, what could move, the judgment work to
 * grow, and the headcount the department would need, H × (1 − s·a)^(1 − ε).
 */
import { formatChangeShare, formatHeadcount, formatHeadcountChange, formatHours, formatShare, suppressedLabel } from "../../charts/format";
import { formatCost } from "./describe-cost";
import type { RedesignPageView } from "./redesign.server";

export function DepartmentTable({ departments, kThreshold }: { departments: RedesignPageView["departments"]; kThreshold: number }) {
  return (
    <div className="table-scroll">
      <table className="department-table">
        <caption className="visually-hidden">The scenario by department</caption>
        <thead>
          <tr>
            <th scope="col">Department</th>
            <th scope="col" className="num">
              Headcount today
            </th>
            <th scope="col" className="num">
              Automatable share (s)
            </th>
            <th scope="col" className="num">
              AI could free
            </th>
            <th scope="col" className="num">
              Cost freed a year
            </th>
            <th scope="col" className="num">
              Could move
            </th>
            <th scope="col" className="num">
              Judgment work to grow
            </th>
            <th scope="col" className="num">
              Projected headcount
            </th>
          </tr>
        </thead>
        <tbody>
          {departments.map(({ department, figures: f, automatableRange }) => {
            const today = f ? f.headcount + f.unanalyzedHeadcount : 0;
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
