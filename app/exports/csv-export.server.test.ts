/** The streamed CSV: byte for byte the file `toCsv` writes (after a BOM), built in chunks. */
import { describe, expect, test } from "vitest";
import { toCsv, type CsvValue } from "../csv/write-csv";
import { csvStream } from "./csv-export.server";

async function chunksOf(stream: ReadableStream<Uint8Array>) {
  const chunks: string[] = [];
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(decoder.decode(chunk, { stream: true }));
  return chunks;
}

describe("csvStream", () => {
  test.each([
    ["no rows", [] as CsvValue[][]],
    ["one row", [["=1+1", 2, null]]],
    ["a line break and a quote", [["a\nb", 'say "hi"', -3]]],
  ])("%s: the same text as toCsv, after a byte-order mark", async (_name, rows) => {
    const text = (await chunksOf(csvStream({ header: ["a", "b", "c"], rows }))).join("");
    expect(text).toBe("\uFEFF" + toCsv(["a", "b", "c"], rows));
  });

  test("a large file arrives in several chunks, rows whole and in order", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`task ${i}`, i]);
    const chunks = await chunksOf(csvStream({ header: ["task", "n"], rows }));
    expect(chunks.length).toBeGreaterThan(3);
    for (const chunk of chunks) expect(chunk.endsWith("\r\n")).toBe(true);
    expect(chunks.join("")).toBe("\uFEFF" + toCsv(["task", "n"], rows));
  });

  test("rows are read only as the file is read, and a cancelled download stops reading", async () => {
    let read = 0;
    function* rows() {
      for (let i = 0; i < 1_000_000; i++) {
        read++;
        yield [`row ${i}`.padEnd(100, ".")];
      }
    }
    let finished = false;
    const generator = rows();
    const table = { header: ["x"], rows: { [Symbol.iterator]: () => Object.assign(generator, { return: (v: unknown) => ((finished = true), { done: true as const, value: v }) }) } };
    const reader = csvStream(table as never).getReader();
    await reader.read();
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThan(1_000_000);
    await reader.cancel();
    expect(finished).toBe(true);
  });
});
