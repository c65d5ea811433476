/**
 * Reads the Import page's upload: a multipart form with one file part ("file") and a few
 * short fields. Parsed with busboy (decision 112): Remix's multipart parser refused legal file
 * names such as `q=1.csv` and answered malformed bodies with a 500. Every way a body can be
 * wrong becomes an UploadRefused with a status and a sentence for the page; a file part that
 * was saved is removed again whenever the form as a whole is refused.
 */
import { Readable } from "node:stream";
import { basename } from "node:path";
import busboy from "busboy";
import { removeUpload, saveUpload, UploadTooLarge } from "./uploads.server";

export class UploadRefused extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface ReceivedFile {
  token: string;
  path: string;
  size: number;
  fileName: string;
}

export interface ReceivedUpload {
  fields: Record<string, string>;
  file: ReceivedFile | null;
}

/** Longer than any field the page sends (`kind`, `intent`); a 20 KB field is not ours. */
const FIELD_LIMIT = 1000;
const LIMITS = { files: 1, fields: 8, parts: 9, fieldSize: FIELD_LIMIT, fieldNameSize: 100, headerPairs: 20 };

export async function receiveUpload(request: Request, limitBytes: number): Promise<ReceivedUpload> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !/;\s*boundary=/i.test(contentType)) {
    throw new UploadRefused("The upload must be a multipart/form-data form with a boundary; upload the file from the Import page.", 400);
  }
  if (!request.body) throw new UploadRefused("The upload was empty; choose a CSV file to upload.", 400);
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: { "content-type": contentType }, limits: LIMITS, defParamCharset: "utf8" });
  } catch (error) {
    throw new UploadRefused(`The upload's form could not be read: ${describe(error)}.`, 400);
  }

  const fields: Record<string, string> = {};
  let file: ReceivedFile | null = null;
  const saving: Promise<unknown>[] = [];
  let refusal: UploadRefused | null = null;
  let receiving: Readable | null = null;
  let finish = () => {};
  // The first refusal ends the reading: the rest of the body is not worth receiving, and a
  // file part still arriving is cut off (saveUpload then removes what it wrote).
  const refuse = (reason: UploadRefused) => {
    refusal ??= reason;
    // Without an error argument: an 'error' event on a stream nobody listens to any more
    // (the file already saved) would end the process. saveUpload sees a premature close.
    receiving?.destroy();
    finish();
  };

  const done = new Promise<void>((resolve) => {
    finish = resolve;
    parser.on("file", (name, stream, info) => {
      stream.on("error", () => undefined);
      if (name !== "file" || refusal) {
        if (name !== "file") refuse(new UploadRefused(`The form has a file in field "${short(name)}"; only one file, in field "file", is accepted.`, 400));
        stream.resume();
        return;
      }
      const fileName = basename((info.filename ?? "").replace(/\\/g, "/")).slice(0, 255);
      if (!fileName) {
        stream.resume();
        return;
      }
      receiving = stream;
      saving.push(
        saveUpload(stream, limitBytes).then(
          (saved) => {
            file = { ...saved, fileName };
            receiving = null;
          },
          (error: unknown) => {
            receiving = null;
            if (error instanceof UploadRefused) refuse(error);
            else if (error instanceof UploadTooLarge) refuse(new UploadRefused(error.message, 413));
            else refuse(new UploadRefused(`The file could not be received (${describe(error)}); upload it again.`, 400));
          },
        ),
      );
    });
    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) refuse(new UploadRefused(`The form field "${short(name)}" is longer than ${FIELD_LIMIT} characters; upload the file from the Import page.`, 400));
      else if (info.nameTruncated) refuse(new UploadRefused("A form field's name is too long; upload the file from the Import page.", 400));
      else fields[name] = value;
    });
    parser.on("filesLimit", () => refuse(new UploadRefused("Upload one file at a time: the form had more than one file.", 400)));
    parser.on("fieldsLimit", () => refuse(new UploadRefused("The form has more fields than the Import page sends.", 400)));
    parser.on("partsLimit", () => refuse(new UploadRefused("The form has more parts than the Import page sends.", 400)));
    parser.on("error", (error) => refuse(new UploadRefused(`The upload's form could not be read (${describe(error)}); upload the file again.`, 400)));
    parser.on("close", () => resolve());
  });

  const body = Readable.fromWeb(request.body as import("node:stream/web").ReadableStream<Uint8Array>);
  body.on("error", (error) => parser.emit("error", error));
  body.pipe(parser);
  await done;
  await Promise.allSettled(saving);
  // After an early refusal the rest of the body is read and dropped: destroying the stream
  // would reset the connection, and the client would never see the message.
  body.unpipe(parser);
  body.resume();
  if (refusal) {
    const saved = file as ReceivedFile | null;
    if (saved) await removeUpload(saved.token);
    throw refusal;
  }
  return { fields, file };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\.$/, "");
}

function short(text: string): string {
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}
