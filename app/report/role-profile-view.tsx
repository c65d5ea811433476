/** A redesigned role profile as markup: in the report's appendix (and the same words as the Markdown and .docx files). */
import { formatHeadcount, formatHours, formatShare } from "../charts/format";
import { ColumnHeads } from "../charts/data-table";
import type { ProfileGroup, RoleProfileDoc } from "./role-profile.server";

export function RoleProfileView({ profile: p, headingLevel = 2 }: { profile: RoleProfileDoc; headingLevel?: 2 | 3 }) {
  const H = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as "h3" | "h4";
  return (
    <section className="report-profile" aria-label={`Role profile: ${p.title}`}>
      <H>Role profile: {p.title}</H>
      <p className="report-sub">
        {p.department} · {p.levelName} ({p.levelLabel}) · {formatHeadcount(p.headcount)} people
      </p>
      <Sub>Outcomes it owns</Sub>
      {p.outcomes.length ? (
        <ul>
          {p.outcomes.map((o) => (
            <li key={o}>{o}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">The job description names no outcomes and no judgment work can be shown.</p>
      )}
      {p.outcomesSource === "judgment work" ? <p className="muted report-small">Derived from the role's specialized work: the job description names no outcomes.</p> : null}
      {p.redesign ? (
        <>
          <Groups title="Handed to AI" Sub={Sub} part={p.redesign.handToAi} />
          <Groups title="Moves to others with AI" Sub={Sub} part={p.redesign.moveWithAi} />
          <Groups title="Judgment work to grow" Sub={Sub} part={p.redesign.keepAndGrow} />
          <Sub>Orchestrator capabilities it will need</Sub>
          <table className="report-table">
            <ColumnHeads
              columns={[
                { label: "Capability" },
                { label: "Level" },
                { label: "Why" },
              ]}
            />
            <tbody>
              {p.redesign.capabilities.map((c) => (
                <tr key={c.label}>
                  <th scope="row">{c.label}</th>
                  <td>{c.level}</td>
                  <td>{c.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <p className="muted">This role's tasks and hours are hidden: fewer than k people logged time in it.</p>
      )}
    </section>
  );
}

function Groups({ title, Sub, part }: { title: string; Sub: "h3" | "h4"; part: { hours: number; share: number | null; groups: ProfileGroup[] } }) {
  return (
    <>
      <Sub>
        {title} <span className="report-sub">({formatHours(part.hours)} a year{part.share !== null ? `, ${formatShare(part.share)} of the role's time` : ""})</span>
      </Sub>
      {part.groups.length ? (
        <ul className="report-groups">
          {part.groups.map((g) => (
            <li key={g.atomLabel}>
              <strong>{g.atomLabel}</strong>
              {g.hours !== null ? ` (${formatHours(g.hours)})` : ""}: {g.tasks.join("; ")}
              {g.moreTasks ? ` and ${g.moreTasks} more` : ""}.
              {g.guidance.map((x) => (
                <span key={x.label} className="report-guidance">
                  {" "}
                  <em>{x.label}:</em> {x.text}
                </span>
              ))}
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted">None.</p>
      )}
    </>
  );
}
