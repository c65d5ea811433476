import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData, useLocation } from "@remix-run/react";
import { loadDashboardContext } from "../../dashboard/dashboard.server";
import { readContext } from "../../load-context";
import { ReportDocument } from "../../report/report-document";
import reportStylesHref from "../../report/report.css?url";
import { CoverForm } from "./cover-form";
import { loadReportPage, saveCoverAction } from "./report-page.server";
import { ReportToolbar } from "./report-toolbar";

export const links: LinksFunction = () => [{ rel: "stylesheet", href: reportStylesHref }];

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Report · ${data?.shell.workspace.name ?? "Workspace"} · Orbital` }];

export async function loader({ request, params, context }: LoaderFunctionArgs) {
  return loadReportPage(await loadDashboardContext(request, params), readContext(context).requestId);
}

export const action = ({ request, params }: ActionFunctionArgs) => saveCoverAction(request, params.workspace);

export default function ReportPage() {
  const { shell, view, canEdit, pdfProblem } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const { search } = useLocation();
  const base = `/w/${shell.workspace.slug}`;
  const pageCss = `${base}/report.css?${new URLSearchParams({ paper: view.paper, date: view.date })}`;
  return (
    <main className="report-page">
      {/* The @page rules carry the organization's name, so they come from a route (no inline <style> under the CSP). */}
      <link rel="stylesheet" href={pageCss} />
      <ReportToolbar base={base} search={search} paper={view.paper} pdfProblem={pdfProblem} />
      {canEdit ? <CoverForm cover={view.cover} result={result} /> : null}
      <ReportDocument view={view} />
    </main>
  );
}
