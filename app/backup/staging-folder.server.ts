/**
 * The private temp folder a restore builds its staging database in (decision 144). Its name
 * carries the process id, so a folder whose process died (SIGKILL, power loss) is recognizable
 * and removed by the next restore or server start: the staging file is HR data and must not
 * outlive the restore that wrote it.
 */
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isRunning } from "../process-alive.server";

const PREFIX = "orbital-restore-";
const NAME = /^orbital-restore-(\d+)-/;

/** A new owner-only folder (mkdtemp creates it 0700) for this process's restore. */
export function makeStagingFolder(): string {
  return mkdtempSync(join(tmpdir(), `${PREFIX}${process.pid}-`));
}

/**
 * Removes the staging folders of processes that no longer run. `includeOwn` also removes this
 * process id's folders: right for a server that has just started (a folder with its id is from
 * an earlier process that had the same id), wrong while a restore of this process may be running.
 * Returns how many were removed.
 */
export function removeStrandedStagingFolders(options: { includeOwn: boolean }): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(tmpdir());
  } catch {
    return 0;
  }
  for (const name of names) {
    const match = NAME.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid ? !options.includeOwn : isRunning(pid)) continue;
    rmSync(join(tmpdir(), name), { recursive: true, force: true });
    removed++;
  }
  return removed;
}
