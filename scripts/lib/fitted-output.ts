/**
 * What the fitting scripts share around the fit itself: where the reference files sit, and
 * writing the fitted file or, with --check, comparing a fresh fit with the one in the repository.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";

/** shared/reference/ beside the checkout (../shared), or one level deeper for a worktree; "" when absent. */
export const REFERENCE_DIR =
  ["../../../shared/reference/", "../../../../shared/reference/"].map((p) => new URL(p, import.meta.url).pathname).find((dir) => existsSync(dir)) ?? "";

/** Writes `text` to `output`, or with `check` only compares; returns the exit code. */
export function writeOrCheck(output: URL, text: string, check: boolean): number {
  const name = basename(output.pathname);
  if (check) {
    const same = existsSync(output) && readFileSync(output, "utf8") === text;
    process.stdout.write(same ? `${name} is up to date\n` : `${name} differs from a fresh fit\n`);
    return same ? 0 : 1;
  }
  writeFileSync(output, text);
  process.stdout.write(`wrote ${output.pathname}\n`);
  return 0;
}
