import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SCRIPT = join(import.meta.dirname, "fixtures.ts");

function run(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", SCRIPT, ...args], { encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run fixtures", () => {
  it("--help explains the options and exits 0", () => {
    const { code, stdout, stderr } = run("--help");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    for (const option of ["--million", "--out PATH", "--dir DIR", "fixtures/demo/jobs.csv"]) expect(stdout).toContain(option);
  });

  it.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--out", "x.csv"], /--out goes with --million/],
    [["--million", "--dir", "x"], /--dir is for the demo files/],
    [["extra"], /Unexpected argument 'extra'/],
  ])("%j is a usage error: exit 2 with a one-line reason", (args, message) => {
    const { code, stdout, stderr } = run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/); // no stack trace
  });

  it("reports a path it cannot write to without a stack trace, exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "orbital-fixtures-cli-"));
    try {
      const blocker = join(dir, "not-a-directory");
      writeFileSync(blocker, "");
      const { code, stderr } = run("--dir", join(blocker, "demo"));
      expect(code).toBe(1);
      expect(stderr).toMatch(/^fixtures: .*not-a-directory/);
      expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
