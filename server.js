/**
 * Orbital's production server: Express serving the Remix build. Run it with node directly
 * (`npm start` does, after building when needed) so the process you stop is the server.
 */
import { randomBytes } from "node:crypto";
import { createRequestHandler } from "@remix-run/express";
import express from "express";

const port = Number(process.env.PORT || 3000);
// Loopback by default: HR data should not be reachable from the network until someone decides so.
const host = process.env.HOST || "127.0.0.1";

const build = await import("./build/server/index.js");
const origin = process.env.ORBITAL_ORIGIN || `http://localhost:${port}`;
const { messages, databasePath } = await build.entry.module.boot({ origin });

const app = express();
app.disable("x-powered-by");
app.use((req, res, next) => {
  // One nonce per response, for the inline scripts Remix needs (see app/entry.server.tsx).
  res.locals.cspNonce = randomBytes(16).toString("base64");
  next();
});
app.use("/assets", express.static("build/client/assets", { immutable: true, maxAge: "1y" }));
app.use(express.static("build/client", { maxAge: "1h" }));
app.all(
  "*",
  createRequestHandler({
    build,
    getLoadContext: (_req, res) => ({ cspNonce: res.locals.cspNonce }),
  }),
);

const server = app.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  console.log(`Orbital listening on http://localhost:${actualPort} (database: ${databasePath})`);
  for (const line of messages) console.log(line);
});

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
