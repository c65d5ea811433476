// Resource route: the survey's CSV template, headers from importers/survey-wording.ts (no data).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireWorkspace } from "../access.server";
import { toCsv } from "../csv/write-csv";
import { TEMPLATE_HEADERS } from "../../importers/survey-wording";

export async function loader({ request, params }: LoaderFunctionArgs) {
  await requireWorkspace(request, params.workspace, "viewer");
  return new Response("\uFEFF" + toCsv(TEMPLATE_HEADERS, []), {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="orbital-capability-survey-template.csv"' },
  });
}
