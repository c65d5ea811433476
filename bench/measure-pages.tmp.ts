// Temporary (not committed): document size and single-request times of a list of pages.
import { copyFileSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { ensureBuild } from "../scripts/ensure-build.js";
import { loginCookie } from "../test/support/auth";
import { startServer } from "../test/support/server";

const [src, label, ...rest] = process.argv.slice(2);
const pages = rest.length ? rest : ["", "/redesign", "/seniority", "/review", "/capabilities", "/report", "/roles/ROLE"];
ensureBuild();
const db = `/work/bench-mine/run-${label}.db`;
copyFileSync(src, db);
const server = await startServer({ dbPath: db, env: { ORBITAL_DEMO: "0" } });
try {
  const cookie = await loginCookie(server.url, "bench@example.com");
  for (const p of pages) {
    const path = `/w/million${p.replace("ROLE", "1500")}`;
    const times: number[] = [];
    let size = 0;
    let status = 0;
    for (let i = 0; i < 4; i++) {
      // A write-free cache bust is not possible from outside: the first request is the cold render.
      const t = performance.now();
      const res = await fetch(server.url + path, { headers: { cookie } });
      const body = await res.arrayBuffer();
      times.push(performance.now() - t);
      size = body.byteLength;
      if (i === 0) writeFileSync(`/work/bench-mine/${label}${p.replace(/[/?=&]/g, "_") || "_overview"}.html`, Buffer.from(body));
      status = res.status;
    }
    console.log(`${label}\t${path}\t${status}\t${(size / 1024).toFixed(0)} KB\tcold ${times[0].toFixed(0)} ms\twarm ${Math.min(...times.slice(1)).toFixed(0)} ms`);
  }
} finally {
  await server.stop();
}
console.log("load", loadavg().map((l) => l.toFixed(2)).join(" "));
