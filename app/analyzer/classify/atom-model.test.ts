import { readFileSync } from "node:fs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { atomFeatures, compileAtomModel, featureScores, fittedAtom, keepsRuleAtom, readAtom, textScores } from "./atom-model";
import { ATOM_FILE_VERSION, AtomFileError, readAtomFile, serializeAtomFile } from "./atom-model-file";
import { FITTED_ATOMS } from "./fitted-atoms";
import { CLASSIFIER_VERSION, classifyParsedWith, classifyTask } from "./index";
import { parseTask, parseTasks } from "./parse";
import { ruleHits } from "./rubric-rules";

const SHIPPED_TEXT = readFileSync(new URL("./fitted-atoms.json", import.meta.url), "utf8");

/** What the gate and the features see for one text: the rules' atom and the class. */
function read(text: string) {
  const parsed = parseTask(text);
  const rules = classifyParsedWith(parsed, null);
  return { parsed, ruleAtom: rules.atom, taskClass: rules.class, keeps: keepsRuleAtom(parsed, ruleHits(parsed), rules.atom, rules.class) };
}

describe("the atom stage's gate: where the rules' atom stands", () => {
  it("keeps the rules on log lines, on person-bound rules of specialized tasks, and on summarize", () => {
    expect(read("1:1 w/ Priya").keeps).toBe(true);
    const negotiate = read("Negotiate contracts with clients for the purchase of equipment");
    expect([negotiate.taskClass, negotiate.ruleAtom, negotiate.keeps]).toEqual(["specialized", "relate", true]);
    const summary = read("Summarize the findings of research studies for the department's weekly newsletter");
    expect([summary.ruleAtom, summary.keeps]).toEqual(["summarize", true]);
  });

  // Statements as O*NET writes them, with their closing period: a bullet of eight content words
  // or fewer takes the log-line stage, whose refits may move its class (decision 187).
  it("asks the fitted stage where the rules read the work from a verb lexicon", () => {
    expect(read("Take brief medical histories from patients before their examinations.").keeps).toBe(false);
    expect(read("Prepare monthly sales reports for the regional managers.").keeps).toBe(false);
  });
});

describe("the atom stage's features", () => {
  it("names the rules' atom, the class, words, verbs, objects, verb-object pairs and prepositions, each once", () => {
    const { parsed } = read("Take brief medical histories from patients");
    const features = atomFeatures(parsed, "relate", "democratized");
    expect(features).toEqual(expect.arrayContaining(["r:relate", "c:democratized", "w:medical", "v:take", "v0:take", "o:history", "vo:take|history", "p:from|patient"]));
    expect(new Set(features).size).toBe(features.length);
  });

  it("scores by the weights given: the highest sum wins, unknown features count nothing", () => {
    const model = compileAtomModel({
      atoms: ["research", "hands_on"],
      bias: [0.5, 0],
      weights: [
        ["v:repair", [0, 2]],
        ["w:pump", [0, 0.25]],
      ],
    });
    expect(fittedAtom(model, ["w:unknown"])).toBe("research");
    expect(fittedAtom(model, ["w:pump"])).toBe("research");
    expect(fittedAtom(model, ["v:repair"])).toBe("hands_on");
  });
});

describe("reading the atom without feature strings", () => {
  it("gives what the fitted features give, on every fixture text (statements, log lines, tasks)", () => {
    const model = compileAtomModel(FITTED_ATOMS);
    const texts = ["atoms/company-statements.csv", "labelled-tasks.csv", "timesheets/labelled-lines.csv", "timesheets/fresh-lines.csv"].flatMap((file) =>
      Papa.parse<{ task: string }>(readFileSync(new URL(`../../../fixtures/${file}`, import.meta.url), "utf8"), { header: true, skipEmptyLines: true }).data.map((row) => row.task),
    );
    expect(texts.length).toBeGreaterThan(800);
    // Repeated words and pairs must count once, as in atomFeatures.
    texts.push("Review and review reports, reports and records with clients and with clients");
    const parsed = parseTasks(texts);
    const differ = parsed.filter((p) => {
      const rules = classifyParsedWith(p, null);
      const features = atomFeatures(p, rules.atom, rules.class);
      const same = textScores(model, p, rules.atom, rules.class).every((z, k) => z === featureScores(model, features)[k]);
      return !same || readAtom(model, p, rules.atom, rules.class) !== fittedAtom(model, features);
    });
    expect(differ).toEqual([]);
  });
});

describe("the shipped atom stage", () => {
  it("was fitted on this classifier version and re-serializes byte for byte", () => {
    expect(FITTED_ATOMS.classifierVersion).toBe(CLASSIFIER_VERSION);
    expect(serializeAtomFile(FITTED_ATOMS)).toBe(SHIPPED_TEXT);
    expect(FITTED_ATOMS.crossValidation.top1).toBeGreaterThan(FITTED_ATOMS.crossValidation.rulesTop1);
  });

  it("reads the work of O*NET statements the rules' lexicon misread (hand-checked)", () => {
    // Issue 11's slips: patient contact and teaching were read as analysis once.
    expect(classifyTask("Take brief medical histories from patients").atom).toBe("relate");
    expect(classifyTask("Conduct classes to teach procedures to staff").atom).toBe("lead_people");
    expect(classifyTask("Provide headphones or earplugs to patients").atom).toBe("relate");
    expect(classifyTask("Repair and maintain hydraulic pumps and valves").atom).toBe("hands_on");
    expect(classifyTask("Write reports on findings of inspections").atom).toBe("draft");
    expect(classifyTask("Analyze sales data to identify trends and forecast demand").atom).toBe("analyze");
  });

  it("refuses a file of another version, or with a weight vector of the wrong length, naming the field", () => {
    const file = JSON.parse(SHIPPED_TEXT) as Record<string, unknown> & { weights: [string, number[]][] };
    expect(() => readAtomFile({ ...file, version: ATOM_FILE_VERSION + 1 })).toThrow(/atom file version 2; this build reads version 1 \(re-run npm run fit:atoms\)/);
    const short = { ...file, weights: [["v:repair", [1, 2]]] };
    expect(() => readAtomFile(short)).toThrow(AtomFileError);
    expect(() => readAtomFile(short)).toThrow(/weights\.0\.1: expected 14 finite numbers/);
    const unsorted = { ...file, weights: [file.weights[1], file.weights[0]] };
    expect(() => readAtomFile(unsorted)).toThrow(/sorted and unique/);
  });
});
