/**
 * The id the error page shows. A document request's id comes from the root loader; but after a
 * failed form submission Remix does not reload the root data, so the page would show an older
 * request's id. The browser therefore remembers the X-Request-Id of the last response that
 * failed with a 5xx (Remix's data requests go through window.fetch).
 */
let lastFailedId: string | undefined;

/** Called once in entry.client, before hydration. */
export function trackFailedRequestIds(): void {
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
