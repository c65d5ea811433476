import { expect, test } from "vitest";
import { processCpuMs } from "./process-cpu";

test("this process's CPU time grows while it works, and is never negative", () => {
  const before = processCpuMs(process.pid);
  expect(before).toBeGreaterThan(0);
  const until = Date.now() + 150;
  let x = 0;
  while (Date.now() < until) x += Math.sqrt(x + 1);
  expect(x).toBeGreaterThan(0);
  expect(processCpuMs(process.pid)).toBeGreaterThan(before);
});
