/**
 * For `npm run bench:serving -- --scenario workers` only (decision 116): the production server
 * (`server.js`) in ORBITAL_WORKERS processes that share its port (node:cluster) and the SQLite
 * file (WAL). Each worker runs server.js whole, boot included (with an existing database that is
 * migrations to skip and nothing pending). Prints server.js's "listening on" line once, when every
 * worker listens, so test/support/server's startServer can wait for it. Not a way to run Orbital.
 */
import cluster from "node:cluster";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const count = Math.max(1, Number(process.env.ORBITAL_WORKERS || 2));

if (cluster.isPrimary) {
  let listening = 0;
  let line = "";
  for (let i = 0; i < count; i++) {
    const worker = cluster.fork({ ...process.env, ORBITAL_BENCH_WORKER: "1" });
    worker.on("message", (message) => {
      if (message?.type !== "listening") return;
      line = message.line;
      if (++listening === count) console.log(`${line.trim()} (${count} worker processes)`);
    });
  }
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      const workers = Object.values(cluster.workers ?? {}).filter(Boolean);
      let left = workers.length;
      if (!left) process.exit(0);
      for (const worker of workers) {
        worker.once("exit", () => --left === 0 && process.exit(0));
        worker.kill("SIGTERM");
      }
    });
  }
} else {
  // Relay server.js's "listening on" line to the primary instead of printing it per worker.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    const text = String(chunk);
    if (/listening on http:\/\/localhost:\d+/.test(text)) {
      process.send?.({ type: "listening", line: text });
      return true;
    }
    return write(chunk, ...rest);
  };
  process.chdir(join(dirname(fileURLToPath(import.meta.url)), "../.."));
  await import("../../server.js");
}
