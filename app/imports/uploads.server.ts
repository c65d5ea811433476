/**
 * Web uploads waiting between "check the file" and "import it": streamed to a private temp
 * folder (never buffered whole), with the size limit enforced while the bytes arrive.
 * A pending upload is bound to its workspace and removed after import or after an hour.
 */
import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { faultPoint } from "../faults/fault-points.server";
import { isRunning } from "../process-alive.server";
import type { ReadChoices } from "./read-setup.server";
import type { ImportKind } from "./types";

const MAX_AGE_MS = 60 * 60 * 1000;
const TOKEN = /^[0-9a-f]{32}$/;

export class UploadTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`The file is larger than the ${Math.round(limitBytes / 1048576)} MB upload limit (ORBITAL_MAX_UPLOAD_MB).`);
  }
}

/** `ORBITAL_MAX_UPLOAD_MB` (default 200) in bytes. */
export function maxUploadBytes(env: Record<string, string | undefined> = process.env): number {
  const mb = Number(env.ORBITAL_MAX_UPLOAD_MB || 200);
  return (Number.isFinite(mb) && mb > 0 ? mb : 200) * 1048576;
}

export function uploadDirectory(env: Record<string, string | undefined> = process.env): string {
  return env.ORBITAL_UPLOAD_DIR || join(tmpdir(), "orbital-uploads");
}

export interface PendingUpload {
  token: string;
  path: string;
  workspaceId: number;
  kind: ImportKind;
  fileName: string;
  size: number;
  /** How to read it, as chosen on the page (mapping, log format, date order, skipping unknown people). */
  choices?: ReadChoices;
}

/**
 * Streams one upload to disk; throws UploadTooLarge (and leaves nothing behind) past the limit.
 * The bytes go to `TOKEN.PID.part` and are renamed to `TOKEN.csv` once complete, so an upload
 * cut off by a crash is recognizable (and removed at the next server start) by its name.
 */
export async function saveUpload(data: AsyncIterable<Uint8Array>, limitBytes: number): Promise<{ token: string; path: string; size: number }> {
  const dir = uploadDirectory();
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await sweepOldUploads(dir);
  const token = randomBytes(16).toString("hex");
  const path = join(dir, `${token}.csv`);
  const partial = join(dir, `${token}.${process.pid}.part`);
  const out = createWriteStream(partial, { mode: 0o600 });
  let size = 0;
  try {
    for await (const chunk of data) {
      size += chunk.length;
      if (size > limitBytes) throw new UploadTooLarge(limitBytes);
      if (size === chunk.length) {
        // The first chunk is on disk before the fault point: a crash test finds a partial file.
        await new Promise<void>((resolve, reject) => out.write(chunk, (error) => (error ? reject(error) : resolve())));
        faultPoint("upload.receiving");
      } else if (!out.write(chunk)) await once(out, "drain");
    }
    out.end();
    await once(out, "finish");
    await rename(partial, path);
  } catch (error) {
    // The file is opened asynchronously: wait for the stream to close, or the open could
    // land after the removal and leave an empty file behind.
    const closed = out.closed ? Promise.resolve() : once(out, "close").catch(() => undefined);
    out.destroy();
    await closed;
    await rm(partial, { force: true });
    throw error;
  }
  return { token, path, size };
}

/**
 * At server start: removes uploads a crash cut off (`*.part` of this process id, or of a
 * process that no longer runs; another live server sharing the folder keeps its own).
 */
export async function removePartialUploads(): Promise<number> {
  const dir = uploadDirectory();
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const match = /^[0-9a-f]{32}\.(\d+)\.part$/.exec(name);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid !== process.pid && isRunning(pid)) continue;
    await rm(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

export async function rememberUpload(upload: PendingUpload): Promise<void> {
  const { path: _path, ...meta } = upload;
  await writeFile(join(uploadDirectory(), `${upload.token}.json`), JSON.stringify(meta), { mode: 0o600 });
}

/** The pending upload for this token and workspace, or undefined (expired, imported, or someone else's). */
export async function findUpload(token: string, workspaceId: number): Promise<PendingUpload | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const dir = uploadDirectory();
  try {
    const meta = JSON.parse(await readFile(join(dir, `${token}.json`), "utf8")) as Omit<PendingUpload, "path">;
    if (meta.workspaceId !== workspaceId) return undefined;
    return { ...meta, path: join(dir, `${token}.csv`) };
  } catch {
    return undefined;
  }
}

export async function removeUpload(token: string): Promise<void> {
  if (!TOKEN.test(token)) return;
  const dir = uploadDirectory();
  await rm(join(dir, `${token}.csv`), { force: true });
  await rm(join(dir, `${token}.json`), { force: true });
}

async function sweepOldUploads(dir: string) {
  const now = Date.now();
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => undefined);
    if (info && now - info.mtimeMs > MAX_AGE_MS) await rm(path, { force: true });
  }
}
