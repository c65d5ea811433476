import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { endSession } from "../auth/session.server";

/** Signing out is a POST (from the header's button): a link or an image cannot sign anyone out. */
export async function action({ request }: ActionFunctionArgs) {
  throw redirect("/login", { headers: { "Set-Cookie": await endSession(request) } });
}

export async function loader() {
  throw redirect("/");
}
