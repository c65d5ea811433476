import { afterEach, beforeEach, vi } from "vitest";

// A stray console.error or console.warn is a bug we would otherwise miss: fail the test.
let calls: string[] = [];
beforeEach(() => {
  calls = [];
  for (const method of ["error", "warn"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(" ")}`);
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
  if (calls.length) throw new Error(`Unexpected console output:\n${calls.join("\n")}`);
});
