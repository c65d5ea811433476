/**
 * The dashboards' two controls for long lists (decision 154), plain links so they work without
 * JavaScript: `<Pager>` under a paged table ("Rows 51–100 of 3,016", Previous, page numbers,
 * Next) and `<ShowAll>` under a summarized list ("Show all 52" / "Show the first 20"). Each link
 * ends in the section's anchor, so a full page load lands on the table it pages.
 */
import { Link } from "@remix-run/react";
import { pageWindow, TOP_N, withPage, withShowAll, type Page, type Summary } from "../dashboard/paging";

const count = (n: number) => n.toLocaleString("en");

export function Pager(props: {
  page: Pick<Page<unknown>, "page" | "pageCount" | "total" | "first" | "last">;
  /** The page's search string: the filter, the scenario and any other list's state are kept. */
  search: string;
  /** What the rows are, for the navigation's name: "Roles ranked by the hours that change". */
  label: string;
  /** The id of the section the table sits in. */
  anchor: string;
  /** The URL parameter; "page" unless a page pages two tables. */
  param?: string;
}) {
  const { page, search, label, anchor, param = "page" } = props;
  if (page.total === 0) return null;
  const href = (p: number) => `${withPage(search, p, param)}#${anchor}`;
  const status = `Rows ${count(page.first)}–${count(page.last)} of ${count(page.total)}`;
  if (page.pageCount <= 1) return <p className="pager-status muted">{status}</p>;
  return (
    <nav className="pager" aria-label={`${label}: pages`}>
      <p className="pager-status muted">
        {status} · page {count(page.page)} of {count(page.pageCount)}
      </p>
      <ul>
        <li>
          {page.page > 1 ? (
            <Link to={href(page.page - 1)} rel="prev">
              ← Previous
            </Link>
          ) : (
            <span className="muted" aria-hidden="true">
              ← Previous
            </span>
          )}
        </li>
        {pageWindow(page.page, page.pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="muted">
              …
            </li>
          ) : (
            <li key={p}>
              {p === page.page ? (
                <span aria-current="page" className="pager-current">
                  {count(p)}
                </span>
              ) : (
                <Link to={href(p)} aria-label={`Page ${count(p)}`}>
                  {count(p)}
                </Link>
              )}
            </li>
          ),
        )}
        <li>
          {page.page < page.pageCount ? (
            <Link to={href(page.page + 1)} rel="next">
              Next →
            </Link>
          ) : (
            <span className="muted" aria-hidden="true">
              Next →
            </span>
          )}
        </li>
      </ul>
    </nav>
  );
}

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
