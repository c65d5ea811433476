import { expect, test } from "vitest";
import { processCpuMs } from "./process-cpu";

test("this process's CPU time grows while it works, and is never negative", () => {
  const before = processCpuMs(process.pid);
  expect(before).toBeGreaterThan(0);
  // Work until the kernel has counted at least one more clock tick for us, however few the
  // busy machine grants (a fixed 150 ms of wall clock could pass with no tick counted).
  let x = 0;
  let after = before;
  while (after === before) {
    for (let i = 0; i < 100_000; i++) x += Math.sqrt(x + 1);
    after = processCpuMs(process.pid);
  }
  expect(x).toBeGreaterThan(0);
  expect(after).toBeGreaterThan(before);
});
