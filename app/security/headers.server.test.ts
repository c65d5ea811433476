import { describe, expect, test } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./headers.server";

const NONCE = "abcdefghijklmnopqrstuv==";

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

describe("contentSecurityPolicy", () => {
  const csp = directives(contentSecurityPolicy(NONCE));
  test.each([
    ["default-src", "'self'"],
    ["script-src", `'self' 'nonce-${NONCE}'`],
    ["style-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["connect-src", "'self'"],
  ])("%s is %s", (name, value) => {
    expect(csp.get(name)).toBe(value);
  });

  test("no inline script or eval is allowed beyond the nonce", () => {
    const policy = contentSecurityPolicy(NONCE);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).not.toMatch(/'unsafe-eval'/);
    expect(policy).not.toMatch(/\*/);
  });

  test.each([[""], ["short"], ["has space in it 1234567"], ["quote'injection'12345678"]])(
    "refuses an unusable nonce %j",
    (nonce) => {
      expect(() => contentSecurityPolicy(nonce)).toThrow(/nonce/);
    },
  );
});

describe("securityHeaders", () => {
  test("carries the hardening headers", () => {
    const headers = securityHeaders({ nonce: NONCE, https: false });
    expect(headers).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "same-origin",
    });
    expect(headers["Content-Security-Policy"]).toBe(contentSecurityPolicy(NONCE));
  });

  test.each([
    [false, undefined],
    [true, "max-age=31536000"],
  ])("Strict-Transport-Security over https=%s is %s", (https, value) => {
    expect(securityHeaders({ nonce: NONCE, https })["Strict-Transport-Security"]).toBe(value);
  });
});
