/**
 * The report as one standalone HTML document (styles inlined, no script): what Chromium turns
 * into the PDF, and what `orbital report --format html` writes. The same ReportDocument as the
 * web page, so the three forms agree.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { reportPageCss } from "./page-css";
import { ReportDocument } from "./report-document";
import type { ReportView } from "./report.server";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `stylesheets`: the app's base CSS, the charts' CSS and report.css, in that order. */
export function renderReportHtml(view: ReportView, stylesheets: readonly string[]): string {
  const body = renderToStaticMarkup(
    <main className="report-page">
      <ReportDocument view={view} />
    </main>,
  );
  // "</style" cannot occur in our own stylesheets; guard anyway, the page CSS carries a name.
  const css = [...stylesheets, reportPageCss({ organization: view.workspace.name, date: view.date, paper: view.paper })]
    .join("\n")
    .replace(/<\/style/gi, "<\\/style");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(`${view.workspace.name} · AI-readiness report · ${view.date}`)}</title>
<style>${css}</style></head><body>${body}</body></html>`;
}
