/**
 * "Download CSV" links for a dashboard page: the exports that hold the page's figures, with
 * the page's filter. Plain links to resource routes, so they work without JavaScript.
 */
import { CSV_EXPORTS, exportHref, type CsvExportName } from "../dashboard/export-links";

export interface CsvDownloadsProps {
  slug: string;
  /** The page's search string; only its filter is kept. */
  search: string;
  names: readonly CsvExportName[];
  kThreshold: number;
}

export function CsvDownloads({ slug, search, names, kThreshold }: CsvDownloadsProps) {
  return (
    <section className="csv-downloads" aria-labelledby="csv-downloads-heading">
      <h2 id="csv-downloads-heading">Download CSV</h2>
      <ul>
        {names.map((name) => (
          <li key={name}>
            <a href={exportHref(slug, name, search)} download>
              {CSV_EXPORTS[name].label} <span className="muted">({name})</span>
            </a>
            : {CSV_EXPORTS[name].description}
            {CSV_EXPORTS[name].filtered ? ", for this selection" : ""}.
          </li>
        ))}
      </ul>
      <p className="muted">
        Figures from fewer than {kThreshold} people read &ldquo;fewer than {kThreshold} people&rdquo;, as on the page. Cells that a
        spreadsheet could run as a formula start with an apostrophe.
      </p>
    </section>
  );
}
