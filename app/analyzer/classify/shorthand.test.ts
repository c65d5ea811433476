import { describe, expect, it } from "vitest";
import { expandShorthand } from "./shorthand";

describe("expandShorthand", () => {
  it.each([
    ["1:1 w/ Dana", "oneonone with Dana"],
    ["weekly 1:1s with my reports", "weekly oneonones with my reports"],
    ["1-on-1 with a new starter", "oneonone with a new starter"],
    ["ops mtg w/o agenda", "operations meeting without agenda"],
    ["re: vendor dispute", "about vendor dispute"],
    ["f/u w/ vendor", "followup with vendor"],
    ["svc visit", "service visit"],
    ["AP/AR recon", "accounts payable and receivable reconciliation"],
    ["post AR receipts", "post accounts receivable receipts"],
    ["prep board deck", "prepare board deck"],
    ["board deck prep", "board deck preparation"],
    ["on-call handoff", "oncall handoff"],
    ["all-hands", "allhands"],
    ["stand-ups and retros", "standups and retrospectives"],
    ["PR reviews", "pullrequest reviews"],
    ["reviewed 3 PRs", "reviewed 3 pullrequests"],
    ["Review teammates' pull requests", "Review teammates' pullrequests"],
    ["approve merge request !412", "approve pullrequest !412"],
    ["research LED retrofit options", "research lighting retrofit options"],
    ["Build an internal tool", "Build an internal softwaretool"],
    ["CLI tools for log parsing", "CLI softwaretools for log parsing"],
    ["device-gateway perf fix", "devicegateway performance fix"],
    ["Direction for the Device Cloud", "Direction for the devicecloud"],
    ["Take part in sprint planning", "participate in sprint planning"],
    ["Board prep - tech slides", "Board preparation: tech slides"],
    ["spike: tenant isolation", "spikeresearch: tenant isolation"],
    ["Spike – event bus migration", "spikeresearch: event bus migration"],
    ["latency spike: logs", "latency spike: logs"],
    ["spiked the op-ed", "spiked the op-ed"],
    ["Training module: de-escalation", "training: de-escalation"],
    ["build new hire training module", "build new hire training module"],
    ["rev rec memo", "revenue recognition memo"],
    ["Revenue rec review", "revenue recognition review"],
  ])("%j → %j", (text, expected) => {
    expect(expandShorthand(text)).toBe(expected);
  });

  it.each([
    // Acronyms only in capitals; "PR" away from review words is public relations; a word that
    // happens to be an Object property name is just a word.
    ["apply the ap template", "apply the ap template"],
    ["PR outreach to trade press", "PR outreach to trade press"],
    ["Sharpen and maintain hand tools", "Sharpen and maintain hand tools"],
    ["constructor toString hasOwnProperty", "constructor toString hasOwnProperty"],
    ["Direct and/or coordinate activities", "Direct and/or coordinate activities"],
    ["", ""],
  ])("leaves %j alone", (text, expected) => {
    expect(expandShorthand(text)).toBe(expected);
  });
});
