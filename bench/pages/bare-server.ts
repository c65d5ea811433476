/**
 * The limit a page can reach on this machine: a bare `node:http` server answering with the
 * same bytes the real server sent, no routing, no work. Measured under the same load right
 * after the page, its p95 is what the network stack, autocannon and the machine's other load
 * cost; the page's p95 divided by it says how much the server's own work adds.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export async function startBareServer(body: Buffer, contentType: string): Promise<{ url: string; stop(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": contentType, "Content-Length": body.length });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
