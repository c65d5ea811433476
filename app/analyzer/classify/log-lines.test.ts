// Hand-checked examples for the log-line mechanisms of classifier 1.2.0 (docs/decisions/107,
// 108): shorthand, meetings and people named in noun phrases, the information-work rule, and
// the atoms read from context (106). Each example was read against the rubric by hand.
import { describe, expect, it } from "vitest";
import { classifyTask } from "./index";
import { parseTask } from "./parse";
import { LOG_LINE_WORDS } from "./log-line";
import { ruleHits } from "./rubric-rules";
import { expandShorthand } from "./shorthand";

const kinds = (text: string) => ruleHits(parseTask(text)).map((h) => `${h.kind}:${h.weight}`);

describe("shorthand", () => {
  it.each([
    ["bank rec Aug", "bank reconciliation Aug"],
    ["pt intake - hx and vitals", "patient intake: history and vitals"],
    ["call w/ Marco @ Acme re renewal", "call with Marco at Acme about renewal"],
    ["RCA on login spike", "root cause analysis on login spike"],
    ["BvA deck for CFO", "budget versus actuals deck for CFO"],
    ["quarterly commission calc", "quarterly commission calculation"],
    ["VIP check-in call", "VIP checkin call"],
  ])("%j reads as %j", (text, expanded) => {
    expect(expandShorthand(text)).toBe(expanded);
  });

  it("leaves a lower-case 'rca' or 'sop' alone (acronyms only in capitals)", () => {
    expect(expandShorthand("sop the floor")).toBe("sop the floor");
  });
});

describe("people, clients and meetings in noun phrases", () => {
  it.each([
    ["pipeline review w/ Sarah", "meet"],
    ["QA calibration w/ team leads", "meet"],
    ["present forecast to exec team", "meet"],
    ["sprint planning", "meet"],
    ["calibration session", "meet"],
    ["onsite visit Stark Industries", "meet"],
    ["perf review - Dana", "lead"],
    ["promo packet review", "lead"],
    ["coaching session w/ Tom on objection handling", "lead"],
  ])("%j fires the %s rule", (text, kind) => {
    expect(kinds(text).some((k) => k.startsWith(kind + ":"))).toBe(true);
  });

  it("does not read a thing 'with' as a person ('update CRM w/ call notes')", () => {
    expect(kinds("update CRM w/ call notes").some((k) => k.startsWith("meet:"))).toBe(false);
  });

  it("counts a notice sent to customers as half client contact, a call with them as whole", () => {
    // Named as a log line's whole work the notice counts nothing toward contact (decision 176).
    expect(kinds("renewal reminders to customers")).toContain("client:0");
    expect(kinds("Send renewal reminders to customers before their contracts lapse")).toContain("client:0.5");
    expect(kinds("explain the invoice to customers")).toContain("client:1");
  });
});

describe("the information-work rule toward exposed", () => {
  it("fires on a short line of information work on information", () => {
    expect(kinds("compare CPQ vendors")).toContain("information:-0.75");
    expect(kinds("dedupe contacts in HubSpot")).toContain("information:-0.75");
  });

  it("stays silent with a person, a patient or a physical thing in the clause, or beside another rule", () => {
    expect(kinds("compare wound dressings for patients").some((k) => k.startsWith("information"))).toBe(false);
    expect(kinds("check the forklift brakes").some((k) => k.startsWith("information"))).toBe(false);
    expect(kinds("review PTO approvals").some((k) => k.startsWith("information"))).toBe(false);
  });

  it(`speaks only on log-line length texts (at most ${LOG_LINE_WORDS} content words), not on task statements`, () => {
    expect(kinds("Compare vendor proposals for the new office furniture contract against the budget").some((k) => k.startsWith("information"))).toBe(false);
  });
});

describe("classes of the issue's log lines", () => {
  it.each([
    ["clean up duplicate CRM contacts", "automatable"],
    ["generate the invoice batch", "automatable"],
    ["dedupe contacts in HubSpot", "automatable"],
    ["performance review with Dana", "specialized"],
    ["hiring interview", "specialized"],
    ["calibration session", "specialized"],
    ["client call", "specialized"],
    ["customer workshop", "specialized"],
    ["call w/ Marco @ Acme re renewal", "specialized"],
    ["competitor research", "democratized"],
    ["pricing model for the new tier", "democratized"],
    ["compare CPQ vendors", "democratized"],
  ])("%j is %s", (text, expected) => {
    expect(classifyTask(text).class).toBe(expected);
  });
});

describe("atoms read from context, never analysis by default", () => {
  it.each([
    ["Take brief medical histories from patients", "relate"],
    ["Conduct classes to teach procedures to staff", "lead_people"],
    ["Provide headphones or earplugs to patients", "relate"],
    ["Advise students on academic and vocational curricula.", "relate"],
    ["Test machines to determine proper functioning.", "check_risks"],
    ["Keep abreast of developments in the field by reading current literature.", "research"],
    ["Serve on committees to review hiring procedures.", "coordinate"],
    ["Prepare proposals and contracts for new customers.", "draft"],
    ["Develop departmental objectives, budgets and policies.", "support_decision"],
    ["Glaze top layers to make a smooth finish.", "hands_on"],
  ])("%j is %s", (text, atom) => {
    expect(classifyTask(text).atom).toBe(atom);
  });
});
