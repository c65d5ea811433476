import type { AppLoadContext } from "@remix-run/node";

/** What server.js puts into every request's load context (see its getLoadContext). */
export interface OrbitalContext {
  cspNonce: string;
  requestId: string;
  /** The client's address (the proxy's, unless ORBITAL_TRUST_PROXY is on). */
  clientAddress: string;
}

/** Reads the context defensively: under `remix vite:dev` there is no server.js to fill it. */
export function readContext(context: AppLoadContext | undefined): OrbitalContext {
  const value = (context ?? {}) as Record<string, unknown>;
  const text = (key: string, fallback: string) => (typeof value[key] === "string" ? (value[key] as string) : fallback);
  return {
    cspNonce: text("cspNonce", ""),
    requestId: text("requestId", "-"),
    clientAddress: text("clientAddress", "unknown"),
  };
}
