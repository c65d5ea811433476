// classifyTasks / parseTasks read texts through wink-nlp in batches (parse.ts); each result must
// equal the one-at-a-time result, on real files: the timesheet lines, the labelled task
// statements, and texts the batch path must read alone (line breaks, tabs, empty texts).
import { readFileSync } from "node:fs";
import fc from "fast-check";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { classifyTask, classifyTasks } from "./index";
import { parseTask, parseTasks } from "./parse";

const tasks = (file: string) =>
  Papa.parse<{ task: string }>(readFileSync(new URL(`../../../fixtures/${file}`, import.meta.url), "utf8"), { header: true, skipEmptyLines: true })
    .data.map((r) => r.task);

describe("classifyTasks equals classifyTask text by text", () => {
  it.each(["timesheets/labelled-lines.csv", "timesheets/fresh-lines.csv", "labelled-tasks.csv"])("on fixtures/%s", (file) => {
    const texts = tasks(file);
    expect(texts.length).toBeGreaterThan(64); // more than one batch
    const batched = classifyTasks(texts);
    expect(batched).toHaveLength(texts.length);
    texts.forEach((text, i) => expect(batched[i], text).toEqual(classifyTask(text)));
  });

  it("reads texts with line breaks or tabs alone and keeps empty texts in their place", () => {
    const texts = ["Prepare budget reports", "", "Review invoices\nand approve payments", "  ", "call w/ Marco\t@ Acme", "Schedule appointments"];
    const parsed = parseTasks(texts);
    expect(parsed.map((p) => p.clauses.length > 0)).toEqual([true, false, true, false, true, true]);
    texts.forEach((text, i) => expect(parsed[i], JSON.stringify(text)).toEqual(parseTask(text)));
  });

  it("gives each of arbitrary word soups the parse it gets alone (the tagger does not reach across texts)", () => {
    const words = fc.constantFrom(
      ...tasks("timesheets/labelled-lines.csv").slice(0, 60).join(" ").split(/\s+/),
      ...["", " ", "\u00a0", ".", ",", ";", ":", " - ", "/", "(", ")", "'", "\"", "&", "@", "w/", "re:", "1:1", "Q3", "e.g.", "—", "😀", "\r", "\t", "\n", "don't", "U.S.", "$100", ":)", "1990s"],
    );
    const text = fc.array(words, { maxLength: 16 }).map((parts) => parts.join(" "));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 100 }), (texts) => {
        const batched = parseTasks(texts);
        texts.forEach((t, i) => expect(batched[i], JSON.stringify(t)).toEqual(parseTask(t)));
      }),
      { numRuns: 40 },
    );
  });
});
