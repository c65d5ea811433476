/**
 * Security headers for every response Orbital sends: documents, data requests, assets, errors.
 * See docs/decisions/044-web-hardening.md for why each directive is what it is.
 */

/**
 * Scripts: our own files and the inline scripts Remix renders with this response's nonce;
 * nothing else inline, no eval. Style attributes are allowed (charts and React set them);
 * <style> elements and foreign stylesheets are not.
 */
export function contentSecurityPolicy(nonce: string): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error("CSP nonce must be at least 16 base64 characters");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function securityHeaders(options: { nonce: string; https: boolean }): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options.nonce),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    // same-origin: our own pages keep the full URL for the Origin/Referer check; others get nothing.
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
  };
  if (options.https) headers["Strict-Transport-Security"] = "max-age=31536000";
  return headers;
}
