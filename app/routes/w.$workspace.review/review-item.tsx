/** One task in the review queue: what it is, where its time goes, why the classifier said so, and the form. */
import { Link, useLocation } from "@remix-run/react";
import { formatHours, formatShare, suppressedLabel } from "../../charts/format";
import { ClassBadge } from "../../components/class-badge";
import { filterQuery } from "../../dashboard/filter";
import { OverrideForm } from "../../overrides/override-form";
import type { OverrideResult } from "../../overrides/override-result";
import type { ReviewView } from "./review.server";

export function ReviewItem(props: {
  item: ReviewView["items"][number];
  workspaceSlug: string;
  kThreshold: number;
  canEdit: boolean;
  result: OverrideResult | null;
}) {
  const { item, workspaceSlug, kThreshold, canEdit, result } = props;
  const { search } = useLocation();
  const keep = filterQuery(search);
  const headingId = `review-${item.textId}`;
  return (
    <li className="review-item" aria-labelledby={headingId}>
      <div className="review-rank" aria-hidden="true">
        {item.rank}
      </div>
      <div className="review-body">
        <h3 id={headingId} className="review-text">
          {item.text}
        </h3>
        <p className="review-meta">
          {item.class ? <ClassBadge taskClass={item.class} /> : <span className="muted">not classified</span>}
          <span>{item.atomLabel ?? "no atom"}</span>
          <span>confidence {formatShare(item.confidence)}</span>
          <span>{item.suppressed ? `hours: ${suppressedLabel(kThreshold)}` : `${formatHours(item.hours ?? 0)} a year`}</span>
        </p>
        <p className="review-roles">
          {item.suppressed ? <span className="muted">Roles not shown: logged by {suppressedLabel(kThreshold)}.</span> : null}
          {item.roles.length ? <span className="muted">Done by </span> : null}
          {item.roles.map((r, i) => (
            <span key={r.roleId}>
              {i > 0 ? ", " : ""}
              <Link to={`/w/${workspaceSlug}/roles/${r.roleId}${keep}`}>{r.title}</Link>
            </span>
          ))}
          {item.otherRoles > 0 ? <span className="muted"> and {item.otherRoles} more role{item.otherRoles === 1 ? "" : "s"}</span> : null}
        </p>
        {item.rationale ? <p className="review-rationale">Classifier: {item.rationale}</p> : null}
        {canEdit ? (
          <OverrideForm
            textId={item.textId}
            taskText={item.text}
            currentClass={item.class}
            currentAtom={item.atom}
            result={result}
            submitLabel="Save review"
          />
        ) : null}
      </div>
    </li>
  );
}
