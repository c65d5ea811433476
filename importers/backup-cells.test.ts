import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { neutralizeCell } from "../app/csv/write-csv";
import { backupTable, escapeBackupCell, unescapeBackupCell } from "./backup-cells";
import type { HeaderMatch } from "./headers";
import type { TableSpec } from "./table";

/** What a backup file holds for a text, and what reading it gives back. */
const written = (text: string) => neutralizeCell(escapeBackupCell(text));
const read = (cell: string) => unescapeBackupCell(cell);

describe("backup cells", () => {
  test.each([
    ["", ""],
    ["Plain title", "Plain title"],
    ["=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"],
    ["+cmd", "'+cmd"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTabbed", "'\tTabbed"],
    ["'quoted", "''quoted"],
    ["'=already guarded", "''=already guarded"],
    ["''", "'''"],
    ["a'b", "a'b"],
  ])("%j is written as %j and read back unchanged", (text, cell) => {
    expect(written(text)).toBe(cell);
    expect(read(cell)).toBe(text);
  });

  test("any text survives the round trip, and no written cell can start a formula", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), (text) => {
        const cell = written(text);
        expect(read(cell)).toBe(text);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
      { numRuns: 2000 },
    );
  });

  test("two different texts never share a written cell", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(written(a)).not.toBe(written(b));
      }),
    );
  });
});

describe("backupTable", () => {
  type Key = "who" | "what";
  const echo: TableSpec<Key, string[]> = {
    kind: "logs",
    columns: [],
    createValidator: () => (cells) => ({ row: [...cells] }),
  };
  const match: HeaderMatch<Key> = { index: { who: 0, what: 1 }, written: { who: "employee_id", what: "task" }, ignored: [], width: 2 };
  const hash = "ab".repeat(32);

  test("unescapes every cell before the usual validator sees it", () => {
    const validate = backupTable(echo).createValidator(match);
    expect(validate(["'=x", "''y"], 2)).toEqual({ row: ["=x", "'y"] });
  });

  test.each([
    ["a pseudonym", hash, true],
    ["upper-case hex", hash.toUpperCase(), false],
    ["a raw id", "E00123", false],
    ["63 hex digits", hash.slice(1), false],
    ["empty", "", false],
  ])("the pseudonym column accepts only pseudonyms: %s", (_name, value, ok) => {
    const validate = backupTable(echo, { pseudonymColumn: "who" }).createValidator(match);
    const result = validate([value, "task"], 7);
    if (ok) expect(result).toEqual({ row: [value, "task"] });
    else {
      expect(result.issues).toEqual([
        { line: 7, column: "employee_id", expected: expect.stringContaining("64 hex digits"), found: "(not shown)" },
      ]);
    }
  });
});
