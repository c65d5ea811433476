import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { csvLine } from "../app/csv/write-csv";
import { DecodeProblem, detectEncoding } from "./decode";
import { formatIssue } from "./issues";
import { JobRowSchema, jobsTable } from "./jobs-table";
import { LogRowSchema, logsTable, type LogRow } from "./logs-table";
import { readTable, type TableReader } from "./read-table";
import { createRoleResolver } from "./role-resolver";

const ROLES = [
  { id: 1, roleKey: "ENG-2", title: "Software Engineer" },
  { id: 2, roleKey: "FIN-1", title: "Accountant" },
];
const logs = () => logsTable(createRoleResolver(ROLES));

async function* chunked(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
const utf8 = (text: string) => new TextEncoder().encode(text);

async function readAll<Row>(reader: TableReader<string, Row>) {
  const rows: Row[] = [];
  const issues = [];
  for await (const batch of reader) {
    rows.push(...batch.rows);
    issues.push(...batch.issues);
  }
  return { rows, issues, messages: issues.map((i) => formatIssue("f.csv", i)) };
}

const HEADER = "employee_id,role,date,task,hours,tool,outcome\n";

describe("detectEncoding", () => {
  test.each([
    [[0xef, 0xbb, 0xbf, 0x61], "UTF-8 with BOM"],
    [[0xff, 0xfe, 0x61, 0x00], "UTF-16 LE"],
    [[0xfe, 0xff, 0x00, 0x61], "UTF-16 BE"],
    [[0x61, 0x62], "UTF-8"],
    [[], "UTF-8"],
    [[0x63, 0x61, 0x66, 0xc3, 0xa9], "UTF-8"],
    [[0x63, 0x61, 0x66, 0xe9], "Windows-1252"],
  ])("%j → %s", (bytes, encoding) => {
    expect(detectEncoding(Uint8Array.from(bytes), true).encoding).toBe(encoding);
  });

  test("a multi-byte character cut at the end of the sample is not mistaken for Windows-1252", () => {
    expect(detectEncoding(Uint8Array.from([0x61, 0xc3]), false).encoding).toBe("UTF-8");
  });

  test("UTF-16 without a BOM and binary data are refused, not guessed", () => {
    expect(() => detectEncoding(Uint8Array.from([0x61, 0, 0x62, 0]), true)).toThrow(DecodeProblem);
    expect(() => detectEncoding(Uint8Array.from([0x61, 0x62, 0x63, 0x64, 0x65, 0, 0x66, 0x67, 0x68, 0x69]), true)).toThrow(/binary data/);
  });
});

describe("readTable: lines, chunks and CSV structure", () => {
  const text =
    HEADER +
    'E1,ENG-2,2026-07-01,"Fix\r\nbugs",1,,\r\n' +
    "\r\n" +
    'E2,FIN-1,2026-07-01,"say ""hi""",2,,\r\n' +
    "E3,FIN-1,2026-07-01,Reconcile,3,,";
  test.each([1, 2, 3, 7, 64, 100_000])("line numbers are physical lines, whatever the chunk size (%i bytes)", async (size) => {
    const { rows, issues } = await readAll(readTable(chunked(utf8(text), size), logs()));
    expect(issues).toEqual([]);
    expect(rows.map((r) => [r.line, r.task])).toEqual([
      [2, "Fix\nbugs"],
      [5, 'say "hi"'],
      [6, "Reconcile"],
    ]);
  });

  test("an unclosed quote is one problem at the line it opens, not a crash", async () => {
    const { rows, messages } = await readAll(readTable(chunked(utf8(HEADER + 'E1,ENG-2,2026-07-01,"Fix bugs,1,,\nE2,FIN-1,2026-07-01,x,1,,\n'), 5), logs()));
    expect(rows).toEqual([]);
    expect(messages).toEqual(['f.csv:2: expected a closing quote (") for the field opened on this line, got "E1,ENG-2,2026-07-01,Fix bugs,1,,⏎E2,FIN-1,2026-07-01,x,1,,⏎"']);
  });

  test("rows with too few or too many fields are problems; trailing empty fields are fine", async () => {
    const { rows, messages } = await readAll(
      readTable(chunked(utf8(HEADER + "E1,ENG-2,2026-07-01,x,1\nE1,ENG-2,2026-07-01,x,1,,,oops\nE1,ENG-2,2026-07-01,x,1,,,,\n"), 999), logs()),
    );
    expect(messages).toEqual([
      'f.csv:2: expected 7 fields, as many as the header has, got "5 fields: E1,ENG-2,2026-07-01,x,1"',
      'f.csv:3: expected 7 fields, as many as the header has (is a comma inside an unquoted field?), got "8 fields: E1,ENG-2,2026-07-01,x,1,,,oops"',
    ]);
    expect(rows.map((r) => r.line)).toEqual([4]);
  });

  test("a file that mixes encodings is refused when the bad bytes come, not silently garbled", async () => {
    const good = "E1,ENG-2,2026-07-01,café,1,,\n".repeat(3000); // > 64 KB of valid UTF-8 first
    const bytes = new Uint8Array([...utf8(HEADER + good), ...[0x45, 0x31, 0x2c, 0xe9, 0x0a]]);
    const { issues } = await readAll(readTable(chunked(bytes, 4096), logs()));
    expect(issues).toHaveLength(1);
    expect(issues[0].expected).toBe("UTF-8 text throughout the file");
  });

  test("duplicate and unknown headers: a duplicate is a problem, unknown ones are listed as ignored", async () => {
    const reader = readTable(chunked(utf8("title,Job Title,department,level,headcount,responsibilities,notes\n"), 99), jobsTable);
    const { messages } = await readAll(reader);
    expect(messages[0]).toBe('f.csv:1: column "Job Title": expected one column for "title", but "title" already is, got "Job Title"');
    expect(reader.facts.ignoredColumns).toEqual(["notes"]);
  });

  test("maxIssues keeps the first problems and counts them all", async () => {
    const bad = "E1,ENG-2,2026-07-01,x,N/A,,\n".repeat(50);
    const reader = readTable(chunked(utf8(HEADER + bad), 999), logs(), { maxIssues: 10, batchSize: 7 });
    const { issues } = await readAll(reader);
    expect(issues).toHaveLength(10);
    expect(reader.issueCount).toBe(50);
    expect(reader.rowsRead).toBe(50);
  });

  test("jobs: duplicate role ids, and duplicate titles when there is no role_id column", async () => {
    const withIds = "role_id,title,department,level,headcount,responsibilities\nA,T,D,Mid,1,x\nA,U,D,Mid,1,y\n";
    const withoutIds = "title,department,level,headcount,responsibilities\nNurse,Care,Mid,1,x\nnurse,Care,Senior,1,y\n";
    expect((await readAll(readTable(chunked(utf8(withIds), 99), jobsTable))).messages).toEqual([
      'f.csv:3: column "role_id": expected a role_id not used before, but line 2 has it, got "A"',
    ]);
    const second = await readAll(readTable(chunked(utf8(withoutIds), 99), jobsTable));
    expect(second.messages).toEqual([
      'f.csv:3: column "title": expected a title (the file has no role_id column, so titles must be unique) not used before, but line 2 has it, got "nurse"',
    ]);
  });
});

describe("readTable: properties", () => {
  test("arbitrary bytes never throw: problems come back as issues", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), fc.integer({ min: 1, max: 64 }), async (bytes, size) => {
        for (const spec of [jobsTable, logs()] as const) {
          const reader = readTable(chunked(bytes, size), spec as typeof jobsTable);
          const { rows, issues } = await readAll(reader);
          expect(rows.length + issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  const cell = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("ENG-2", "Accountant", "2026-07-01", "01.07.2026", "03/04/2026", "1.5", "N/A", "-2", "30", "L3", "Senior", "• a\n• b", '"', ",", ";"),
  );
  test("every row that comes back satisfies the row schema", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 5, maxLength: 8 }), { maxLength: 12 }), async (records) => {
        const body = records.map((r) => csvLine(r)).join("\n");
        const logRows = await readAll(readTable(chunked(utf8(HEADER + body), 16), logs()));
        for (const row of logRows.rows) expect(LogRowSchema.safeParse(row).success).toBe(true);
        const jobRows = await readAll(readTable(chunked(utf8("title,department,level,headcount,responsibilities\n" + body), 16), jobsTable));
        for (const row of jobRows.rows) expect(JobRowSchema.safeParse(row).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  const text = fc
    .string({ minLength: 1, maxLength: 30, unit: "grapheme" })
    .map((s) => s.replace(/\r/g, "").trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s) && !/^[=+\-@\t]/.test(s) && !s.includes("\uFEFF"));
  const logRow = fc.record({
    employeeId: fc.stringMatching(/^E\d{1,6}$/),
    roleId: fc.constantFrom(1, 2),
    date: fc.date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    task: text,
    minutes: fc.integer({ min: 1, max: 96 }).map((q) => q * 15),
    tool: fc.option(text, { nil: null }),
    outcome: fc.option(text, { nil: null }),
  });

  test("rows → CSV (any delimiter, line ending, encoding, chunking) → parse gives the same rows", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(logRow, { minLength: 1, maxLength: 15 }),
        fc.constantFrom(",", ";", "\t"),
        fc.constantFrom("\n", "\r\n"),
        fc.constantFrom("utf8", "utf8-bom", "utf16le"),
        fc.integer({ min: 1, max: 50 }),
        async (rows, delimiter, eol, encoding, size) => {
          const roleKey = (id: number) => ROLES.find((r) => r.id === id)!.roleKey;
          const lines = [
            csvLine(["employee_id", "role", "date", "task", "hours", "tool", "outcome"], delimiter),
            ...rows.map((r) => csvLine([r.employeeId, roleKey(r.roleId), r.date, r.task, String(r.minutes / 60), r.tool, r.outcome], delimiter)),
          ];
          const csv = lines.join(eol) + eol;
          const bytes =
            encoding === "utf16le"
              ? new Uint8Array([0xff, 0xfe, ...Buffer.from(csv, "utf16le")])
              : new Uint8Array([...(encoding === "utf8-bom" ? [0xef, 0xbb, 0xbf] : []), ...utf8(csv)]);
          const { rows: parsed, issues } = await readAll(readTable(chunked(bytes, size), logs()));
          expect(issues).toEqual([]);
          const strip = ({ line: _line, ...rest }: LogRow) => rest;
          expect(parsed.map(strip)).toEqual(rows.map((r) => ({ ...r, task: r.task })));
        },
      ),
      { numRuns: 150 },
    );
  });
});
