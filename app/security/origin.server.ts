/**
 * Cross-site request forgery guard, on top of SameSite=Lax cookies: a request that changes
 * something (POST, PUT, PATCH, DELETE, …) must say it comes from one of our own pages.
 * Browsers send Origin on every such request (Referer as a fallback for old ones), and a
 * foreign page can forge neither.
 */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** ORBITAL_ORIGIN when set; else the origin the request was addressed to (scheme + Host). */
export function expectedOrigin(options: { configured: string | undefined; host: string | undefined; https: boolean }): string | null {
  if (options.configured) return options.configured;
  if (!options.host) return null;
  try {
    return new URL(`${options.https ? "https" : "http"}://${options.host}`).origin;
  } catch {
    return null;
  }
}

export type OriginVerdict = { ok: true } | { ok: false; reason: string };

export function checkOrigin(request: {
  method: string;
  origin: string | undefined;
  referer: string | undefined;
  expected: string | null;
}): OriginVerdict {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return { ok: true };
  if (!request.expected) return { ok: false, reason: "the request has no Host header" };
  if (request.origin) {
    return request.origin === request.expected
      ? { ok: true }
      : { ok: false, reason: `Origin ${request.origin} is not ${request.expected}` };
  }
  if (request.referer) {
    let refererOrigin: string;
    try {
      refererOrigin = new URL(request.referer).origin;
    } catch {
      return { ok: false, reason: "the Referer header is not a URL" };
    }
    return refererOrigin === request.expected
      ? { ok: true }
      : { ok: false, reason: `Referer ${refererOrigin} is not ${request.expected}` };
  }
  return { ok: false, reason: "the request carries neither Origin nor Referer" };
}
