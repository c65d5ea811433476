// Resource route: the role's redesigned profile as Markdown (app/report/role-profile-download.server.ts).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { roleProfileDownload } from "../report/role-profile-download.server";

export const loader = ({ request, params }: LoaderFunctionArgs) => roleProfileDownload(request, params, "md");
