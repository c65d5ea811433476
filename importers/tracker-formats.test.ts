import { describe, expect, test } from "vitest";
import { dateOrderEvidence, isPlaceholderDescription, parseHms, parseTrackerDate, recognizeTracker } from "./tracker-formats";

describe("recognizeTracker", () => {
  test.each([
    ["User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags,Amount (USD)", "toggl"],
    ["Project,Client,Description,Task,User,Group,Email,Tags,Billable,Start Date,Start Time,End Date,End Time,Duration (h),Duration (decimal),Billable Rate (USD),Billable Amount (USD)", "clockify"],
    ["Date,Client,Project,Project Code,Task,Notes,Hours,Hours Rounded,First Name,Last Name,Roles,Employee?,Employee Id,Teams", "harvest"],
    ["Issue Key,Issue summary,Hours,Work date,Username,Full name,Period,Work Description", "tempo"],
    ["\uFEFFIssue Key,Issue summary,Hours,Work date,Username,Full name", "tempo"],
    ["employee_id,role,date,task,hours", null],
    ["", null],
  ])("%s → %s", (header, format) => expect(recognizeTracker(header.split(","))).toBe(format));
});

describe("isPlaceholderDescription: a worklog description that names only its issue", () => {
  test.each(["KES-7497", "KES-2090.", "Working on issue KES-123", "working on PAY-6", " ABC_DEF-12 "])("%j names no work", (text) =>
    expect(isPlaceholderDescription(text)).toBe(true),
  );
  test.each(["Pair on PAY-6 with Jürgen", "KES-7497 code review", "Working on the release", "Review PR 12", ""])("%j is the person's own words", (text) =>
    expect(isPlaceholderDescription(text)).toBe(false),
  );
});

describe("parseHms", () => {
  test.each([
    ["01:30:00", 90],
    ["00:00:30", 0.5],
    ["24:00:00", 1440],
  ])("%s → %f minutes", (text, minutes) => expect(parseHms(text)).toEqual({ ok: true, value: minutes }));
  test.each(["24:00:01", "26:00:00", "00:00:00", "1:5:00", "1.5", ""])("%j is refused", (text) => expect(parseHms(text).ok).toBe(false));
});

describe("tracker dates", () => {
  test.each([
    ["2026-07-01", null, "2026-07-01"],
    ["2026-07-01 09:30", null, "2026-07-01"],
    ["01.07.2026", null, "2026-07-01"],
    ["03/04/2026", "DMY", "2026-04-03"],
    ["03/04/2026", "MDY", "2026-03-04"],
    ["07/15/2026 9:00 AM", "MDY", "2026-07-15"],
  ] as const)("%s read %s → %s", (text, order, date) => expect(parseTrackerDate(text, order)).toEqual({ ok: true, date }));

  test("a slash date without an order is refused naming --date-format", () => {
    const result = parseTrackerDate("03/04/2026", null);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.expected).toContain("--date-format DMY or --date-format MDY");
  });

  test.each([
    ["15/04/2026", "DMY"],
    ["04/15/2026", "MDY"],
    ["03/04/2026", null],
    ["2026-04-15", null],
    ["15.04.2026", null],
  ])("%s is evidence of %s", (text, order) => expect(dateOrderEvidence(text)).toBe(order));
});
