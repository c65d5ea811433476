import { PassThrough, Transform } from "node:stream";
import type { AppLoadContext, EntryContext, HandleErrorFunction } from "@remix-run/node";
import { createReadableStreamFromReadable } from "@remix-run/node";
import { isRouteErrorResponse, RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { DocumentCache, fill } from "./dashboard/document-cache.server";
import { offerDocument } from "./dashboard/page-cache.server";
import { readContext } from "./load-context";
import { NonceProvider } from "./nonce";
import { RequestIdProvider } from "./request-id";

// server.js reaches these through the build's entry module.
export { boot } from "./boot.server";
export { getConfig } from "./config.server";
export { createSecurityMiddleware } from "./security/middleware.server";
export { createPageCacheMiddleware } from "./dashboard/page-cache.server";

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

/** Rendered dashboard documents (decision 120): the same URL and view models, the same bytes. */
const documents = new DocumentCache();

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const { cspNonce: nonce, requestId } = readContext(loadContext);
  const { loaderData, actionData, errors } = remixContext.staticHandlerContext;
  const volatile = { nonce, requestId };
  const key = documents.keyFor({ method: request.method, url: request.url, status: responseStatusCode, loaderData, actionData, errors, volatile });
  const cached = key === undefined ? undefined : documents.get(key);
  if (cached !== undefined) {
    offerDocument(requestId, cached);
    responseHeaders.set("Content-Type", "text/html; charset=utf-8");
    return new Response(fill(cached, volatile), { headers: responseHeaders, status: responseStatusCode });
  }
  // Bots and no-JS readers get the whole document at once; browsers get it streamed.
  const readyEvent = isbot(request.headers.get("user-agent") || "") ? "onAllReady" : "onShellReady";
  return new Promise((resolve, reject) => {
    let shellRendered = false;
    let failed = false;
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
          const body = key === undefined ? new PassThrough() : capture((html) => {
                  const template = failed ? undefined : documents.set(key, html, volatile);
                  if (template) offerDocument(requestId, template);
                });
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
          failed = true;
          // Errors while streaming after the shell are logged; before it, they reach the boundary.
          if (shellRendered) console.error(`[request ${readContext(loadContext).requestId}] render failed:`, error);
        },
      },
    );
    setTimeout(abort, ABORT_DELAY);
  });
}

/** A pass-through stream that hands the whole text to `done` once it has all gone by. */
function capture(done: (text: string) => void): Transform {
  const chunks: Buffer[] = [];
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk);
      callback(null, chunk);
    },
    flush(callback) {
      done(Buffer.concat(chunks).toString("utf8"));
      callback();
    },
  });
}
