// A log line's nouns name its work (decision 211): a summary summarizes, two things set side by
// side compare, a check or audit checks risks, unless a verb, a piece of writing or a person-bound
// rule names it first.
import { describe, expect, it } from "vitest";
import { classifyTask } from "./index";
import { parseTask } from "./parse";
import { logLineNamedWork } from "./log-line-atom";

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
});
