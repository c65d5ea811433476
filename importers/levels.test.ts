import { describe, expect, test } from "vitest";
import { LEVEL_LABELS, levelName, parseLevel } from "./levels";

describe("parseLevel", () => {
  test.each([
    ["Intern", 0], ["Entry level", 0], ["Graduate", 0],
    ["Junior", 1], ["Jr.", 1], ["Associate", 1],
    ["Mid", 2], ["mid-level", 2], ["Intermediate", 2],
    ["Senior", 3], ["Sr", 3],
    ["Lead", 4], ["Team Lead", 4], ["Principal", 4], ["Staff", 4], ["Manager", 4], ["Senior Manager", 4],
    ["Director", 5], ["Head of", 5], ["Associate Director", 5],
    ["VP", 6], ["Vice President", 6], ["Chief", 6], ["C-level", 6], ["CEO", 6],
    ["L1", 0], ["l3", 2], ["L 7", 6], ["Level 4", 3],
    ["  SENIOR  ", 3],
  ])("%j → %i", (text, level) => {
    expect(parseLevel(text)).toEqual({ ok: true, level, label: LEVEL_LABELS[level] });
  });

  test.each([[""], ["Wizard"], ["L8"], ["L0"], ["Grade 7"], ["Senior Wizard"], ["3"]])("%j is an error listing the accepted levels", (text) => {
    const result = parseLevel(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.expected).toContain("Intern, Junior, Associate, Mid, Senior, Lead, Principal, Manager, Director, Head, VP, Chief or L1–L7");
  });

  test("every rung's own name reads back as that rung, and is the name the pages show", () => {
    LEVEL_LABELS.forEach((label, rung) => {
      expect(parseLevel(label), label).toMatchObject({ ok: true, level: rung });
      expect(levelName(rung)).toBe(label);
    });
    expect(levelName(9)).toBe("Level 9");
  });
});
