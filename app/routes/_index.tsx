import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { listMyWorkspaces, requireUser } from "../access.server";

export const meta: MetaFunction = () => [{ title: "Orbital" }];

const ROLE_LABEL = { viewer: "Viewer", editor: "Editor", admin: "Administrator" } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return {
    isInstallationAdmin: user.isAdmin,
    workspaces: listMyWorkspaces(user).map(({ slug, name, role }) => ({ slug, name, role })),
  };
}

export default function Index() {
  const { workspaces, isInstallationAdmin } = useLoaderData<typeof loader>();
  return (
    <main className="page">
      <h1>Orbital</h1>
      <p className="muted">AI-readiness analytics for your organization.</p>
      <h2>Your workspaces</h2>
      {workspaces.length === 0 ? (
        <p>
          You are not a member of any workspace yet. A workspace administrator can give you access.
          {isInstallationAdmin ? (
            <>
              {" "}As an installation administrator you can also <Link to="/admin">create a workspace</Link>.
            </>
          ) : null}
        </p>
      ) : (
        <ul className="workspace-list">
          {workspaces.map((w) => (
            <li key={w.slug}>
              <Link to={`/w/${w.slug}`}>{w.name}</Link> <span className="muted">({ROLE_LABEL[w.role]})</span>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
