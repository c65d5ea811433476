import { describe, expect, it } from "vitest";
import { INSTRUCTION, VERIFICATION } from "./atom-guidance";
import { redesignCard } from "./redesign";

describe("redesignCard", () => {
  it("sorts tasks into the three sections, largest first, with guidance from the atom", () => {
    const card = redesignCard([
      { textId: 1, text: "Compile weekly report", class: "automatable", atom: "organize", hours: 300,
        cues: [
          { cue: "verb 'compile'", weight: 2, toward: "automatable" },
          { cue: "object 'report'", weight: 1, toward: "automatable" },
          { cue: "'weekly'", weight: 5, toward: "democratized" },
        ] },
      { textId: 2, text: "Summarize meeting notes", class: "automatable", atom: "summarize", hours: 500 },
      { textId: 3, text: "Analyze churn", class: "democratized", atom: "analyze", hours: 200 },
      { textId: 4, text: "Approve budgets", class: "specialized", atom: "support_decision", hours: 1000 },
    ]);
    expect(card.handToAi.hours).toBe(800);
    expect(card.handToAi.share).toBe(0.4);
    expect(card.handToAi.tasks.map((t) => t.textId)).toEqual([2, 1]);
    expect(card.handToAi.tasks[1]).toEqual({
      textId: 1,
      text: "Compile weekly report",
      atom: "organize",
      hours: 300,
      // the strongest cue *for automatable*, not the strongest overall
      because: "verb 'compile'",
      instruction: INSTRUCTION.organize,
      verification: VERIFICATION.organize,
    });
    expect(card.handToAi.tasks[0].because).toBeNull();
    expect(card.moveWithAi).toMatchObject({ hours: 200, share: 0.1, tasks: [{ textId: 3, how: expect.stringMatching(/less senior colleague/) }] });
    expect(card.keepAndGrow).toMatchObject({ hours: 1000, share: 0.5, tasks: [{ textId: 4, why: expect.stringMatching(/accountable/) }] });
  });

  it("empty role: empty sections without shares", () => {
    const card = redesignCard([]);
    for (const s of [card.handToAi, card.moveWithAi, card.keepAndGrow]) expect(s).toEqual({ hours: 0, share: null, tasks: [] });
  });

  it("ties break alphabetically", () => {
    const card = redesignCard([
      { textId: 1, text: "b", class: "specialized", atom: "relate", hours: 5 },
      { textId: 2, text: "a", class: "specialized", atom: "relate", hours: 5 },
    ]);
    expect(card.keepAndGrow.tasks.map((t) => t.text)).toEqual(["a", "b"]);
  });
});

describe("redesignCard with suppressed tasks", () => {
  it("hides a suppressed task's hours, lists it after the visible ones, and keeps it in the section total", () => {
    const card = redesignCard([
      { textId: 1, text: "Big hidden", class: "automatable", atom: "draft", hours: 900, suppressed: true },
      { textId: 2, text: "Small shown", class: "automatable", atom: "draft", hours: 100 },
    ]);
    expect(card.handToAi.tasks.map((t) => [t.textId, t.hours])).toEqual([
      [2, 100],
      [1, null],
    ]);
    expect(card.handToAi.hours).toBe(1000);
  });
});
