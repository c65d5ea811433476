import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { findUpload, maxUploadBytes, rememberUpload, removeUpload, saveUpload, UploadTooLarge } from "./uploads.server";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "orbital-uploads-test-"));
  process.env.ORBITAL_UPLOAD_DIR = dir;
});
afterEach(() => {
  delete process.env.ORBITAL_UPLOAD_DIR;
  rmSync(dir, { recursive: true, force: true });
});

async function* chunks(count: number, size: number) {
  for (let i = 0; i < count; i++) yield new Uint8Array(size).fill(65);
}

describe("uploads", () => {
  test("an upload is streamed to a private file and found again only by its workspace", async () => {
    const saved = await saveUpload(chunks(3, 1000), 5000);
    expect(saved.size).toBe(3000);
    expect(readFileSync(saved.path).length).toBe(3000);
    await rememberUpload({ ...saved, workspaceId: 7, kind: "logs", fileName: "q3.csv" });
    expect(await findUpload(saved.token, 7)).toMatchObject({ kind: "logs", fileName: "q3.csv", path: saved.path, size: 3000 });
    expect(await findUpload(saved.token, 8)).toBeUndefined();
    expect(await findUpload("../../etc/passwd", 7)).toBeUndefined();
    await removeUpload(saved.token);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("past the limit the upload stops with a clear message and leaves no file behind", async () => {
    await expect(saveUpload(chunks(10, 1000), 4500)).rejects.toThrow(UploadTooLarge);
    expect(readdirSync(dir)).toEqual([]);
    expect(existsSync(dir)).toBe(true);
  });

  test.each([
    [{}, 200 * 1048576],
    [{ ORBITAL_MAX_UPLOAD_MB: "5" }, 5 * 1048576],
    [{ ORBITAL_MAX_UPLOAD_MB: "nonsense" }, 200 * 1048576],
    [{ ORBITAL_MAX_UPLOAD_MB: "-1" }, 200 * 1048576],
  ])("ORBITAL_MAX_UPLOAD_MB %j → %i bytes", (env, bytes) => {
    expect(maxUploadBytes(env)).toBe(bytes);
  });

  test("the message names the limit and the setting", () => {
    expect(new UploadTooLarge(200 * 1048576).message).toBe("The file is larger than the 200 MB upload limit (ORBITAL_MAX_UPLOAD_MB).");
  });
});
