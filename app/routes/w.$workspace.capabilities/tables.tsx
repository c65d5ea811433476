/** The Capabilities page's tables: every figure people can read and copy, suppressed rows included. */
import { Link } from "@remix-run/react";
import type { AdoptionRow, WeeklyAdoption } from "../../analyzer/adoption";
import { CAPABILITY_LABELS } from "../../analyzer/capabilities";
import type { AiUseRow, DemandRow, SupplyRow, TrainingPriority } from "../../analyzer/readiness";
import { formatHours, formatShare, suppressedLabel } from "../../charts/format";
import { filterQuery } from "../../dashboard/filter";

const points = (gap: number) => (Math.abs(gap) < 0.005 ? "±0 pts" : `${gap > 0 ? "+" : "−"}${Math.round(Math.abs(gap) * 100)} pts`);
const share = (value: number | null) => (value === null ? "–" : formatShare(value));

export function TrainFirstTable({ rows, slug, search }: { rows: readonly (TrainingPriority & { roleCount: number })[]; slug: string; search: string }) {
  if (rows.length === 0) {
    return <p className="muted">No department with enough respondents reports less than its redesigned work will need.</p>;
  }
  const filter = filterQuery(search);
  return (
    <table className="train-first">
      <caption className="visually-hidden">Where to train first, highest priority first</caption>
      <thead>
        <tr>
          <th scope="col" className="num">#</th>
          <th scope="col">Department</th>
          <th scope="col">Capability</th>
          <th scope="col" className="num">Gap</th>
          <th scope="col" className="num">Hours a year that depend on it</th>
          <th scope="col" className="num">Priority (gap × hours)</th>
          <th scope="col">Roles behind it</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={`${row.department}|${row.capability}`}>
            <td className="num">{i + 1}</td>
            <th scope="row">{row.department}</th>
            <td>{CAPABILITY_LABELS[row.capability]}</td>
            <td className="num">{points(row.gap)}</td>
            <td className="num">{formatHours(row.dependentHours)}</td>
            <td className="num">{formatHours(row.priority)}</td>
            <td>
              {row.roles.map((role, j) => (
                <span key={role.id}>
                  {j ? ", " : ""}
                  <Link to={`/w/${slug}/roles/${role.id}${filter}`}>{role.title}</Link>
                </span>
              ))}
              {row.roleCount > row.roles.length ? `, and ${row.roleCount - row.roles.length} more` : ""}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function SupplyTable({
  caption,
  rows,
  demand,
  groupLabel,
  capabilities,
  k,
}: {
  caption: string;
  rows: readonly SupplyRow[];
  demand?: readonly DemandRow[];
  groupLabel: string;
  capabilities: readonly { key: keyof typeof CAPABILITY_LABELS; label: string }[];
  k: number;
}) {
  if (rows.length === 0) return null;
  const needOf = new Map(demand?.map((d) => [d.key, d]));
  return (
    <table className="supply-table">
      <caption>{caption}{demand ? " (reported / needed)" : ""}</caption>
      <thead>
        <tr>
          <th scope="col">{groupLabel}</th>
          <th scope="col" className="num">Respondents</th>
          <th scope="col" className="num">Response rate</th>
          {capabilities.map((c) => (
            <th key={c.key} scope="col" className="num">
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const need = needOf.get(row.key);
          return (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {row.suppressed && row.respondents !== 0 ? (
                <td className="num muted" colSpan={2 + capabilities.length}>
                  {suppressedLabel(k)}
                </td>
              ) : (
                <>
                  <td className="num">{row.respondents ?? "–"}</td>
                  <td className="num">{share(row.responseRate)}</td>
                  {capabilities.map((c) => (
                    <td key={c.key} className="num">
                      {row.supply ? formatShare(row.supply[c.key]) : "–"}
                      {need ? <span className="muted"> / {need.suppressed ? suppressedLabel(k) : share(need.required?.[c.key] ?? null)}</span> : null}
                    </td>
                  ))}
                </>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function AiUseTable({ rows, logs, k }: { rows: readonly AiUseRow[]; logs: readonly AdoptionRow[]; k: number }) {
  const logged = new Map(logs.map((l) => [l.key, l]));
  return (
    <table>
      <caption>Reported AI use against the work AI could take, and what the task logs show</caption>
      <thead>
        <tr>
          <th scope="col">Department</th>
          <th scope="col" className="num">Say daily or more</th>
          <th scope="col" className="num">Automatable share of hours</th>
          <th scope="col" className="num">Logged hours with AI (task logs)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const log = logged.get(row.key);
          return (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td className="num">{row.suppressed ? (row.respondents === 0 ? "no answers" : suppressedLabel(k)) : share(row.dailyShare)}</td>
              <td className="num">{share(row.automatableShare)}</td>
              <td className="num">{!log ? "no logs" : log.suppressed ? suppressedLabel(k) : share(log.aiShare)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function AdoptionTable({ caption, groupLabel, rows, k }: { caption: string; groupLabel: string; rows: readonly AdoptionRow[]; k: number }) {
  if (rows.length === 0) return null;
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{groupLabel}</th>
          <th scope="col" className="num">People logging</th>
          <th scope="col" className="num">Logged hours</th>
          <th scope="col" className="num">Share with AI</th>
          <th scope="col" className="num">Exposed hours</th>
          <th scope="col" className="num">Adoption (AI on exposed work)</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            {row.suppressed ? (
              <td className="num muted" colSpan={5}>
                {suppressedLabel(k)}
              </td>
            ) : (
              <>
                <td className="num">{row.employees}</td>
                <td className="num">{formatHours(row.loggedHours ?? 0)}</td>
                <td className="num">{share(row.aiShare)}</td>
                <td className="num">{formatHours(row.exposedHours ?? 0)}</td>
                <td className="num">{share(row.adoption)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WeeklyTable({ rows, k }: { rows: readonly WeeklyAdoption[]; k: number }) {
  if (rows.length === 0) return null;
  return (
    <table>
      <caption>Share of logged hours with an AI tool, week by week</caption>
      <thead>
        <tr>
          <th scope="col">Week of</th>
          <th scope="col" className="num">People logging</th>
          <th scope="col" className="num">Share with AI</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.week}>
            <th scope="row">{row.week}</th>
            {row.suppressed ? (
              <td className="num muted" colSpan={2}>
                {suppressedLabel(k)}
              </td>
            ) : (
              <>
                <td className="num">{row.employees}</td>
                <td className="num">{share(row.aiShare)}</td>
              </>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
