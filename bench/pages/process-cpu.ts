/**
 * CPU time a process has used (user + system), from /proc (Linux). On a machine shared with
 * other busy processes, wall-clock latencies stretch with the load; CPU time per request
 * does not, so it says what a page costs the server whatever else runs.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let ticksPerSecond: number | undefined;

export function processCpuMs(pid: number): number {
  ticksPerSecond ??= Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name, which is in parentheses and may itself hold spaces.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) * 1000) / ticksPerSecond;
}

/** CPU time of a process and all its children (ORBITAL_WORKERS > 1: the cluster's workers). */
export function processTreeCpuMs(pid: number): number {
  let total = 0;
  const parentOf = (child: string) => {
    try {
      const stat = readFileSync(`/proc/${child}/stat`, "utf8");
      return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    } catch {
      return -1;
    }
  };
  const pids = [pid];
  for (const entry of readdirSync("/proc")) if (/^\d+$/.test(entry) && parentOf(entry) === pid) pids.push(Number(entry));
  for (const one of pids) {
    try {
      total += processCpuMs(one);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return total;
}
