/**
 * The Express middleware server.js puts in front of everything (static files included): a
 * request id, a CSP nonce, the security headers, and the Origin check for mutating requests.
 * It lives in the app (and reaches server.js through the build's entry module) so it is
 * TypeScript and unit-tested.
 */
import { randomBytes } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { securityHeaders } from "./headers.server";
import { checkOrigin, expectedOrigin } from "./origin.server";

/** The parts of Express's req/res this middleware uses (keeps it testable with plain objects). */
export interface MiddlewareRequest extends Pick<IncomingMessage, "method" | "headers"> {
  /** Express: "https" behind TLS (or X-Forwarded-Proto with trust proxy). */
  protocol: string;
  /** Express: the client address (X-Forwarded-For with trust proxy). */
  ip?: string;
  originalUrl?: string;
}
export interface MiddlewareResponse extends Pick<ServerResponse, "setHeader" | "end"> {
  statusCode: number;
  locals: Record<string, unknown>;
}

export function newRequestId(): string {
  return randomBytes(8).toString("hex");
}

export function createSecurityMiddleware(options: { origin: string | undefined }) {
  const httpsOrigin = Boolean(options.origin?.startsWith("https:"));
  return function security(req: MiddlewareRequest, res: MiddlewareResponse, next: () => void): void {
    const requestId = newRequestId();
    const nonce = randomBytes(16).toString("base64");
    res.locals.requestId = requestId;
    res.locals.cspNonce = nonce;
    res.setHeader("X-Request-Id", requestId);
    const https = httpsOrigin || req.protocol === "https";
    for (const [name, value] of Object.entries(securityHeaders({ nonce, https }))) res.setHeader(name, value);
    // HR data: nothing may be cached by browsers or proxies unless a handler says so (static files do).
    res.setHeader("Cache-Control", "no-store");

    const verdict = checkOrigin({
      method: req.method ?? "GET",
      origin: header(req, "origin"),
      referer: header(req, "referer"),
      expected: expectedOrigin({ configured: options.origin, host: header(req, "host"), https: req.protocol === "https" }),
    });
    if (!verdict.ok) {
      res.statusCode = 403;
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end(`Forbidden: this request did not come from an Orbital page (${verdict.reason}). Request id ${requestId}.\n`);
      return;
    }
    next();
  };
}

function header(req: MiddlewareRequest, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
