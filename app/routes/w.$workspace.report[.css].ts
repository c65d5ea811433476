/**
 * The report page's @page rules (paper size, running header with the organization and date, page
 * numbers) as a stylesheet: the CSP allows no inline <style>, and the header carries the name.
 */
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireWorkspace } from "../access.server";
import { parsePaper } from "../report/load-report.server";
import { reportPageCss } from "../report/page-css";

export async function loader({ request, params }: LoaderFunctionArgs) {
  const access = await requireWorkspace(request, params.workspace, "viewer");
  const url = new URL(request.url);
  const paper = parsePaper(url.searchParams.get("paper")) ?? "a4";
  const date = /^\d{4}-\d{2}-\d{2}$/.test(url.searchParams.get("date") ?? "") ? url.searchParams.get("date")! : new Date().toISOString().slice(0, 10);
  return new Response(reportPageCss({ organization: access.workspace.name, date, paper }), {
    headers: { "Content-Type": "text/css; charset=utf-8" },
  });
}
