// Resource route: the report as one standalone HTML file (styles inlined, no script).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportDownload } from "../report/download.server";
import { renderReportHtml } from "../report/render-html";
import { REPORT_STYLESHEETS } from "../report/styles.vite";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  reportDownload(request, params, "html", (view) => ({
    body: renderReportHtml(view, REPORT_STYLESHEETS),
    contentType: "text/html; charset=utf-8",
    name: `report-${view.date}.html`,
  }));
