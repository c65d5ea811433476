import { expect, test } from "vitest";
import { parseSubmittedAt, surveyHeaderKey } from "./survey-table";
import { parseAgreement, parseAiUse, SURVEY_STATEMENTS } from "./survey-wording";

const q1 = SURVEY_STATEMENTS[0].text;

test.each([
  [`1. ${q1}`],
  [`${q1}   `],
  [`“${q1}”`],
  [`Q1) ${q1}`],
  [`How much do you agree? [${q1}]`],
  [q1.replace("AI", "AI").toUpperCase()],
])("the header %s matches statement 1", (header) => {
  expect(surveyHeaderKey(header)).toBe(surveyHeaderKey(q1));
});

test("a different statement does not match", () => {
  expect(surveyHeaderKey(SURVEY_STATEMENTS[1].text)).not.toBe(surveyHeaderKey(q1));
});

test.each([
  ["1", 1], ["5", 5], ["4.0", 4], ["Agree", 4], ["strongly AGREE", 5], ["Neither agree nor disagree", 3], ["Neutral", 3],
  ["4 - Agree", 4], ["2 (Disagree)", 2], ["4 - Disagree", null], ["7", null], ["0", null], ["", null], ["maybe", null],
])("agreement %s → %s", (cell, value) => {
  expect(parseAgreement(cell)).toBe(value);
});

test.each([
  ["Never", 0], ["monthly", 1], ["Weekly", 2], ["Daily", 3], ["Several times a day", 4], ["Multiple times a day", 4], ["Hourly", null], ["", null],
])("AI use %s → %s", (cell, value) => {
  expect(parseAiUse(cell)).toBe(value);
});

test.each([
  ["2026/11/02 9:14:03 AM GMT+1", "2026-11-02T09:14:03"],
  ["2026/11/02 12:05:00 PM", "2026-11-02T12:05:00"],
  ["2026/11/02 12:05:00 AM", "2026-11-02T00:05:00"],
  ["11/3/26 13:05:12", "2026-11-03T13:05:12"],
  ["11/3/2026 1:05 PM", "2026-11-03T13:05:00"],
  ["2026-10-05 08:42", "2026-10-05T08:42:00"],
  ["2026-10-05", "2026-10-05T00:00:00"],
  ["yesterday", null],
  ["13/45/2026", null],
])("submitted %s → %s", (cell, value) => {
  expect(parseSubmittedAt(cell)).toBe(value);
});
