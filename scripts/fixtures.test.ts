import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HELP, runFixturesCli } from "./fixtures/cli";

async function run(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runFixturesCli(args, { out: (t) => (stdout += t), err: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe("npm run fixtures", () => {
  const dir = mkdtempSync(join(tmpdir(), "orbital-fixtures-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("runs as a script: --help explains the options and exits 0", () => {
    const script = join(import.meta.dirname, "fixtures.ts");
    const result = spawnSync(process.execPath, ["--import", "tsx", script, "--help"], { encoding: "utf8" });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe(HELP);
    for (const option of ["--million", "--out PATH", "--dir DIR", "fixtures/demo/jobs.csv"]) expect(HELP).toContain(option);
  });

  it.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--out", "x.csv"], /--out goes with --million/],
    [["--million", "--dir", "x"], /--dir is for the demo files/],
    [["extra"], /Unexpected argument 'extra'/],
  ])("%j is a usage error: exit 2 with a one-line reason", async (args, message) => {
    const { code, stdout, stderr } = await run(...args);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  });

  it("reports a path it cannot write to without a stack trace, exit 1", async () => {
    const blocker = join(dir, "not-a-directory");
    writeFileSync(blocker, "");
    const { code, stdout, stderr } = await run("--dir", join(blocker, "demo"));
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^fixtures: .*not-a-directory/);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  // The success path (`--dir`) runs in test/integration/fixtures.test.ts, which regenerates the demo once.
});
