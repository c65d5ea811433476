import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  isRouteErrorResponse,
  useLoaderData,
  useParams,
  useRouteError,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { getOptionalUser, listMyWorkspaces } from "./access.server";
import { AppHeader } from "./components/app-header";
import { readContext } from "./load-context";
import { useNonce } from "./nonce";
import { lastFailedRequestId, useDocumentRequestId } from "./request-id";
import { chartStylesHref } from "./charts/styles";
import stylesHref from "./styles/app.css?url";

export const links: LinksFunction = () => [
  { rel: "stylesheet", href: stylesHref },
  { rel: "stylesheet", href: chartStylesHref },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: LoaderFunctionArgs) {
  const user = await getOptionalUser(request);
  return {
    requestId: readContext(context).requestId,
    me: user
      ? {
          email: user.email,
          isAdmin: user.isAdmin,
          workspaces: listMyWorkspaces(user).map(({ slug, name, role }) => ({ slug, name, role })),
        }
      : null,
  };
}

// Run on every navigation: the header must follow grants and sign-outs, and the error page
// shows the id of the request that failed, which this loader hands over.
export const shouldRevalidate: ShouldRevalidateFunction = () => true;

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce();
  const requestId = useDocumentRequestId();
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {requestId ? <meta name="orbital-request-id" content={requestId} /> : null}
        <Meta />
        <Links />
      </head>
      <body>
        {children}
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  const { me } = useLoaderData<typeof loader>();
  const params = useParams();
  // Set once React has hydrated and its handlers run (the filter bar's instant apply, sliders):
  // browser tests wait for this instead of guessing a time (test/support/browser.ts).
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);
  return (
    <>
      {me ? <AppHeader me={me} workspaces={me.workspaces} currentSlug={params.workspace} /> : null}
      <Outlet />
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  // Present when the root loader itself succeeded (nearly always): keep the navigation and the id.
  const rootData = useRouteLoaderData<typeof loader>("root");
  const params = useParams();
  const documentRequestId = useDocumentRequestId();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // Hydration sees no failed fetch yet, so server and browser render the same id; without root
  // data (a failed document POST), the document's own id is the failed request's.
  const requestId = lastFailedRequestId() ?? rootData?.requestId ?? documentRequestId ?? "unknown";
  const message =
    status === 404
      ? "There is nothing here, or you do not have access to it."
      : status === 403
        ? "You are not allowed to do that."
        : status >= 400 && status < 500
          ? "The request was not understood."
          : "Something went wrong on our side.";
  // A 4xx says what was wrong with the link (e.g. an adoption rate above 100) or the request
  // (a form sent as text/plain).
  const detail = status >= 400 && status < 500 && isRouteErrorResponse(error) && typeof error.data?.message === "string" ? error.data.message : null;
  return (
    <>
      {rootData?.me ? <AppHeader me={rootData.me} workspaces={rootData.me.workspaces} currentSlug={params.workspace} /> : null}
      <main className="page narrow">
        <h1>{status === 404 ? "Not found" : "Error"}</h1>
        <p>{message}</p>
        {detail ? <p data-testid="error-detail">{detail}</p> : null}
        {status >= 500 ? (
          <p>
            If you report this, mention request id <code data-testid="request-id">{requestId}</code>
            ; the server&apos;s log has the details under that id.
          </p>
        ) : null}
        <p>
          <a href="/">Back to Orbital</a>
        </p>
      </main>
    </>
  );
}
