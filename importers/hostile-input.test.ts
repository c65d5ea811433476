/**
 * Files built to hurt: a row longer than the 4 MiB limit, headers of thousands of columns or
 * with repeated names. Each is refused with a message that says what is wrong (decision 113).
 */
import { describe, expect, test } from "vitest";
import { formatIssue } from "./issues";
import { logsTable } from "./logs-table";
import { readTable } from "./read-table";
import { createRoleResolver } from "./role-resolver";

const logs = () => logsTable(createRoleResolver([{ id: 1, roleKey: "ENG-2", title: "Software Engineer" }]));
async function* chunked(text: string, size = 65536): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function messages(text: string) {
  const reader = readTable(chunked(text), logs());
  const found: string[] = [];
  let rows = 0;
  for await (const batch of reader) {
    rows += batch.rows.length;
    found.push(...batch.issues.map((i) => formatIssue("f.csv", i)));
  }
  return { found, rows, facts: reader.facts };
}

const HEADER = "employee_id,role,date,task,hours\n";

describe("rows over the size limit", () => {
  test("a 5 MiB row without any quote is reported as too long, not as an unclosed quote", async () => {
    const { found } = await messages(HEADER + "E1,ENG-2,2026-07-01,ok,1\n" + "E2,ENG-2,2026-07-01," + "x".repeat(5 * 1048576) + ",1\n");
    expect(found).toEqual([expect.stringMatching(/^f\.csv:3: expected rows of at most 4 MiB \(4,194,304 characters\); this row is longer, got "E2,ENG-2,2026-07-01,xxx/)]);
  });

  test("a long row whose closed quotes are all before the limit is too long as well", async () => {
    const { found } = await messages(HEADER + 'E2,ENG-2,"2026-07-01","a ""quoted"" word",' + "y".repeat(5 * 1048576) + "\n");
    expect(found[0]).toContain("f.csv:2: expected rows of at most 4 MiB");
  });

  test("a quoted cell still open at the limit names both the quote and the limit", async () => {
    const { found } = await messages(HEADER + 'E2,ENG-2,2026-07-01,"' + "y".repeat(5 * 1048576) + '",1\n');
    expect(found[0]).toContain('f.csv:2: expected a closing quote (") for the field opened on this line, within 4 MiB (no row may be longer)');
  });

  test("a quote that never closes is still reported as such", async () => {
    const { found } = await messages(HEADER + 'E2,ENG-2,2026-07-01,"never closed ' + "z\n".repeat(2.5 * 1048576));
    expect(found[0]).toMatch(/^f\.csv:2: expected a closing quote \("\) for the field opened on this line/);
  });
});

describe("absurd headers", () => {
  test("more than 1,000 columns: refused with the count, and the facts do not carry them all", async () => {
    const header = HEADER.trimEnd() + "," + Array.from({ length: 200_000 }, (_, i) => `c${i}`).join(",") + "\n";
    const { found, rows, facts } = await messages(header + "E1,ENG-2,2026-07-01,ok,1\n");
    expect(found).toEqual(['f.csv:1: expected a header row of at most 1,000 columns, got "200,005 columns: employee_id, role, date, task, hours, …"']);
    expect(rows).toBe(0);
    expect(facts.header.length).toBeLessThanOrEqual(1000);
    expect(facts.ignoredColumns).toEqual([]);
  });

  test("a million duplicate column names are one short message", async () => {
    const header = "x,".repeat(999) + "x\n";
    const { found } = await messages(header);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join("\n").length).toBeLessThan(2000);
    const million = await messages(",x".repeat(1_000_000).slice(1) + "\n");
    expect(million.found).toEqual([expect.stringContaining("expected a header row of at most 1,000 columns")]);
  });

  test("a repeated column name is refused and named; blank padding columns may repeat", async () => {
    const { found } = await messages("employee_id,role,date,task,hours,Notes,Notes,,\nE1,ENG-2,2026-07-01,ok,1,a,b,,\n");
    expect(found).toEqual(['f.csv:1: column "Notes": expected each column name once in the header row, got ""Notes" 2 times"']);
    const padded = await messages("employee_id,role,date,task,hours,,,\nE1,ENG-2,2026-07-01,ok,1,,,\n");
    expect(padded.found).toEqual([]);
    expect(padded.rows).toBe(1);
  });
});
