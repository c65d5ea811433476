/**
 * Bytes to text. The encoding is detected from the bytes and always reported, never guessed
 * silently: a BOM decides (UTF-8, UTF-16 LE/BE); without one, text that is valid UTF-8 is
 * UTF-8, and anything else is read as Windows-1252 (what Excel on Windows writes as "CSV")
 * with a note saying so. A file that turns out invalid later in the stream is an error.
 */
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";

export type EncodingName = "UTF-8" | "UTF-8 with BOM" | "UTF-16 LE" | "UTF-16 BE" | "Windows-1252";

export interface DetectedEncoding {
  encoding: EncodingName;
  /** One sentence for people: what was detected and why. */
  note: string;
}

/** A problem that makes the whole file unreadable as text. */
export class DecodeProblem extends Error {
  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(`expected ${expected}, got ${found}`);
  }
}

const SNIFF_BYTES = 64 * 1024;
/** Bytes decoded at a time: text strings stay below V8's large-object size. */
const TEXT_PIECE_BYTES = 16 * 1024;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/** Decides the encoding from the first bytes of the file (up to 64 KB). */
export function detectEncoding(sample: Uint8Array, isWholeFile: boolean): DetectedEncoding {
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) {
    return { encoding: "UTF-8 with BOM", note: "UTF-8 (with byte-order mark)" };
  }
  if (startsWith(sample, [0xff, 0xfe])) return { encoding: "UTF-16 LE", note: "UTF-16 little-endian (byte-order mark)" };
  if (startsWith(sample, [0xfe, 0xff])) return { encoding: "UTF-16 BE", note: "UTF-16 big-endian (byte-order mark)" };
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  if (zeros > 0) {
    const looksUtf16 = zeros >= sample.length / 4;
    throw new DecodeProblem(
      "a text file in UTF-8, UTF-16 with a byte-order mark, or Windows-1252",
      looksUtf16 ? "UTF-16 without a byte-order mark (save it again as UTF-8 or \"Unicode text\")" : "binary data (NUL bytes)",
    );
  }
  const invalidAt = firstInvalidUtf8(sample, isWholeFile);
  if (invalidAt < 0) return { encoding: "UTF-8", note: "UTF-8 (no byte-order mark)" };
  return {
    encoding: "Windows-1252",
    note: `Windows-1252: the file is not valid UTF-8 (byte ${invalidAt + 1}), so it was read as Windows-1252, the encoding Excel on Windows uses for CSV; check accented letters in the preview`,
  };
}

function firstInvalidUtf8(bytes: Uint8Array, isWholeFile: boolean): number {
  try {
    // stream: true lets a multi-byte character cut at the end of the sample pass.
    new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: !isWholeFile });
    return -1;
  } catch {
    for (let end = 1; end <= bytes.length; end++) {
      try {
        new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      } catch {
        return end - 1;
      }
    }
    return 0;
  }
}

const DECODER_LABEL: Record<Exclude<EncodingName, "Windows-1252">, string> = {
  "UTF-8": "utf-8",
  "UTF-8 with BOM": "utf-8",
  "UTF-16 LE": "utf-16le",
  "UTF-16 BE": "utf-16be",
};

interface ChunkDecoder {
  decode(bytes: Uint8Array, options: { stream: boolean }): string;
}

/**
 * Node's TextDecoder("windows-1252") decodes as Latin-1 (0x80 becomes U+0080, not "€"):
 * https://github.com/nodejs/node/issues/56542. iconv-lite has the real table.
 */
function windows1252Decoder(): ChunkDecoder {
  const decoder = iconv.getDecoder("win1252");
  return {
    decode(bytes, { stream }) {
      const text = bytes.length ? decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)) : "";
      return stream ? text : text + (decoder.end() ?? "");
    },
  };
}

/**
 * UTF-8 checked and decoded natively: `isUtf8` over the complete characters of each chunk, then
 * `toString`. A fatal-mode TextDecoder does the same about five times slower (0.55 s of a
 * million-row import). A character cut by the chunk boundary waits for the next chunk.
 */
function utf8Decoder(skipBom: boolean): ChunkDecoder {
  let carry: Uint8Array = new Uint8Array(0);
  let first = true;
  return {
    decode(bytes, { stream }) {
      let all = carry.length ? Buffer.concat([carry, bytes]) : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
      if (first && all.length) {
        first = false;
        if (skipBom && all[0] === 0xef && all[1] === 0xbb && all[2] === 0xbf) all = all.subarray(3);
      }
      const end = stream ? completeCharactersEnd(all) : all.length;
      carry = all.subarray(end);
      const body = all.subarray(0, end);
      if (!isUtf8(body)) throw new TypeError("invalid UTF-8");
      return body.toString("utf8");
    },
  };
}

/** Where the last complete UTF-8 character of `bytes` ends (a cut one is left for later). */
function completeCharactersEnd(bytes: Uint8Array): number {
  // Step back over continuation bytes (10xxxxxx) to the last lead byte, at most 3.
  let i = bytes.length - 1;
  let continuation = 0;
  while (i >= 0 && continuation < 3 && (bytes[i] & 0xc0) === 0x80) {
    i--;
    continuation++;
  }
  if (i < 0) return bytes.length;
  const lead = bytes[i];
  const needed = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : lead >= 0xc0 ? 1 : 0;
  return continuation < needed ? i : bytes.length;
}

function decoderFor(encoding: EncodingName): ChunkDecoder {
  if (encoding === "Windows-1252") return windows1252Decoder();
  if (encoding === "UTF-8" || encoding === "UTF-8 with BOM") return utf8Decoder(encoding === "UTF-8 with BOM");
  // The BOM is dropped by TextDecoder (ignoreBOM defaults to false).
  return new TextDecoder(DECODER_LABEL[encoding], { fatal: true });
}

/**
 * Decodes a byte stream to text chunks. `onDetected` is called once, before the first chunk.
 * Throws DecodeProblem for bytes that are not text in the detected encoding.
 */
export async function* decodeStream(
  chunks: AsyncIterable<Uint8Array>,
  onDetected: (detected: DetectedEncoding) => void,
): AsyncGenerator<string> {
  let decoder: ChunkDecoder | undefined;
  let detected: DetectedEncoding | undefined;
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let offset = 0;

  const decode = (bytes: Uint8Array, final: boolean): string => {
    try {
      return decoder!.decode(bytes, { stream: !final });
    } catch {
      throw new DecodeProblem(
        `${detected!.encoding} text throughout the file`,
        `bytes that are not ${detected!.encoding} after byte ${offset} (the file mixes encodings; save it again as UTF-8)`,
      );
    }
  };
  const start = (final: boolean): string => {
    const sample = concat(pending, pendingBytes);
    pending = [];
    detected = detectEncoding(sample, final);
    onDetected(detected);
    decoder = decoderFor(detected.encoding);
    const text = decode(sample, final);
    offset += sample.length;
    return text;
  };

  for await (const chunk of chunks) {
    if (!decoder) {
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < SNIFF_BYTES) continue;
      const text = start(false);
      if (text) yield text;
      continue;
    }
    // In pieces: a 256 KB chunk decoded whole is a large object that outlives the young
    // generation while its rows are read, and is promoted with them (decision 165).
    for (let at = 0; at < chunk.length; at += TEXT_PIECE_BYTES) {
      const piece = chunk.length <= TEXT_PIECE_BYTES ? chunk : chunk.subarray(at, at + TEXT_PIECE_BYTES);
      const text = decode(piece, false);
      offset += piece.length;
      if (text) yield text;
    }
  }
  const rest = decoder ? decode(new Uint8Array(0), true) : start(true);
  if (rest) yield rest;
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
