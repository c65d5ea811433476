/** The part of unzipper (no types of its own) that reads an archive through its central directory. */
declare module "unzipper" {
  export interface ArchiveFile {
    path: string;
    stream(): NodeJS.ReadableStream;
  }
  export const Open: { buffer(data: Buffer): Promise<{ files: ArchiveFile[] }> };
}
