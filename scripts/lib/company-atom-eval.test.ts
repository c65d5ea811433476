import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { foldOf } from "./binary-model";
import { evaluateCompanyAtoms, readCompanyStatements } from "./company-atom-eval";
import { LabelledFileError } from "./read-labelled";

const statements = readCompanyStatements();

describe("the company statements labelled with atoms (fixtures/atoms/company-statements.csv)", () => {
  it("holds job-description statements across functions, each atom present, each with its reason", () => {
    expect(statements.length).toBeGreaterThanOrEqual(140);
    expect(new Set(statements.map((s) => s.function)).size).toBeGreaterThanOrEqual(10);
    for (const atom of ["research", "summarize", "draft", "organize", "analyze", "counterargue", "check_risks", "compare", "support_decision", "coordinate", "lead_people", "relate", "hands_on", "create"]) {
      expect(statements.filter((s) => s.atom === atom).length, atom).toBeGreaterThanOrEqual(4);
    }
    expect(new Set(statements.map((s) => s.task.toLowerCase())).size).toBe(statements.length);
  });

  it("keeps a held-out third chosen by a hash of the text, not by hand", () => {
    for (const s of statements) expect(s.part, s.task).toBe(foldOf(s.task, 3) === 0 ? "holdout" : "dev");
    expect(statements.filter((s) => s.part === "holdout").length).toBeGreaterThanOrEqual(40);
  });

  it("names the file, line and column of an unknown atom", () => {
    const path = join(mkdtempSync(join(tmpdir(), "orbital-atoms-")), "bad.csv");
    writeFileSync(path, "task,atom,part,function,reason\nFile the invoices,organize,dev,finance,records\nThink hard,ponder,dev,finance,no such atom\n");
    expect(() => readCompanyStatements(path)).toThrow(LabelledFileError);
    expect(() => readCompanyStatements(path)).toThrow(/bad\.csv: line 3, column 'atom': expected one of research, .* found 'ponder'/);
  });

  it("is read at least as well as the regression floor: 70% of all statements (0.748 at classifier 1.6.0)", () => {
    const figures = evaluateCompanyAtoms(statements);
    const right = figures.reduce((sum, f) => sum + f.shipped, 0);
    expect(right / statements.length).toBeGreaterThanOrEqual(0.7);
    expect(figures.map((f) => f.n)).toEqual([statements.length - figures[1].n, figures[1].n]);
    for (const f of figures) expect(f.misses.length).toBe(f.n - f.shipped);
  });
});
