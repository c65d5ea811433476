/**
 * What a page shows when its loader, action or render fails, by status (as epic-stack's
 * GeneralErrorBoundary does): 404 and 403 say nothing about what exists, a 400 says what was
 * wrong with the link (a bad filter, an adoption rate above 100), anything else gives the id of
 * the failed request, which the server's log has the details under. Never the message or stack.
 *
 * The root renders it below the header; each dashboard route renders it in place of the page,
 * so the header and navigation stay and say where you are.
 */
import { isRouteErrorResponse, useRouteError, useRouteLoaderData } from "@remix-run/react";
import { lastFailedRequestId, useDocumentRequestId } from "../request-id";
import type { loader as rootLoader } from "../root";

const MESSAGES: Record<number, string> = {
  404: "There is nothing here, or you do not have access to it.",
  403: "You are not allowed to do that.",
  400: "The request was not understood.",
};

export function ErrorPage({ page }: { /** The page that failed, e.g. "Seniority". */ page?: string }) {
  const error = useRouteError();
  // Present when the root loader itself succeeded (nearly always): it hands over the request id.
  const rootData = useRouteLoaderData<typeof rootLoader>("root");
  const documentRequestId = useDocumentRequestId();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  // Hydration sees no failed fetch yet, so server and browser render the same id; without root
  // data (a failed document POST), the document's own id is the failed request's.
  const requestId = lastFailedRequestId() ?? rootData?.requestId ?? documentRequestId ?? "unknown";
  const message = MESSAGES[status] ?? (status >= 400 && status < 500 ? MESSAGES[400] : "Something went wrong on our side.");
  // A 4xx says what was wrong with the link (e.g. an adoption rate above 100) or the request
  // (a form sent as text/plain).
  const detail = status >= 400 && status < 500 && isRouteErrorResponse(error) && typeof error.data?.message === "string" ? error.data.message : null;
  return (
    <main className="page narrow">
      <h1>{status === 404 ? "Not found" : "Error"}</h1>
      {page && status !== 404 ? <p className="muted">The {page} page could not be shown.</p> : null}
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
  );
}
