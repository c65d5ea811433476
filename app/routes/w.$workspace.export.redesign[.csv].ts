// Resource route: the CSV download (see app/exports/csv-export.server.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { csvExportResponse } from "../exports/csv-export.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => csvExportResponse(request, params, "redesign.csv");
