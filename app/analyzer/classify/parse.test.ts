import { describe, expect, it } from "vitest";
import { parseTask } from "./parse";

describe("parseTask", () => {
  it.each([
    ["Prepare budget reports", "prepare"],
    ["Prepares budget reports", "prepare"],
    ["Prepared budget reports", "prepare"],
    ["Preparing budget reports", "prepare"],
    ["Direct or coordinate financial activities", "direct"],
  ])("lemmatizes the main verb of %j", (text, verb) => {
    expect(parseTask(text).clauses[0].verbs[0]).toBe(verb);
  });

  it("finds the head noun of the object and its modifiers", () => {
    const [clause] = parseTask("Compile weekly sales figures").clauses;
    expect(clause.objects).toEqual(["figure"]);
    expect(clause.mods).toEqual(expect.arrayContaining(["weekly"]));
  });

  it("splits coordinated verb phrases into clauses", () => {
    const { clauses } = parseTask("Prepare budget reports and approve expenditures.");
    expect(clauses.map((c) => c.verbs)).toEqual([["prepare"], ["approve"]]);
    expect(clauses.map((c) => c.objects)).toEqual([["report"], ["expenditure"]]);
  });

  it("keeps coordinated head verbs in one clause", () => {
    const { clauses } = parseTask("Review, analyze, and approve contracts");
    expect(clauses).toHaveLength(1);
    expect(clauses[0].verbs).toEqual(["review", "analyze", "approve"]);
  });

  it("marks purpose clauses as secondary", () => {
    const { clauses } = parseTask("Operate forklifts to load trucks");
    expect(clauses.map((c) => [c.verbs[0], c.secondary])).toEqual([
      ["operate", false],
      ["load", true],
    ]);
  });

  it("splits at semicolons and reads a bare imperative after one as a verb", () => {
    const { clauses } = parseTask("Counsel patients on medication; schedule follow-up visits");
    expect(clauses[1].verbs[0]).toBe("schedule");
  });

  it("collects prepositional modifiers", () => {
    const [clause] = parseTask("Meet with clients under tight deadlines").clauses;
    expect(clause.preps).toEqual([
      { prep: "with", head: "client", mods: [] },
      { prep: "under", head: "deadline", mods: ["tight"] },
    ]);
  });

  it.each([
    ["Perform data entry without supervision", "supervision"],
    ["Do not approve invoices", "approve"],
    ["Answer questions with no client contact", "client"],
  ])("puts the negated word of %j out of play", (text, word) => {
    const parsed = parseTask(text);
    expect(parsed.clauses.flatMap((c) => c.negated)).toContain(word);
    expect(parsed.lemmas).not.toContain(word);
  });

  it.each(["", "   ", "\n"])("returns nothing for blank text %j", (text) => {
    expect(parseTask(text)).toEqual({ clauses: [], lemmas: [], written: [] });
  });
});
