import { describe, expect, test } from "vitest";
import { checkOrigin, expectedOrigin } from "./origin.server";

describe("expectedOrigin", () => {
  test.each([
    ["configured wins over Host", { configured: "https://orbital.example.com", host: "evil.example", https: false }, "https://orbital.example.com"],
    ["derived from Host over http", { configured: undefined, host: "localhost:3000", https: false }, "http://localhost:3000"],
    ["derived from Host over https, default port dropped", { configured: undefined, host: "orbital.example.com:443", https: true }, "https://orbital.example.com"],
    ["no Host and nothing configured", { configured: undefined, host: undefined, https: false }, null],
    ["a Host that is not a host", { configured: undefined, host: "a b", https: false }, null],
  ])("%s", (_label, input, expected) => {
    expect(expectedOrigin(input)).toBe(expected);
  });
});

describe("checkOrigin", () => {
  const expected = "http://localhost:3000";
  test.each([
    ["GET without headers", { method: "GET" }, true],
    ["HEAD without headers", { method: "HEAD" }, true],
    ["OPTIONS without headers", { method: "OPTIONS" }, true],
    ["POST from our own page", { method: "POST", origin: expected }, true],
    ["lower-case post from our own page", { method: "post", origin: expected }, true],
    ["POST from another site", { method: "POST", origin: "https://evil.example" }, false],
    ["POST from our host on another port", { method: "POST", origin: "http://localhost:3001" }, false],
    ["POST from our host over https when we serve http", { method: "POST", origin: "https://localhost:3000" }, false],
    ["POST with Origin: null (sandboxed frame, data: URL)", { method: "POST", origin: "null" }, false],
    ["POST without Origin or Referer", { method: "POST" }, false],
    ["POST without Origin, Referer from our page", { method: "POST", referer: `${expected}/w/demo/settings` }, true],
    ["POST without Origin, Referer from another site", { method: "POST", referer: "https://evil.example/x" }, false],
    ["POST without Origin, Referer not a URL", { method: "POST", referer: "::::" }, false],
    ["POST with a foreign Origin but our Referer (Origin wins)", { method: "POST", origin: "https://evil.example", referer: `${expected}/` }, false],
    ["PUT from another site", { method: "PUT", origin: "https://evil.example" }, false],
    ["DELETE without headers", { method: "DELETE" }, false],
    ["PATCH from our own page", { method: "PATCH", origin: expected }, true],
  ])("%s → %s", (_label, request, ok) => {
    const verdict = checkOrigin({ origin: undefined, referer: undefined, expected, ...request });
    expect(verdict.ok).toBe(ok);
    if (!verdict.ok) expect(verdict.reason.length).toBeGreaterThan(0);
  });

  test("a POST is refused when the server cannot tell its own origin", () => {
    expect(checkOrigin({ method: "POST", origin: "http://x", referer: undefined, expected: null })).toEqual({
      ok: false,
      reason: "the request has no Host header",
    });
  });
});
