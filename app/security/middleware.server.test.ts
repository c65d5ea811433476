import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createSecurityMiddleware } from "./middleware.server";

// A real Express app on a free port, the way server.js uses the middleware.
async function serve(origin: string | undefined): Promise<{ url: string; server: Server }> {
  const app = express();
  app.use(createSecurityMiddleware({ origin }));
  app.get("/static.txt", (_req, res) => {
    res.setHeader("Cache-Control", "public, max-age=3600");
    res.type("text/plain").send("static");
  });
  app.all("*", (_req, res) => res.type("text/plain").send(`handled nonce=${res.locals.cspNonce} id=${res.locals.requestId}`));
  const server = app.listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe("security middleware, origin derived from Host", () => {
  let url: string;
  let server: Server;
  beforeAll(async () => ({ url, server } = await serve(undefined)));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("every response gets a request id, a fresh nonce in its CSP and the hardening headers", async () => {
    const [a, b] = await Promise.all([fetch(`${url}/x`), fetch(`${url}/x`)]);
    for (const res of [a, b]) {
      const body = await res.text();
      const id = res.headers.get("x-request-id");
      expect(id).toMatch(/^[0-9a-f]{16}$/);
      const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
      expect(body).toBe(`handled nonce=${nonce} id=${id}`);
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("DENY");
      expect(res.headers.get("referrer-policy")).toBe("same-origin");
      expect(res.headers.get("cache-control")).toBe("no-store");
    }
    expect(a.headers.get("x-request-id")).not.toBe(b.headers.get("x-request-id"));
    expect(a.headers.get("content-security-policy")).not.toBe(b.headers.get("content-security-policy"));
  });

  test("a handler may still set its own caching", async () => {
    const res = await fetch(`${url}/static.txt`);
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  test("a POST from our own origin reaches the handler", async () => {
    const res = await fetch(`${url}/x`, { method: "POST", headers: { Origin: url }, body: "a=1" });
    expect(res.status).toBe(200);
  });

  test.each([
    ["a foreign Origin", { Origin: "https://evil.example" }],
    ["no Origin nor Referer", {} as Record<string, string>],
    ["a foreign Referer", { Referer: "https://evil.example/page" }],
  ])("a POST with %s is refused with 403 before any handler runs, headers included", async (_label, headers) => {
    const res = await fetch(`${url}/x`, { method: "POST", headers, body: "a=1" });
    expect(res.status).toBe(403);
    const body = await res.text();
    expect(body).toMatch(/did not come from an Orbital page/);
    expect(body).not.toMatch(/handled/);
    expect(body).toContain(res.headers.get("x-request-id"));
    expect(res.headers.get("content-security-policy")).toContain("object-src 'none'");
  });
});

describe("security middleware with ORBITAL_ORIGIN", () => {
  let url: string;
  let server: Server;
  beforeAll(async () => ({ url, server } = await serve("https://orbital.example.com")));
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("only the configured origin may POST, whatever the Host header says", async () => {
    const ours = await fetch(`${url}/x`, { method: "POST", headers: { Origin: "https://orbital.example.com" } });
    expect(ours.status).toBe(200);
    const hostBased = await fetch(`${url}/x`, { method: "POST", headers: { Origin: url } });
    expect(hostBased.status).toBe(403);
  });

  test("an https origin adds Strict-Transport-Security", async () => {
    const res = await fetch(`${url}/x`);
    expect(res.headers.get("strict-transport-security")).toBe("max-age=31536000");
  });
});
