/** Where an import's bytes come from: a file on disk (the CLI's argument, or a web upload saved to a temp file). */
import { createHash } from "node:crypto";
import { createReadStream, statSync } from "node:fs";
import { basename } from "node:path";

export interface ImportSource {
  /** The name shown in history and messages (never a full path). */
  fileName: string;
  size: number;
  /** The file on disk, when there is one: a task log is then read on a worker thread. */
  path?: string;
  /** A fresh stream of the bytes; called once for the checksum and once for the import. */
  open(): AsyncIterable<Uint8Array>;
}

export function fileSource(path: string, fileName = basename(path)): ImportSource {
  return {
    fileName,
    size: statSync(path).size,
    path,
    open: () => createReadStream(path, { highWaterMark: 256 * 1024 }),
  };
}

/** sha256 of the bytes, hex: the identity of a file for duplicate detection. */
export async function sha256Of(source: ImportSource): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of source.open()) hash.update(chunk);
  return hash.digest("hex");
}
