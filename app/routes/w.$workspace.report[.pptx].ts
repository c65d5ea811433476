// Resource route: the report as a slide deck (app/report/deck.tsx).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { reportDeck } from "../report/deck";
import { reportDownload } from "../report/download.server";

export const loader = ({ request, params }: LoaderFunctionArgs) =>
  reportDownload(request, params, "pptx", async (view) => ({
    body: await reportDeck(view),
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    name: `report-${view.date}.pptx`,
  }));
