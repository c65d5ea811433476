import { createContext, useContext } from "react";

/**
 * The id the error page shows. A document request's id comes from the root loader; but after a
 * failed form submission Remix does not reload the root data, so the page would show an older
 * request's id. The browser therefore remembers the X-Request-Id of the last response that
 * failed with a 5xx (Remix's data requests go through window.fetch).
 */
let lastFailedId: string | undefined;
/** In the browser: the id of the request that produced this document (its meta tag). */
let documentId: string | undefined;

/**
 * The id of the document request, set on the server around <RemixServer> (entry.server). The
 * error page needs it when no loader data exists: a document POST whose action failed renders
 * the root boundary without running the root loader, which used to leave "request id unknown".
 */
const RequestIdContext = createContext<string | undefined>(undefined);
export const RequestIdProvider = RequestIdContext.Provider;

/** Server: this request's id. Browser: the document's, from the meta tag the server wrote. */
export function useDocumentRequestId(): string | undefined {
  const fromServer = useContext(RequestIdContext);
  return fromServer ?? documentId;
}

/** Called once in entry.client, before hydration (so the meta tag renders the same id). */
export function trackFailedRequestIds(): void {
  documentId = document.querySelector('meta[name="orbital-request-id"]')?.getAttribute("content") ?? undefined;
  const original = window.fetch.bind(window);
  window.fetch = async (...args: Parameters<typeof fetch>) => {
    const response = await original(...args);
    if (response.status >= 500) lastFailedId = response.headers.get("X-Request-Id") ?? lastFailedId;
    return response;
  };
}

/** In the browser, the id of the latest failed request, if any; on the server, undefined. */
export function lastFailedRequestId(): string | undefined {
  return typeof window === "undefined" ? undefined : lastFailedId;
}
