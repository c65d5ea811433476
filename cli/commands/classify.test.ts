import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Papa from "papaparse";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { startClassifyThreads, stopClassifyThreads } from "../../db/pipeline/classify-threads";
import { runCli } from "../../test/support/run-cli";

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "orbital-classify-"));
  out = [];
  err = [];
});

const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const run = async (...args: string[]) => {
  const result = await runCli("classify", ...args);
  out.push(result.stdout);
  err.push(result.stderr);
  return result.code;
};

describe("orbital classify", () => {
  afterAll(async () => {
    vi.unstubAllEnvs();
    await stopClassifyThreads();
  });

  it("appends class, confidence, the three probabilities, atom and rationale to every row (stdout, BOM, other column name)", async () => {
    const input = file("tasks.csv", "\uFEFFid,Task Text\n1,Compile weekly sales figures into spreadsheets\n2,Approve purchase orders above the limit\n");
    expect(await run(input, "--column", "Task Text")).toBe(0);
    const parsed = Papa.parse<string[]>(out.join("").trim()).data;
    expect(parsed[0]).toEqual(["id", "Task Text", "class", "confidence", "p_automatable", "p_democratized", "p_specialized", "atom", "rationale"]);
    expect(parsed[1].slice(2, 3)).toEqual(["automatable"]);
    expect(parsed[2].slice(2, 3)).toEqual(["specialized"]);
    for (const row of parsed.slice(1, 3)) {
      const [pa, pd, ps] = row.slice(4, 7).map(Number);
      expect(pa + pd + ps).toBeCloseTo(1, 6);
      // The confidence is the probability of the class it names.
      expect(Number(row[3])).toBe(Number(row[4 + ["automatable", "democratized", "specialized"].indexOf(row[2])]));
    }
    expect(Number(parsed[2][6])).toBeGreaterThan(0.5);
    expect(parsed[2][8]).toMatch(/approve/);
  });

  it("writes --out through the formula-safe writer and leaves blank tasks blank", async () => {
    const input = file("tasks.csv", 'id,task\n1,"=HYPERLINK(""http://x""), approve refunds"\n\n2,  \n');
    const target = join(dir, "out.csv");
    expect(await run(input, "--out", target)).toBe(0);
    const written = readFileSync(target, "utf8");
    expect(written).toMatch(/^id,task,class,confidence,p_automatable,p_democratized,p_specialized,atom,rationale\r\n1,"'=HYPERLINK/);
    expect(written).toMatch(/\r\n2, {2},,,,,,,\r\n$/);
    expect(err.join("")).toMatch(/classified 2 rows/);
  });

  it("classifies each distinct normalized text once and answers alike", async () => {
    const input = file("tasks.csv", "task\nCompile weekly sales figures\n- compile weekly sales figures.\n");
    expect(await run(input)).toBe(0);
    const rows = Papa.parse<string[]>(out.join("").trim()).data;
    expect(rows[1].slice(1)).toEqual(rows[2].slice(1));
  });

  it("names the columns it found when the task column is missing (exit 1)", async () => {
    const input = file("tasks.csv", "id,description\n1,x\n");
    expect(await run(input)).toBe(1);
    expect(err.join("")).toBe(
      `${input}:1: expected a column named "task" holding the task texts (choose another with --column), got "id, description"\n` +
        `${input}: not classified, nothing was written (1 problem).\n`,
    );
  });

  it("reports a missing file as a usage error (exit 2)", async () => {
    expect(await run(join(dir, "nope.csv"))).toBe(2);
    expect(err.join("")).toMatch(/nope\.csv: no such file/);
  });

  it("rejects an empty file (exit 1)", async () => {
    expect(await run(file("empty.csv", ""))).toBe(1);
    expect(err.join("")).toMatch(/expected a header row naming the columns, got "an empty file"/);
  });

  it("reads UTF-16 and Windows-1252 files, semicolon-separated, through the importers' decoder", async () => {
    const utf16 = join(dir, "utf16.csv");
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("task;owner\r\nRéconcilier les factures;Zoë\r\n", "utf16le")]));
    expect(await run(utf16)).toBe(0);
    expect(Papa.parse<string[]>(out.join("").trim()).data[1].slice(0, 2)).toEqual(["Réconcilier les factures", "Zoë"]);

    out = [];
    const cp1252 = join(dir, "cp1252.csv");
    writeFileSync(cp1252, Buffer.concat([Buffer.from("task\nPrepare the "), Buffer.from([0x80]), Buffer.from(" budget report\n")]));
    expect(await run(cp1252)).toBe(0);
    expect(Papa.parse<string[]>(out.join("").trim()).data[1][0]).toBe("Prepare the € budget report");
  });

  it("a row with too many fields rejects the file and --out is not written at all", async () => {
    const input = file("tasks.csv", "id,task\n1,Compile weekly figures\n2,Draft a memo,extra,cells\n");
    const target = join(dir, "out.csv");
    expect(await run(input, "--out", target)).toBe(1);
    expect(err.join("")).toMatch(/tasks\.csv:3: expected 2 fields, as many as the header has/);
    expect(existsSync(target)).toBe(false);
    expect(existsSync(`${target}.partial`)).toBe(false);
  });

  it("writes the same file on two threads as on one (a file with more distinct texts than one thread is given)", async () => {
    const texts = ["timesheets/labelled-lines.csv", "atoms/company-statements.csv", "labelled-tasks.csv"].flatMap(
      (name) => Papa.parse<{ task: string }>(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), "utf8"), { header: true }).data.map((r) => r.task),
    );
    const input = file("many.csv", Papa.unparse(texts.filter(Boolean).map((task, id) => ({ id, task }))));
    vi.stubEnv("ORBITAL_CLASSIFY_THREADS", "2");
    // Started and warm, so the helper takes part in the run below rather than arriving after it.
    expect(await startClassifyThreads()).toBe(1);
    const written: string[] = [];
    for (const threads of ["1", "2"]) {
      vi.stubEnv("ORBITAL_CLASSIFY_THREADS", threads);
      const target = join(dir, `out-${threads}.csv`);
      expect(await run(input, "--out", target)).toBe(0);
      written.push(readFileSync(target, "utf8"));
    }
    expect(err.join("")).toMatch(/\((\d{3,}) distinct task texts\)[^]*\(\1 distinct task texts\)/);
    expect(written[0].split("\r\n").length).toBeGreaterThan(600);
    expect(written[1]).toBe(written[0]);
  });
});
