/**
 * "How to read this": the limit every reader of the index should know. In organizations with
 * many hands-on entry-level roles, "specialized" includes physical presence, so entry levels can
 * show more judgment work than executives (docs/decisions/075-seniority-page-and-hands-on-work.md).
 */
import { Link } from "@remix-run/react";
import { judgmentHref } from "./judgment-switch";
import type { JudgmentView } from "./seniority.server";

export function ReadingNote({ judgment, search }: { judgment: JudgmentView; search: string }) {
  return (
    <aside className="reading-note" aria-labelledby="reading-note-heading">
      <h3 id="reading-note-heading">How to read this</h3>
      <ul>
        <li>
          &ldquo;Specialized&rdquo; means work that needs a person: judgment and accountability, but also trust and{" "}
          <strong>physical presence</strong>. Where many entry-level roles are hands-on (warehouse, field service, facilities),
          entry levels can show a higher judgment share than executives, and the index then reads as &ldquo;widened&rdquo; for
          reasons that have little to do with judgment.
        </li>
        <li>
          To compare office work, choose office departments in the filter above (for example Finance, Engineering, Marketing,
          Legal), or{" "}
          {judgment === "all" ? (
            <Link to={judgmentHref(search, "without-hands-on")}>leave hands-on / physical work out of the figures</Link>
          ) : (
            <>
              compare with <Link to={judgmentHref(search, "all")}>all work</Link>; this view already leaves the hours of tasks
              whose atom is hands-on / physical, and of log lines whose wording names no work (a bare ticket number), out of
              every level
            </>
          )}
          .
        </li>
        <li>
          The index compares only the bottom and top levels present, so a filter that removes one changes it. It counts hours,
          not how hard or valuable the judgment is, and AI is assumed to take all automatable work here (the Redesign page&apos;s
          adoption rate does not apply).
        </li>
      </ul>
    </aside>
  );
}
