// A log line's nouns name its work (decision 211): a summary summarizes, two things set side by
// side compare, a check or audit checks risks, unless a verb, a piece of writing or a person-bound
// rule names it first. Where the rules name no work and the class's default would stand, a word
// that names a unit of work does (decision 214).
import { describe, expect, it } from "vitest";
import { classifyTask } from "./index";
import { parseTask } from "./parse";
import { logLineNamedWork, logLineNounWork } from "./log-line-atom";

const atomOf = (text: string) => classifyTask(text).atom;

describe("the work a log line names by its nouns", () => {
  it.each([
    ["open disputes summary for controller", "summarize"],
    ["engagement survey summary Sales", "summarize"],
    ["Redis vs Memcached for session cache", "compare"],
    ["Vendor eval Datadog vs build", "compare"],
    ["2 court reporter quotes side by side", "compare"],
    ["3 print vendor quotes compared", "compare"],
    ["pipette calibration QC", "check_risks"],
    ["data quality check devices", "check_risks"],
  ])("%s → %s", (text, atom) => {
    expect(atomOf(text)).toBe(atom);
  });

  it.each([
    // Writing about two things is the writing.
    ["Blog post: heat pump vs furnace", "compare"],
    ["edit SME draft - heat pump vs furnace", "compare"],
    // Budget against actuals is variance analysis.
    ["BvA var - Aug", "compare"],
    ["Rivera wedding budget vs actual", "compare"],
    // A check that is paid out, not run.
    ["void/reissue check Uline", "check_risks"],
    // A person-bound rule names the work first.
    ["call w/ Marco re audit findings", "check_risks"],
    ["QBR w/ Globex - our NPS vs industry", "compare"],
  ])("%s is not read as %s", (text, atom) => {
    expect(atomOf(text)).not.toBe(atom);
  });

  it("reads the marks on the text itself: 'vs', 'versus', 'side by side', not 'vsphere'", () => {
    expect(parseTask("Redis vs. Memcached").versus).toBe(true);
    expect(parseTask("Postgres versus MySQL").versus).toBe(true);
    expect(parseTask("quotes side-by-side").versus).toBe(true);
    expect(parseTask("vsphere upgrade").versus).toBeUndefined();
  });

  it("leaves statements written as sentences to the rules and the fitted atom stage", () => {
    const sentence = "Prepare the audit summary for the board.";
    expect(parseTask(sentence).style).toBe("sentence");
    // The mechanism would name it; the classifier does not ask it for a sentence.
    expect(logLineNamedWork(parseTask(sentence))).toBe("summarize");
    expect(atomOf(sentence)).not.toBe("summarize");
  });

  it("the rationale names the work as read", () => {
    expect(classifyTask("open disputes summary for controller").rationale).toMatch(/^Routine summarizing/);
  });

  describe("where the rules name no work, the word that does (not the class's default)", () => {
    it.each([
      ["HEP handout – knee protocol", "draft"],
      ["lit search – sepsis bundles", "research"],
      ["NPS trends last 6 mo", "analyze"],
      ["Looker churn dash build", "create"],
      ["checkout flow impl", "create"],
      ["onboarded Priya (new CSR)", "lead_people"],
      ["med chronology – Ortiz", "summarize"],
    ])("%s → %s", (text, atom) => {
      expect(atomOf(text)).toBe(atom);
    });

    it.each([
      // An intern's own project is not leading anyone; scripts are code, not writing; an
      // inspector met on site is not an inspection; a checklist is as often a close as a check.
      ["Intern project: log viewer", "lead_people"],
      ["Automate routine administration with scripts", "draft"],
      ["Contractor escort elevator inspector", "check_risks"],
      ["Close checklist items", "check_risks"],
    ])("%s is not read as %s", (text, atom) => {
      expect(atomOf(text)).not.toBe(atom);
    });

    it("leaves the work a verb or a rule names, and sentences", () => {
      // The rules name it: a call with someone is the call, whatever it is about.
      expect(atomOf("call w/ Marco re feedback")).toBe("coordinate");
      expect(logLineNounWork(parseTask("call w/ Marco re feedback"))).toBe("counterargue");
      const sentence = "Prepare the handout for the board.";
      expect(parseTask(sentence).style).toBe("sentence");
      expect(logLineNounWork(parseTask(sentence))).toBe("draft");
      expect(atomOf(sentence)).toBe(atomOf("Prepare the handout for the board"));
    });

    it("takes the first such word in the line", () => {
      expect(logLineNounWork(parseTask("comments on consultant housing study draft"))).toBe("counterargue");
      expect(logLineNounWork(parseTask("draft comments for Ops"))).toBe("draft");
      expect(logLineNounWork(parseTask("Zorblax quux"))).toBeNull();
    });
  });
});
