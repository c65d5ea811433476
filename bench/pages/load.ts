/**
 * One URL under concurrent load with autocannon: a short warm-up, then `duration` seconds with
 * `connections` parallel connections. Latencies are collected per response, so p95 is exact
 * (autocannon's own summary stops at p90 and p97.5).
 */
import autocannon, { type Result } from "autocannon";
import { summarizeLatencies, type LatencySummary } from "./percentiles";

export interface LoadResult extends LatencySummary {
  requestsPerSecond: number;
  non2xx: number;
  errors: number;
  /** The server's CPU time per request (user + system), when `serverCpuMs` is given. */
  cpuMsPerRequest: number | null;
}

function run(url: string, cookie: string, connections: number, duration: number, onLatency?: (ms: number, status: number) => void) {
  return new Promise<Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration, headers: { cookie } }, (error, result) => (error ? reject(error) : resolve(result)));
    if (onLatency) instance.on("response", (_client, status, _bytes, ms) => onLatency(ms, status));
  });
}

export async function measure(
  url: string,
  cookie: string,
  options: { connections: number; duration: number; warmup: number; serverCpuMs?: () => number },
): Promise<LoadResult> {
  if (options.warmup > 0) await run(url, cookie, options.connections, options.warmup);
  const latencies: number[] = [];
  const cpuBefore = options.serverCpuMs?.();
  const result = await run(url, cookie, options.connections, options.duration, (ms) => latencies.push(ms));
  const cpuAfter = options.serverCpuMs?.();
  return {
    ...summarizeLatencies(latencies),
    requestsPerSecond: result.requests.total / result.duration,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    cpuMsPerRequest: cpuBefore === undefined || cpuAfter === undefined || !latencies.length ? null : (cpuAfter - cpuBefore) / latencies.length,
  };
}
