import { describe, expect, it } from "vitest";
import { parseTask, parseTasks, writtenAs } from "./parse";

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
    expect(parseTask(text)).toEqual({ clauses: [], lemmas: [], written: [], style: "plain" });
  });

  // Task logs: verb-less noun phrases, shorthand, light verbs and tagger slips.
  it.each([
    ["CRM updates", ["update"], ["crm"]],
    ["invoice reconciliation", ["reconcile"], ["invoice"]],
    ["Q3 pipeline review prep", ["prepare"], ["review"]],
    ["daily safety huddle", ["meet"], ["safety"]],
    ["monthly KPI report", ["prepare"], ["report"]],
    ["Perform routine maintenance on chillers", ["service"], []],
    ["Run sprint planning", ["plan"], []],
    ["dock team huddle", ["meet"], ["dock"]],
    ["error code troubleshooting", ["troubleshoot"], ["code"]],
  ])("reads the work in %j as verbs %j with objects %j", (text, verbs, objects) => {
    const [clause] = parseTask(text).clauses;
    expect({ verbs: clause.verbs, objects: clause.objects }).toEqual({ verbs, objects });
  });

  // A session named before the record or measure that heads the phrase is its subject (decision 215).
  it.each([
    ["HIPAA training completion rates", ["rate"]],
    ["monthly visit stats", ["stats"]],
    ["Insider threat training tracker", ["tracker"]],
  ])("reads no meeting in %j: its head %j is the work", (text, objects) => {
    const [clause] = parseTask(text).clauses;
    expect({ verbs: clause.verbs, objects: clause.objects }).toEqual({ verbs: [], objects });
  });

  it.each([
    // The session heads the phrase, or its head is a session too.
    ["daily safety huddle", "meet"],
    ["Intake appt w/ dislocated worker", "interview"],
    ["client call", "call"],
  ])("still reads %j as a session (%s)", (text, verb) => {
    expect(parseTask(text).clauses[0].verbs).toEqual([verb]);
  });

  // An intake that names the records it takes in logs them; nobody is interviewed (decision 221).
  it.each([
    ["intake of 12 permit apps", "log"],
    ["Vendor invoice intake, 40", "log"],
    ["lab sample intake log, 20 new", "log"],
    ["Enter referral intake into the EHR", "enter"],
  ])("reads the intake in %j as record work (%s), not an interview", (text, verb) => {
    expect(parseTask(text).clauses[0].verbs).toEqual([verb]);
  });

  // A sign-off is the noun after a determiner or an adjective, and decides on the deliverable it
  // heads (decision 223).
  it.each([
    ["Final sign-off on Q3 forecast", ["approve"], ["final"]],
    ["Sign off punch list report", ["approve"], ["report"]],
    ["sign off on the Q3 forecast", ["approve"], []],
  ])("reads the sign-off in %j as approving (%j), with objects %j", (text, verbs, objects) => {
    const [clause] = parseTask(text).clauses;
    expect({ verbs: clause.verbs, objects: clause.objects }).toEqual({ verbs, objects });
  });

  it("marks a text that opens with a past-tense verb as work done (decision 224)", () => {
    expect(parseTask("Restocked brochure rack in lobby").pastOpening).toBe(true);
    expect(parseTask("- Met w/ Dana re Q3").pastOpening).toBe(true);
    expect(parseTask("Restock brochure rack in lobby").pastOpening).toBeUndefined();
    expect(parseTask("Need new filters").pastOpening).toBeUndefined();
  });

  it("still reads an approval memo as written", () => {
    expect(parseTask("approval memo for capex").clauses[0].verbs).toEqual(["prepare"]);
  });

  it.each([["new client intake"], ["pt intake, vitals"], ["Intake appt w/ Mr. Diaz"]])("still reads %j as an interview", (text) => {
    expect(parseTask(text).clauses[0].verbs).toEqual(["interview"]);
  });

  it.each([
    ["Draft welcome email for new hires", "hire"],
    ["QA review with lead", "lead"],
    ["troubleshoot heat pump issues", "pump"],
  ])("does not read the noun in %j as a verb", (text, noun) => {
    expect(parseTask(text).clauses.flatMap((c) => c.verbs)).not.toContain(noun);
  });

  it("keeps how words were written for the cues", () => {
    const parsed = parseTask("analyze headcount data");
    expect(parsed.clauses[0].objects).toEqual(["datum"]);
    expect(writtenAs(parsed, "datum")).toBe("data");
    expect(writtenAs(parseTask("1:1 with Sam"), "oneonone")).toBe("1:1");
    expect(writtenAs(parseTask("safety huddle"), "meet")).toBe("huddle");
  });

  it("treats what follows a named task and a colon as its subject matter", () => {
    const { clauses } = parseTask("Blog post: repair a heat pump");
    expect(clauses.map((c) => c.verbs)).toEqual([["prepare"]]);
  });

  it("reads words with digits as a number", () => {
    expect(parseTask("bin audit aisle 12 (W31)")).toEqual(parseTask("bin audit aisle 0 (0)"));
  });

  it("keeps a particle with its verb", () => {
    const [clause] = parseTask("clean up the customer database").clauses;
    expect({ verbs: clause.verbs, objects: clause.objects, preps: clause.preps }).toEqual({ verbs: ["clean"], objects: ["database"], preps: [] });
  });
});

describe("how a text is written (decision 187)", () => {
  it("reads a line without a closing period that has digits, a ticket or time separator, a spaced dash, a lower-case start or no verb as typed", () => {
    for (const text of [
      "Build 13-wk cash flow model",
      "Call w/ opposing counsel re: settlement terms",
      "Draft renewal proposal - Halvorsen Foods",
      "investigate mem leak in ingestion worker",
      "Competitor pricing comparison for the board",
      "appt confirmations Front Range.",
      // A past-tense opening records work done, with or without a period (decision 188).
      "Prepared board deck for Thursday.",
      "Wrote the Q3 variance commentary",
      // A closing period does not make a typed line a sentence (decision 198).
      "payment run W29.",
      "Payment run W29.",
      "review pull requests and give design feedback.",
    ])
      expect(parseTask(text).style, text).toBe("typed");
  });

  it("reads a typed line as its twin without a closing period reads (decision 198)", () => {
    for (const text of ["payment run W29", "review pull requests and give design feedback", "improve monitoring, alerting and test coverage"])
      expect(parseTask(`${text}.`).style, text).toBe(parseTask(text).style);
  });

  it("reads a statement that closes with a period as a sentence, and a bullet that opens with its verb as plain", () => {
    expect(parseTask("Analyze market trends and prepare forecasts.").style).toBe("sentence");
    expect(parseTask("Answer telephones.").style).toBe("sentence");
    for (const text of [
      "Set company strategy and the annual operating plan with the executive team",
      "3. Negotiate freight contracts with carriers",
      "• Approve spending above delegated authority",
      "Need approval for travel",
      "Proceed with the audit plan",
    ])
      expect(parseTask(text).style, text).toBe("plain");
  });

  it("is read the same in a batch as alone", () => {
    const texts = ["Build 13-wk cash flow model", "Analyze market trends and prepare forecasts.", "investigate mem leak", "Approve spending above delegated authority"];
    expect(parseTasks(texts).map((p) => p.style)).toEqual(texts.map((t) => parseTask(t).style));
  });
});
