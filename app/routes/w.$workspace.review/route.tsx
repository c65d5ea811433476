import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useLocation, useNavigation } from "@remix-run/react";
import { requireWorkspace } from "../../access.server";
import { formatHeadcount, formatHours, suppressedLabel } from "../../charts/format";
import { DashboardPage, Section } from "../../components/dashboard-page";
import { cachedPage, loadDashboardContext } from "../../dashboard/dashboard.server";
import { overrideResponse } from "../../overrides/override-task.server";
import { ReviewItem } from "./review-item";
import { loadReview } from "./review.server";
import { ErrorPage } from "../../components/error-page";
import { exportHref } from "../../dashboard/export-links";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Review queue · ${data?.shell.workspace.name ?? "Workspace"} · Orbital` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  return cachedPage(await loadDashboardContext(request, params), loadReview);
}

export async function action({ request, params }: ActionFunctionArgs) {
  return overrideResponse(request, await requireWorkspace(request, params.workspace, "editor"));
}

export default function ReviewQueue() {
  const view = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { search } = useLocation();
  // The action's answer arrives before the revalidated queue: say "saved" once the queue shows it.
  const settled = useNavigation().state === "idle";
  const { totals, shell } = view;
  const k = shell.kThreshold;
  const more = new URLSearchParams(search);
  more.set("show", String(view.nextShown));

  return (
    <DashboardPage
      shell={shell}
      title="Review queue"
      intro="The classifications where a person's minutes matter most: the least certain first, weighted by the hours they cover. Confirm or correct each one with a reason; a person's answer wins everywhere and the task leaves the queue."
    >
      <div className="cards" aria-label="Review progress">
        <div className="card">
          <div className="label">Tasks waiting</div>
          <div className="value">{formatHeadcount(totals.waiting)}</div>
        </div>
        <div className="card">
          <div className="label">Hours they cover</div>
          <div className="value">{formatHours(totals.waitingHours)}</div>
          <div className="label">
            a year{totals.waitingSuppressed ? `, plus ${formatHeadcount(totals.waitingSuppressed)} task${totals.waitingSuppressed === 1 ? "" : "s"} by ${suppressedLabel(k)}` : ""}
          </div>
        </div>
        <div className="card">
          <div className="label">Reviewed by a person</div>
          <div className="value">{formatHeadcount(totals.reviewed)}</div>
        </div>
      </div>
      {totals.unclear ? (
        <p className="muted">
          {formatHeadcount(totals.unclear)} of the waiting tasks{totals.unclearHours ? `, ${formatHours(totals.unclearHours)} a year,` : ""} name no
          work at all (a bare ticket number or a code name) and show as &ldquo;Unclear from the wording&rdquo;. A description in
          the time tracker lets the next import read them (from a Jira Tempo export Orbital reads the issue&apos;s summary when a
          worklog names only its issue), or classify them here.
        </p>
      ) : null}
      <div role="status" className="review-status">
        {settled && result?.ok ? <p className="success">Saved: {result.message} It has left the queue.</p> : null}
      </div>
      {!view.canEdit && view.items.length ? (
        <p className="muted">You can read the queue; editors and administrators review it.</p>
      ) : null}

      <Section title="Tasks to review" id="queue">
      {view.items.length === 0 ? (
        <p className="empty-state">
          {totals.reviewed ? "Nothing left to review in this selection: a person has reviewed every task." : "No classified tasks in this selection yet."}
        </p>
      ) : (
        <ol className="review-queue" aria-label="Tasks to review, most important first">
          {view.items.map((item) => (
            <ReviewItem
              key={item.textId}
              item={item}
              workspaceSlug={shell.workspace.slug}
              kThreshold={k}
              canEdit={view.canEdit}
              result={result && result.textId === item.textId ? result : null}
            />
          ))}
        </ol>
      )}
      {totals.waiting > view.items.length && view.shown < view.nextShown ? (
        <p>
          <Link to={`?${more}`} preventScrollReset>
            Show {Math.min(totals.waiting, view.nextShown) - view.items.length} more
          </Link>{" "}
          <span className="muted">
            ({view.items.length} of {totals.waiting} shown)
          </span>
        </p>
      ) : totals.waiting > view.items.length ? (
        <p className="muted">
          The first {view.items.length} of {formatHeadcount(totals.waiting)} are listed; the rest come up as these are reviewed.{" "}
          <a href={exportHref(shell.workspace.slug, "tasks.csv", search)} download>
            tasks.csv
          </a>{" "}
          lists every task.
        </p>
      ) : null}
      </Section>
    </DashboardPage>
  );
}

/** A failure here (bad filter, missing role, server error) keeps the header and navigation. */
export function ErrorBoundary() {
  return <ErrorPage page="Review" />;
}
