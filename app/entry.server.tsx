import { PassThrough } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { readContext } from "./load-context";
import { NonceProvider } from "./nonce";
import { RequestIdProvider } from "./request-id";

// server.js reaches these through the build's entry module.
export { boot } from "./boot.server";
export { getConfig } from "./config.server";
export { createSecurityMiddleware } from "./security/middleware.server";

/**
 * Unexpected errors are logged here with the request id; users see only that id (root
 * ErrorBoundary), never the message, stack or SQL, which Remix strips in production.
 */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
  if (request.signal.aborted) return;
  // 4xx route responses (no such page, not allowed) are answers, not failures.
  if (isRouteErrorResponse(error) && error.status < 500) return;
  const { requestId } = readContext(context);
  console.error(`[request ${requestId}] ${request.method} ${new URL(request.url).pathname} failed:`, error);
};

const ABORT_DELAY = 5_000;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const { cspNonce: nonce, requestId } = readContext(loadContext);
  // Bots and no-JS readers get the whole document at once; browsers get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent") || "") ? "onAllReady" : "onShellReady";
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RequestIdProvider value={requestId}>
          <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
        </RequestIdProvider>
      </NonceProvider>,
      {
        nonce,
        [readyEvent]() {
          shellRendered = true;
          const body = new PassThrough();
          const stream = createReadableStreamFromReadable(body);
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(new Response(stream, { headers: responseHeaders, status: responseStatusCode }));
          pipe(body);
        },
        onShellError(error: unknown) {
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors while streaming after the shell are logged; before it, they reach the boundary.
          if (shellRendered) console.error(`[request ${readContext(loadContext).requestId}] render failed:`, error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}
