// Resource route: the Capabilities page's CSV (see app/survey/capabilities-csv.server.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { capabilitiesCsvResponse } from "../survey/capabilities-csv.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => capabilitiesCsvResponse(request, params);
