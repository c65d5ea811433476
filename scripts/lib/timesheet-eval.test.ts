import { createHash } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabelledFileError } from "./read-labelled";
import { evaluateTimesheets, FRESH_2_FILE, FRESH_3_FILE, FRESH_4_FILE, FRESH_5_FILE, FRESH_6_FILE, FRESH_7_FILE, FRESH_8_FILE, FRESH_9_FILE, FRESH_10_FILE, FRESH_11_FILE, FRESH_12_FILE, FRESH_13_FILE, FRESH_14_FILE, FRESH_15_FILE, FRESH_16_FILE, FRESH_17_FILE, FRESH_18_FILE, FRESH_19_FILE, FRESH_20_FILE, FRESH_21_FILE, FRESH_22_FILE, FRESH_23_FILE, FRESH_24_FILE, FRESH_25_FILE, FRESH_26_FILE, FRESH_27_FILE, FRESH_28_FILE, FRESH_29_FILE, FRESH_30_FILE, FRESH_31_FILE, FRESH_32_FILE, FRESH_33_FILE, FRESH_34_FILE, FRESH_35_FILE, FRESH_36_FILE, FRESH_37_FILE, FRESH_38_FILE, FRESH_39_FILE, FRESH_40_FILE, FRESH_FILE, readAllTimesheetLines, readTimesheetLines } from "./timesheet-eval";

const lines = readTimesheetLines();
const fresh = readTimesheetLines(FRESH_FILE);

describe("the labelled timesheet lines (fixtures/timesheets/labelled-lines.csv)", () => {
  it("holds at least 300 lines across the functions people log time in, each with its reason", () => {
    expect(lines.length).toBeGreaterThanOrEqual(300);
    const functions = new Set(lines.map((l) => l.function));
    for (const f of ["sales", "finance", "hr", "engineering", "field service", "clinical", "support"]) {
      expect(lines.filter((l) => l.function === f).length, f).toBeGreaterThanOrEqual(30);
    }
    expect(functions.size).toBeGreaterThanOrEqual(7);
    for (const l of lines) expect(l.reason.length, l.task).toBeGreaterThan(5);
    expect(new Set(lines.map((l) => l.task.toLowerCase())).size).toBe(lines.length);
  });

  it("keeps a held-out quarter chosen by a hash of the text, not by hand", () => {
    for (const l of lines) {
      const heldOut = createHash("sha256").update("timesheet:" + l.task).digest()[0] % 4 === 0;
      expect(l.part, l.task).toBe(heldOut ? "holdout" : "dev");
    }
    expect(lines.filter((l) => l.part === "holdout").length).toBeGreaterThanOrEqual(80);
  });

  it("keeps the fresh lines apart: every one in part 'fresh', none repeating a line of the first file", () => {
    expect(fresh.length).toBeGreaterThanOrEqual(90);
    for (const l of fresh) expect(l.part, l.task).toBe("fresh");
    const first = new Set(lines.map((l) => l.task.toLowerCase()));
    for (const l of fresh) expect(first.has(l.task.toLowerCase()), l.task).toBe(false);
    expect(new Set(fresh.map((l) => l.function)).size).toBeGreaterThanOrEqual(7);
  });

  // Each later set, written without reading the sets before it: its own part, its size and
  // functions as written, no line repeating an earlier set, a reason for every label.
  const laterSets = [
    { ordinal: "second", part: "fresh2", set: readTimesheetLines(FRESH_2_FILE), size: 100, functions: 11 },
    { ordinal: "third", part: "fresh3", set: readTimesheetLines(FRESH_3_FILE), size: 145, functions: 14 },
    { ordinal: "fourth", part: "fresh4", set: readTimesheetLines(FRESH_4_FILE), size: 160, functions: 16 },
    { ordinal: "fifth", part: "fresh5", set: readTimesheetLines(FRESH_5_FILE), size: 159, functions: 16 },
    { ordinal: "sixth", part: "fresh6", set: readTimesheetLines(FRESH_6_FILE), size: 158, functions: 16 },
    { ordinal: "seventh", part: "fresh7", set: readTimesheetLines(FRESH_7_FILE), size: 159, functions: 16 },
    { ordinal: "eighth", part: "fresh8", set: readTimesheetLines(FRESH_8_FILE), size: 159, functions: 16 },
    { ordinal: "ninth", part: "fresh9", set: readTimesheetLines(FRESH_9_FILE), size: 478, functions: 48 },
    { ordinal: "tenth", part: "fresh10", set: readTimesheetLines(FRESH_10_FILE), size: 156, functions: 48 },
    { ordinal: "eleventh", part: "fresh11", set: readTimesheetLines(FRESH_11_FILE), size: 318, functions: 32 },
    { ordinal: "twelfth", part: "fresh12", set: readTimesheetLines(FRESH_12_FILE), size: 319, functions: 32 },
    { ordinal: "thirteenth", part: "fresh13", set: readTimesheetLines(FRESH_13_FILE), size: 320, functions: 32 },
    { ordinal: "fourteenth", part: "fresh14", set: readTimesheetLines(FRESH_14_FILE), size: 320, functions: 32 },
    { ordinal: "fifteenth", part: "fresh15", set: readTimesheetLines(FRESH_15_FILE), size: 320, functions: 32 },
    { ordinal: "sixteenth", part: "fresh16", set: readTimesheetLines(FRESH_16_FILE), size: 320, functions: 32 },
    { ordinal: "seventeenth", part: "fresh17", set: readTimesheetLines(FRESH_17_FILE), size: 320, functions: 32 },
    { ordinal: "eighteenth", part: "fresh18", set: readTimesheetLines(FRESH_18_FILE), size: 320, functions: 32 },
    { ordinal: "nineteenth", part: "fresh19", set: readTimesheetLines(FRESH_19_FILE), size: 320, functions: 32 },
    { ordinal: "twentieth", part: "fresh20", set: readTimesheetLines(FRESH_20_FILE), size: 320, functions: 32 },
    { ordinal: "twenty-first", part: "fresh21", set: readTimesheetLines(FRESH_21_FILE), size: 319, functions: 32 },
    { ordinal: "twenty-second", part: "fresh22", set: readTimesheetLines(FRESH_22_FILE), size: 319, functions: 32 },
    { ordinal: "twenty-third", part: "fresh23", set: readTimesheetLines(FRESH_23_FILE), size: 320, functions: 32 },
    { ordinal: "twenty-fourth", part: "fresh24", set: readTimesheetLines(FRESH_24_FILE), size: 320, functions: 32 },
    { ordinal: "twenty-fifth", part: "fresh25", set: readTimesheetLines(FRESH_25_FILE), size: 318, functions: 32 },
    { ordinal: "twenty-sixth", part: "fresh26", set: readTimesheetLines(FRESH_26_FILE), size: 320, functions: 32 },
    { ordinal: "twenty-seventh", part: "fresh27", set: readTimesheetLines(FRESH_27_FILE), size: 320, functions: 32 },
    { ordinal: "twenty-eighth", part: "fresh28", set: readTimesheetLines(FRESH_28_FILE), size: 320, functions: 32 },
    { ordinal: "twenty-ninth", part: "fresh29", set: readTimesheetLines(FRESH_29_FILE), size: 318, functions: 32 },
    { ordinal: "thirtieth", part: "fresh30", set: readTimesheetLines(FRESH_30_FILE), size: 317, functions: 32 },
    { ordinal: "thirty-first", part: "fresh31", set: readTimesheetLines(FRESH_31_FILE), size: 318, functions: 32 },
    { ordinal: "thirty-second", part: "fresh32", set: readTimesheetLines(FRESH_32_FILE), size: 319, functions: 32 },
    { ordinal: "thirty-third", part: "fresh33", set: readTimesheetLines(FRESH_33_FILE), size: 319, functions: 32 },
    { ordinal: "thirty-fourth", part: "fresh34", set: readTimesheetLines(FRESH_34_FILE), size: 320, functions: 32 },
    { ordinal: "thirty-fifth", part: "fresh35", set: readTimesheetLines(FRESH_35_FILE), size: 319, functions: 32 },
    { ordinal: "thirty-sixth", part: "fresh36", set: readTimesheetLines(FRESH_36_FILE), size: 319, functions: 32 },
    { ordinal: "thirty-seventh", part: "fresh37", set: readTimesheetLines(FRESH_37_FILE), size: 319, functions: 32 },
    { ordinal: "thirty-eighth", part: "fresh38", set: readTimesheetLines(FRESH_38_FILE), size: 316, functions: 32 },
    { ordinal: "thirty-ninth", part: "fresh39", set: readTimesheetLines(FRESH_39_FILE), size: 320, functions: 32 },
    { ordinal: "fortieth", part: "fresh40", set: readTimesheetLines(FRESH_40_FILE), size: 319, functions: 32 },
  ];
  laterSets.forEach(({ ordinal, part, set, size, functions }, i) => {
    it(`keeps the ${ordinal} fresh lines apart: ${size} in part '${part}', across ${functions} functions, none repeating an earlier line`, () => {
      expect(set.length).toBe(size);
      for (const l of set) expect(l.part, l.task).toBe(part);
      const earlier = new Set([...lines, ...fresh, ...laterSets.slice(0, i).flatMap((s) => s.set)].map((l) => l.task.toLowerCase()));
      for (const l of set) expect(earlier.has(l.task.toLowerCase()), l.task).toBe(false);
      expect(new Set(set.map((l) => l.task.toLowerCase())).size).toBe(size);
      expect(new Set(set.map((l) => l.function)).size).toBe(functions);
      for (const l of set) expect(l.reason.length, l.task).toBeGreaterThan(5);
    });
  });

  it("reads every file: readAllTimesheetLines is the sum of the sets", () => {
    expect(readAllTimesheetLines().length).toBe(lines.length + fresh.length + laterSets.reduce((n, s) => n + s.set.length, 0));
  });

  it("names the file, line and column of a bad label", () => {
    const dir = mkdtempSync(join(tmpdir(), "orbital-timesheets-"));
    const file = join(dir, "bad.csv");
    writeFileSync(file, "task,label,part,function,reason\nstandup,specialised,dev,engineering,a team meeting\n");
    expect(() => readTimesheetLines(file)).toThrow(LabelledFileError);
    expect(() => readTimesheetLines(file)).toThrow(/bad\.csv: line 2, column 'label': expected one of automatable, democratized, specialized, found 'specialised'/);
  });
});

// Regression floor. Reached with classifier 1.3.0 (decision 135): dev (tuned on) three classes
// 0.842, specialized vs not 0.919; held out 0.784 and 0.897 (its misses were read once for
// mechanisms); fresh lines 0.788 and 0.909. Classifier 1.2.0 read them at 0.810 / 0.903 (dev),
// 0.680 / 0.804 (held out) and 0.778 / 0.899 (fresh); 1.1.0 at 0.700 / 0.806 and 0.536 / 0.680.
describe("the timesheet reading (regression floor)", () => {
  const [dev, holdout] = evaluateTimesheets(lines);
  const [freshFigures] = evaluateTimesheets(fresh);

  it("keeps the dev part at three-class accuracy ≥ 0.82 and specialized-vs-not ≥ 0.90", () => {
    expect(dev.part).toBe("dev");
    expect(dev.threeClass.accuracy).toBeGreaterThanOrEqual(0.82);
    expect(dev.binary.accuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("keeps the held-out part at three-class accuracy ≥ 0.76 and specialized-vs-not ≥ 0.88", () => {
    expect(holdout.part).toBe("holdout");
    expect(holdout.threeClass.accuracy).toBeGreaterThanOrEqual(0.76);
    expect(holdout.binary.accuracy).toBeGreaterThanOrEqual(0.88);
  });

  it("keeps the fresh lines at three-class accuracy ≥ 0.76 and specialized-vs-not ≥ 0.88", () => {
    expect(freshFigures.part).toBe("fresh");
    expect(freshFigures.threeClass.accuracy).toBeGreaterThanOrEqual(0.76);
    expect(freshFigures.binary.accuracy).toBeGreaterThanOrEqual(0.88);
  });

  // Classifier 1.6.0 read them at 0.720 / 0.820 the first time (decision 183): the floor is set
  // just under it, so the reading of lines written apart from the tuning cannot fall unnoticed.
  // (Since 1.8.0 the log-line stage is fitted on them too: fitted-log-lines.json keeps the
  // figures of a stage fitted without them, log-line-calibration.test.ts floors those.)
  it("keeps the second fresh lines at three-class accuracy ≥ 0.70 and specialized-vs-not ≥ 0.80", () => {
    const [second] = evaluateTimesheets(readTimesheetLines(FRESH_2_FILE));
    expect(second.part).toBe("fresh2");
    expect(second.threeClass.accuracy).toBeGreaterThanOrEqual(0.7);
    expect(second.binary.accuracy).toBeGreaterThanOrEqual(0.8);
  });
});
