/**
 * "Show all" under a summarized list (decision 154): how many rows are listed, and a plain link
 * (`?show=<list>`, works without JavaScript) that lists them all, up to SHOW_ALL_CAP, or goes
 * back to the first ones. Long ranked tables are paged instead (pager.tsx).
 */
import { Link } from "@remix-run/react";
import { TOP_N, withShowAll, type Summary } from "../dashboard/paging";

const count = (n: number) => n.toLocaleString("en");

/**
 * Under a summarized list: how many rows are listed, and the link that lists them all (or goes
 * back to the first ones). Nothing when the list was short enough to show whole.
 */
export function ShowAll(props: {
  /** `shown`: rows listed; the rest as `summarize` counts them. */
  summary: Pick<Summary<unknown>, "total" | "isAll" | "hidden"> & { shown: number };
  search: string;
  /** The list's name in `?show=`. */
  list: string;
  /** Plural noun for the rows: "departments". */
  noun: string;
  anchor: string;
  /** Where the rows past the cap are: "departments.csv". */
  csv?: string;
  /** How many rows the list shows before "show all". */
  top?: number;
}) {
  const { summary, search, list, noun, anchor, csv, top = TOP_N } = props;
  if (!summary.isAll && summary.hidden === 0) return null;
  const { shown } = summary;
  return (
    <p className="show-all">
      <span className="muted">
        {count(shown)} of {count(summary.total)} {noun} listed
        {summary.isAll && summary.hidden > 0 ? `; the other ${count(summary.hidden)} are in ${csv ?? "the CSV download"}` : ""}.
      </span>{" "}
      {summary.isAll ? (
        <Link to={`${withShowAll(search, list, false)}#${anchor}`} preventScrollReset>
          Show the first {count(top)} only
        </Link>
      ) : (
        <Link to={`${withShowAll(search, list, true)}#${anchor}`} preventScrollReset>
          Show all {count(summary.total)} {noun}
        </Link>
      )}
    </p>
  );
}
