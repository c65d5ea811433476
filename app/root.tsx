import type { LinksFunction, LoaderFunctionArgs } from "@remix-run/node";
import {
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useLoaderData,
  useParams,
  useRouteLoaderData,
  type ShouldRevalidateFunction,
} from "@remix-run/react";
import { useEffect, type ReactNode } from "react";
import { getOptionalUser, listMyWorkspaces } from "./access.server";
import { AppHeader } from "./components/app-header";
import { ErrorPage } from "./components/error-page";
import { readContext } from "./load-context";
import { useNonce } from "./nonce";
import { useDocumentRequestId } from "./request-id";
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
  // Present when the root loader itself succeeded (nearly always): keep the navigation.
  const rootData = useRouteLoaderData<typeof loader>("root");
  const params = useParams();
  return (
    <>
      {rootData?.me ? <AppHeader me={rootData.me} workspaces={rootData.me.workspaces} currentSlug={params.workspace} /> : null}
      <ErrorPage />
    </>
  );
}
