/**
 * Page links under (or over) a long table: "Roles 101–200 of 3,000", Previous / Next and a few
 * page numbers, each a real link that sets `?page=` (see `paging.ts`), so paging works without
 * JS and keeps the page's other parameters (filter, sort, zoom). Renders nothing for one page.
 * Generic: any table paged on the server can use it.
 */
import { Link, useLocation } from "@remix-run/react";
import { PAGE_KEY, pageNumbers, pageSearch, type PageInfo } from "./paging";

export interface PagerProps {
  info: PageInfo;
  /** What the rows are, plural: "roles". */
  noun: string;
  /** Accessible name of the navigation landmark, e.g. "Pages of the role table". */
  label: string;
  /** The URL parameter, when a page has two paged tables. Default "page". */
  pageKey?: string;
  /** Extra content at the end, e.g. a link to the full CSV. */
  children?: React.ReactNode;
}

const count = (n: number) => n.toLocaleString("en-US");

export function Pager({ info, noun, label, pageKey = PAGE_KEY, children }: PagerProps) {
  const { search } = useLocation();
  if (info.pageCount <= 1 && !children) return null;
  const to = (page: number) => ({ search: pageSearch(search, page, pageKey) });
  return (
    <nav className="pager" aria-label={label}>
      <span className="pager-status">
        {info.pageCount > 1 ? `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${count(info.first)}–${count(info.last)} of ${count(info.total)}` : `${count(info.total)} ${noun}`}
      </span>
      {info.pageCount > 1 ? (
        <ol className="pager-pages">
          <li>
            {info.page > 1 ? (
              <Link to={to(info.page - 1)} preventScrollReset rel="prev">
                ‹ Previous
              </Link>
            ) : (
              <span className="muted">‹ Previous</span>
            )}
          </li>
          {pageNumbers(info.page, info.pageCount).map((p, i) =>
            p === null ? (
              <li key={`gap-${i}`} aria-hidden="true" className="muted">
                …
              </li>
            ) : (
              <li key={p}>
                {p === info.page ? (
                  <span aria-current="page">{p}</span>
                ) : (
                  <Link to={to(p)} preventScrollReset aria-label={`Page ${p}`}>
                    {p}
                  </Link>
                )}
              </li>
            ),
          )}
          <li>
            {info.page < info.pageCount ? (
              <Link to={to(info.page + 1)} preventScrollReset rel="next">
                Next ›
              </Link>
            ) : (
              <span className="muted">Next ›</span>
            )}
          </li>
        </ol>
      ) : null}
      {children}
    </nav>
  );
}
