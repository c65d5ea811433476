/** A JSON file of a workspace backup: written once, readable by its owner only, checksummed like the CSV files. */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import type { BackupFileEntry } from "./manifest";

/** `rows`: how many records the file holds (mappings; 0 or 1 for the cover). */
export function writeBackupJson(path: string, value: unknown, rows: number): BackupFileEntry {
  const buffer = Buffer.from(JSON.stringify(value, null, 2) + "\n", "utf8");
  writeFileSync(path, buffer, { mode: 0o600, flag: "wx" });
  return { rows, bytes: buffer.length, sha256: createHash("sha256").update(buffer).digest("hex") };
}
