// Resource route: the report as PDF (app/report/download.server.ts, app/report/pdf.server.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportDownload } from "../report/download.server";
import { ChromiumMissingError, htmlToPdf } from "../report/pdf.server";
import { renderReportHtml } from "../report/render-html";
import { REPORT_STYLESHEETS } from "../report/styles.vite";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  reportDownload(
    request,
    params,
    "pdf",
    async (view) => ({ body: await htmlToPdf(renderReportHtml(view, REPORT_STYLESHEETS)), contentType: "application/pdf", name: `report-${view.date}.pdf` }),
    (error): error is Error => error instanceof ChromiumMissingError,
  );
