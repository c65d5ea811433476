/**
 * The atomization page's table of roles: atomization measure, hours, share per class and main
 * atoms. Column headers are links that sort through the URL, so sorting works without JS.
 */
import { Link, useLocation } from "@remix-run/react";
import { CLASS_LABELS } from "../../analyzer/taxonomy";
import { CLASS_ORDER } from "../../charts";
import { formatHeadcount, formatHours, formatShare, suppressedLabel } from "../../charts/format";
import { levelName } from "../../../importers/levels";
import { filterQuery } from "../../dashboard/filter";
import type { AtomizationRoleRow } from "./atomization.server";
import { sortSearch, type RoleSort, type SortKey } from "./role-sort";

const COLUMNS: { key: SortKey; label: string; numeric?: boolean }[] = [
  { key: "title", label: "Role" },
  { key: "headcount", label: "Headcount", numeric: true },
  { key: "hours", label: "Hours a year", numeric: true },
  { key: "atomization", label: "Atomization", numeric: true },
  { key: "automatable", label: "Automatable", numeric: true },
  { key: "democratized", label: "Democratized", numeric: true },
  { key: "specialized", label: "Specialized", numeric: true },
];

export function RoleTable({ rows, sort, base, kThreshold, caption }: { rows: AtomizationRoleRow[]; sort: RoleSort; base: string; kThreshold: number; caption: string }) {
  const { search } = useLocation();
  const keep = filterQuery(search);
  const share = (value: number | null | undefined) => (value === null || value === undefined ? "–" : formatShare(value));
  return (
    <div className="table-scroll">
      <p className="class-key muted" aria-hidden="true">
        Main atoms, coloured by class:{" "}
        {CLASS_ORDER.map((c) => (
          <span key={c}>
            <span className={`swatch swatch-${c}`} />
            {CLASS_LABELS[c]}{" "}
          </span>
        ))}
      </p>
      <table className="role-table">
        <caption className="visually-hidden">{caption}. Select a column header to sort by it.</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => {
              const isSorted = sort.key === c.key;
              return (
                <th key={c.key} scope="col" className={c.numeric ? "num" : undefined} aria-sort={isSorted ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}>
                  <Link to={{ search: sortSearch(search, c.key, sort) }} preventScrollReset className="sort-link">
                    {c.label}
                    <span aria-hidden="true" className="sort-mark">
                      {isSorted ? (sort.dir === "asc" ? " ▲" : " ▼") : ""}
                    </span>
                  </Link>
                </th>
              );
            })}
            <th scope="col">Main atoms</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.roleId}>
              <th scope="row">
                <Link to={`${base}/roles/${r.roleId}${keep}`}>{r.title}</Link>
                <div className="muted role-meta">
                  {r.department} · {levelName(r.level)}
                </div>
              </th>
              <td className="num">{formatHeadcount(r.headcount)}</td>
              {r.figures ? (
                <>
                  <td className="num">{formatHours(r.figures.hours)}</td>
                  <td className="num">
                    <strong>{share(r.figures.atomization)}</strong>
                  </td>
                  <td className="num">{share(r.figures.shares?.automatable)}</td>
                  <td className="num">{share(r.figures.shares?.democratized)}</td>
                  <td className="num">{share(r.figures.shares?.specialized)}</td>
                  <td>
                    <ul className="atom-list">
                      {r.figures.mainAtoms.map((a) => (
                        <li key={a.key}>
                          <span className={`swatch swatch-${a.taskClass}`} aria-hidden="true" />
                          <span className="visually-hidden">{CLASS_LABELS[a.taskClass]}: </span>
                          {a.label} <span className="muted">{formatShare(a.share)}</span>
                        </li>
                      ))}
                    </ul>
                  </td>
                </>
              ) : (
                <td colSpan={6} className="muted">
                  {suppressedLabel(kThreshold)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
