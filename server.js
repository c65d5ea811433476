/**
 * Orbital's production server: Express serving the Remix build. Run it with node directly
 * (`npm start` does, after building when needed) so the process you stop is the server.
 */
import { createRequestHandler } from "@remix-run/express";
import express from "express";

const port = Number(process.env.PORT || 3000);
// Loopback by default: HR data should not be reachable from the network until someone decides so.
const host = process.env.HOST || "127.0.0.1";

const build = await import("./build/server/index.js");
const entry = build.entry.module;
let config;
try {
  config = entry.getConfig();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

const app = express();
app.disable("x-powered-by");
if (config.trustProxy) app.set("trust proxy", true);

// Requests that arrive while boot() still migrates or seeds wait for it (see listen below).
let markBooted;
const booted = new Promise((resolve) => (markBooted = resolve));
app.use((_req, _res, next) => booted.then(() => next()));

// Request id, CSP nonce, security headers and the Origin check, before anything answers.
app.use(entry.createSecurityMiddleware({ origin: config.origin }));
// Hashed file names: a file's bytes never change under its name, so browsers keep it for a year
// without asking. The security middleware's no-store is replaced only here (and only for files
// that exist: a missing asset falls through to a no-store 404); documents and data keep it.
app.use(
  "/assets",
  express.static("build/client/assets", {
    fallthrough: true,
    setHeaders: (res) => res.setHeader("Cache-Control", "public, max-age=31536000, immutable"),
  }),
);
app.use(express.static("build/client", { maxAge: "1h" }));
// Dashboard documents already rendered for this session at this database revision (decision 120).
app.use(entry.createPageCacheMiddleware());
// No body parser here: request bodies stream to Remix, where the upload handler enforces
// ORBITAL_MAX_UPLOAD_MB; Express adds no smaller limit of its own.
app.all(
  "*",
  createRequestHandler({
    build,
    getLoadContext: (req, res) => ({
      cspNonce: res.locals.cspNonce,
      requestId: res.locals.requestId,
      clientAddress: req.ip || req.socket.remoteAddress || "unknown",
    }),
  }),
);
// Last resort for errors outside Remix (static files, adapter): log with the id, show only the id.
// Express recognizes an error handler by its four parameters.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
app.use((error, _req, res, _next) => {
  const requestId = res.locals.requestId || "-";
  console.error(`[request ${requestId}] unexpected error:`, error);
  if (res.headersSent) return res.end();
  res.status(500).type("text/plain").send(`Something went wrong on our side. Request id ${requestId}.\n`);
});

// Listen first so the real port is known for the setup link, then boot, then serve.
const server = app.listen(port, host, async () => {
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  const origin = config.origin || `http://localhost:${actualPort}`;
  try {
    const { messages, databasePath } = await entry.boot({ origin });
    markBooted();
    // Boot messages (demo import, setup link) first: whoever waits for the "listening" line
    // (people, scripts, tests) then has everything it needs on screen.
    for (const line of messages) console.log(line);
    console.log(`Orbital listening on http://localhost:${actualPort} (database: ${databasePath})`);
  } catch (error) {
    console.error("Orbital could not start:", error instanceof Error ? error.message : error);
    process.exit(1);
  }
});

// Node ends any request after 5 minutes by default; a 200 MB upload over a slow office link takes
// longer. Headers must still arrive within Node's headersTimeout (60 s), which stops slowloris.
server.requestTimeout = 30 * 60_000;

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
