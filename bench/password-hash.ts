/**
 * How long one scrypt hash and one verification take with today's parameters (the price of a
 * login, and of a guess). Prints figures; run `npx tsx bench/password-hash.ts`.
 */
import { CURRENT_PARAMS, hashPassword, verifyPassword } from "../app/auth/password.server";

const rounds = Number(process.argv[2] ?? 5);
const times: number[] = [];
let hash = "";
for (let i = 0; i < rounds; i++) {
  const start = performance.now();
  hash = await hashPassword(`correct horse battery staple ${i}`);
  times.push(performance.now() - start);
}
const verifyStart = performance.now();
await verifyPassword(`correct horse battery staple ${rounds - 1}`, hash);
const verifyMs = performance.now() - verifyStart;
times.sort((a, b) => a - b);
const { N, r, p } = CURRENT_PARAMS;
console.log(`scrypt N=${N} r=${r} p=${p}, ~${Math.round((128 * N * r) / 2 ** 20)} MiB per hash`);
console.log(`hash: median ${times[Math.floor(times.length / 2)].toFixed(0)} ms, min ${times[0].toFixed(0)} ms over ${rounds}`);
console.log(`verify: ${verifyMs.toFixed(0)} ms`);
