/**
 * Roles whose judgment share after AI already reaches the judgment share, before AI, of the
 * next level up: the juniors whose work AI would lift to the level above. Each links to its role page.
 */
import { Link } from "@remix-run/react";
import { formatHeadcount, formatShare } from "../../charts/format";
import { filterQuery } from "../../dashboard/filter";
import { Pager } from "../../components/pager";
import type { SeniorityPageView } from "./seniority.server";

export function RolesLookingUp(props: {
  roles: SeniorityPageView["rolesLookingUp"];
  page: SeniorityPageView["rolesLookingUpPage"];
  workspaceSlug: string;
  search: string;
}) {
  const { roles, page, workspaceSlug, search } = props;
  const keep = filterQuery(search);
  return (
    <>
      <p className="muted">
        A role is listed when its judgment share after AI is at least the judgment share, before AI, of the next level up in this
        selection: once AI takes its automatable work, what is left looks like the work of that level. Roles logged by too few
        people are not compared. Listed from the lowest level up, the clearest cases first.
      </p>
      {roles.length === 0 ? (
        <p className="empty-state">No role in this selection reaches the level above it.</p>
      ) : (
        <table className="looking-up-table">
          <caption className="visually-hidden">Roles whose work after AI looks like the level above</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Department</th>
              <th scope="col">Level</th>
              <th scope="col" className="num">Headcount</th>
              <th scope="col" className="num">Its judgment share after AI</th>
              <th scope="col">Level above, before AI</th>
            </tr>
          </thead>
          <tbody>
            {roles.map((r) => (
              <tr key={r.roleId}>
                <th scope="row">
                  <Link to={`/w/${workspaceSlug}/roles/${r.roleId}${keep}`}>{r.title}</Link>
                </th>
                <td>{r.department}</td>
                <td>{r.levelName}</td>
                <td className="num">{formatHeadcount(r.headcount)}</td>
                <td className="num">{formatShare(r.judgmentAfter)}</td>
                <td>
                  {r.comparedLevelName}: {formatShare(r.comparedJudgmentBefore)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager info={page} noun="roles" label="Pages of the roles whose work looks a level up" />
    </>
  );
}
